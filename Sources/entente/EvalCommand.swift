import ArgumentParser
import EntenteCore
import Foundation

/// `entente eval`: scores the coder on a gold file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the coder on a gold file and print precision, recall and F1.",
        discussion: """
        Gold files are JSON Lines. Records with "penta_class" (0 statement, 1 verbal cooperation, 2 material
        cooperation, 3 verbal conflict, 4 material conflict) are scored on the class of the principal event:
        accuracy, per-class precision/recall/F1 and macro-F1. Records with "cameo_codings"
        ([{eventcode, sourcecode, targetcode}]) are scored on event triples, exactly and at root/country level.
        """
    )

    @Argument(help: ArgumentHelp("Gold JSON Lines file(s).", valueName: "GOLD"))
    var files: [String]

    @Flag(help: "List the sentences coded wrongly.")
    var errors = false

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        let coder = EventCoder(dictionaries: try dictionaries.load())
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(file): cannot read the gold file")
            }
            var penta = PentaClassScore()
            var exact = PRF()
            var coarse = PRF()
            var tripleRecords = 0
            var lineNumber = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw ValidationError("\(file):\(lineNumber): malformed JSON")
                }
                let article = try ArticleParser.parseJSONLine(line, file: file, line: lineNumber)
                let events = coder.code(article)
                if let gold = object["penta_class"] as? Int {
                    let predicted = principalPentaClass(events)
                    penta.add(gold: gold, predicted: predicted)
                    if errors, predicted != gold {
                        let got = events.first.map { "\($0.code.code) \($0.source.code)→\($0.target?.code ?? "-") [\($0.pattern)]" } ?? "no event"
                        print("[\(gold)→\(predicted.map(String.init) ?? "-")] \(got) | \(article.text)")
                    }
                }
                if let codings = object["cameo_codings"] as? [[String: Any]] {
                    tripleRecords += 1
                    let gold = codings.compactMap { c -> EventTriple? in
                        guard let code = c["eventcode"] as? String else { return nil }
                        return EventTriple(code: code, source: c["sourcecode"] as? String ?? "", target: c["targetcode"] as? String ?? "")
                    }
                    let coded = events.map { EventTriple(code: $0.code.code, source: $0.source.code, target: $0.target?.code ?? "") }
                    scoreTriples(gold: gold, coded: coded, into: &exact)
                    scoreTriples(gold: gold.map(\.coarse), coded: coded.map(\.coarse), into: &coarse)
                    if errors, Set(gold) != Set(coded) {
                        print("gold \(gold.map { "\($0.code) \($0.source)→\($0.target)" }) got \(coded.map { "\($0.code) \($0.source)→\($0.target)" }) | \(article.text)")
                    }
                }
            }
            print("== \(file)")
            if penta.total > 0 { printPenta(penta) }
            if tripleRecords > 0 {
                print("\(tripleRecords) records with event codings")
                print(String(format: "exact (code, source, target):       P %.3f  R %.3f  F1 %.3f", exact.precision, exact.recall, exact.f1))
                print(String(format: "root and countries:                 P %.3f  R %.3f  F1 %.3f", coarse.precision, coarse.recall, coarse.f1))
            }
        }
    }

    private func printPenta(_ s: PentaClassScore) {
        print("\(s.total) sentences; \(s.uncoded) with no event coded")
        for c in 0..<5 {
            let prf = s.perClass(c)
            print(String(format: "  %-22@ P %.3f  R %.3f  F1 %.3f", PentaClassScore.labels[c] as NSString, prf.precision, prf.recall, prf.f1))
        }
        print(String(format: "accuracy %.3f  macro-F1 %.3f", s.accuracy, s.macroF1))
    }
}
