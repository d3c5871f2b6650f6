/// Finds sentence boundaries in a token stream: terminal punctuation before a capital, run-together
/// sentences ("positively.The"), paragraph breaks; not after abbreviations and initials.
public struct SentenceSplitter: Sendable {
    /// Capitalised words that start a sentence after an abbreviation-like token ("… the U.S. The …").
    static let sentenceStarters: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "in", "but", "a", "an",
        "on", "at", "after", "earlier", "later", "meanwhile", "however", "his", "her", "their", "its", "there",
        "according", "officials", "some", "many", "both", "when", "while", "if", "as",
    ]

    /// Longest sentence, in tokens. Text with no sentence punctuation (a scraped table, a run of names)
    /// is cut into pieces of at most this length, so that the work and the evidence of each sentence
    /// stay bounded; real news sentences are far shorter.
    public static let maxTokens = 150

    public init() {}

    /// Sentences over `tokens`, skipping the first `skip` tokens (a dateline).
    public func split(_ tokens: [Token], skip: Int = 0) -> [Sentence] {
        var sentences: [Sentence] = []
        var begin = skip
        var paragraph = 0
        var i = skip
        func close(_ end: Int) {
            guard end > begin else { return }
            sentences.append(Sentence(index: sentences.count, tokens: begin..<end, paragraph: paragraph,
                                      start: tokens[begin].start, end: tokens[end - 1].end))
            begin = end
        }
        while i < tokens.count {
            let token = tokens[i]
            if i - begin >= Self.maxTokens {
                // Cut after the last clause mark of the second half, else here.
                var cut = i
                var q = i - 1
                while q > begin + Self.maxTokens / 2 {
                    if [";", ",", ":", "--"].contains(tokens[q].norm) { cut = q + 1; break }
                    q -= 1
                }
                close(cut)
            }
            if i > begin, token.newlinesBefore > 0, startsNewLine(tokens, at: i) {
                close(i)
                paragraph += 1
            }
            if isTerminal(token) {
                // Closing quotes and brackets stay with the sentence they end.
                var end = i + 1
                while end < tokens.count, tokens[end].newlinesBefore == 0,
                      tokens[end].kind == .quote || tokens[end].norm == ")" {
                    end += 1
                }
                if end >= tokens.count || opensSentence(tokens[end]) {
                    close(end)
                    i = end
                    if i < tokens.count, tokens[i].newlinesBefore > 0 { paragraph += 1 }
                    continue
                }
            } else if token.norm.hasSuffix("."), token.kind == .word, i + 1 < tokens.count,
                      endsWithInitial(token), SentenceSplitter.sentenceStarters.contains(tokens[i + 1].norm),
                      tokens[i + 1].isCapitalized {
                close(i + 1)
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    private func isTerminal(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.norm == "." || token.norm == "!" || token.norm == "?"
            || token.norm == "…")
    }

    private func opensSentence(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || token.kind == .quote || token.newlinesBefore > 0
            || token.norm == "(" || token.norm == "--"
    }

    /// A line break starts a sentence unless the line before clearly runs on (ends in a comma or a hyphen).
    private func startsNewLine(_ tokens: [Token], at i: Int) -> Bool {
        let previous = tokens[i - 1].norm
        if previous == "," || previous == "-" || previous == "and" || previous == "of" { return false }
        return tokens[i].newlinesBefore > 1 || tokens[i].isCapitalized || tokens[i].kind != .word
    }

    /// "U.S.", "W." and other initials, whose period may also end the sentence.
    private func endsWithInitial(_ token: Token) -> Bool {
        let scalars = Array(token.norm.unicodeScalars)
        if scalars.count == 2 { return true }
        return scalars.count >= 4 && scalars[scalars.count - 3] == "."
    }
}
