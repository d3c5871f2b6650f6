import Foundation

/// How far the parses of a model agree with reference parses of the same tokens: tag accuracy and
/// unlabelled and labelled attachment, over every token and over the tokens that are not punctuation.
public struct ParseAgreement: Sendable {
    public var sentences = 0
    public var tokens = 0
    public var tagsRight = 0
    public var headsRight = 0
    public var arcsRight = 0
    public var wordTokens = 0
    public var wordHeadsRight = 0
    public var wordArcsRight = 0
    /// Reference label → (count, labelled right).
    public var byLabel: [String: (count: Int, right: Int)] = [:]

    public init() {}

    public var tagAccuracy: Double { ratio(tagsRight, tokens) }
    public var unlabelledAttachment: Double { ratio(headsRight, tokens) }
    public var labelledAttachment: Double { ratio(arcsRight, tokens) }
    public var unlabelledAttachmentWithoutPunctuation: Double { ratio(wordHeadsRight, wordTokens) }
    public var labelledAttachmentWithoutPunctuation: Double { ratio(wordArcsRight, wordTokens) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Parses each reference sentence's forms with `model` and counts agreement.
    public static func measure(_ model: SyntaxModel, on reference: [ConllSentence]) -> ParseAgreement {
        var result = ParseAgreement()
        for sentence in reference where sentence.heads.allSatisfy({ $0 != nil }) {
            let atoms = sentence.forms.map(SyntaxTrainer.atoms)
            let parse = model.parse(atoms: atoms, sentences: [0..<atoms.count])
            result.sentences += 1
            for t in atoms.indices {
                let isPunctuation = ConllU.universalTag(sentence.tags[t]) == "PUNCT"
                let headRight = (parse.head(t) ?? -1) == sentence.heads[t]
                let labelRight = headRight && parse.label(t) == sentence.labels[t]
                result.tokens += 1
                if parse.tag(t) == sentence.tags[t] { result.tagsRight += 1 }
                if headRight { result.headsRight += 1 }
                if labelRight { result.arcsRight += 1 }
                if !isPunctuation {
                    result.wordTokens += 1
                    if headRight { result.wordHeadsRight += 1 }
                    if labelRight { result.wordArcsRight += 1 }
                }
                let entry = result.byLabel[sentence.labels[t], default: (0, 0)]
                result.byLabel[sentence.labels[t]] = (entry.count + 1, entry.right + (labelRight ? 1 : 0))
            }
        }
        return result
    }

    /// A readable report.
    public var report: String {
        func p(_ x: Double) -> String { String(format: "%.2f%%", 100 * x) }
        var out = "sentences: \(sentences), tokens: \(tokens)\n"
        out += "tags: \(p(tagAccuracy))\n"
        out += "unlabelled attachment: \(p(unlabelledAttachment)) (\(p(unlabelledAttachmentWithoutPunctuation)) without punctuation)\n"
        out += "labelled attachment: \(p(labelledAttachment)) (\(p(labelledAttachmentWithoutPunctuation)) without punctuation)\n"
        out += "labelled attachment by reference label (count, right):\n"
        for (label, entry) in byLabel.sorted(by: { $0.value.count > $1.value.count }).prefix(25) {
            out += "  \(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(entry.count).leftPadded(7)) \(p(Double(entry.right) / Double(entry.count)))\n"
        }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
