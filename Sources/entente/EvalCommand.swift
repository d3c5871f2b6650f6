import ArgumentParser
import EntenteCore
import Foundation

/// `entente eval`: scores the coder on a gold file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the coder on a gold file and print precision, recall and F1.",
        discussion: """
        JSON Lines gold files: records with "penta_class" (0 statement, 1 verbal cooperation, 2 material
        cooperation, 3 verbal conflict, 4 material conflict) are scored on the class of the principal event
        (accuracy, per-class precision/recall/F1, macro-F1); records with "cameo_codings"
        ([{eventcode, sourcecode, targetcode}]) on event triples, exactly and at root/country level.
        A claims file (JSON with "must", "must_not", "beyond", like the seed's gold.json) is checked against
        the articles given with --articles, and reports modality, speaker and date accuracy.
        Our own dev golds (Evaluation/) name sentences of the articles given with --articles: the event dev
        gold is scored on full events and their context, the place gold on where events took place
        (country, ADM1 and city level, and places given where the gold has none).
        """
    )

    @Argument(help: ArgumentHelp("Gold files: .jsonl sets, or a claims .json with --articles.", valueName: "GOLD"))
    var files: [String]

    @Option(help: ArgumentHelp("Articles (.jsonl) that a claims file or a dev gold speaks of; may be given more than once.", valueName: "FILE"))
    var articles: [String] = []

    @Flag(help: "List the records coded wrongly.")
    var errors = false

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        let coder = try dictionaries.coder()
        var output = OutputBuffer()
        defer { try? output.flush() }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(file): cannot read the gold file")
            }
            try output.line("== \(file)")
            if file.hasSuffix(".json") {
                try evaluateClaims(data, coder: coder, output: &output)
                continue
            }
            if PlaceGoldEvent.isPlaceGold(text) {
                try evaluatePlaces(text, file: file, coder: coder, output: &output)
                continue
            }
            if Self.isDevGold(text) {
                try evaluateDevGold(text, file: file, coder: coder, output: &output)
                continue
            }
            let report = try GoldEvaluation.evaluate(jsonLines: text, file: file, coder: coder, collectErrors: errors)
            for error in report.errors { try output.line(error) }
            if report.penta.total > 0 { try printPenta(report.penta, output: &output) }
            if report.sourceInSpan.total > 0 || report.targetInSpan.total > 0 {
                try output.line("principal event's source inside the gold source span: \(report.sourceInSpan)")
                try output.line("principal event's target inside the gold target span: \(report.targetInSpan)")
            }
            if report.tripleRecords > 0 {
                try output.line("\(report.tripleRecords) records with event codings")
                try output.line(String(format: "exact (code, source, target): P %.3f  R %.3f  F1 %.3f", report.exact.precision, report.exact.recall, report.exact.f1))
                try output.line(String(format: "root and countries:           P %.3f  R %.3f  F1 %.3f", report.coarse.precision, report.coarse.recall, report.coarse.f1))
            }
        }
        try output.flush()
    }

    /// Whether a JSON Lines file is a dev gold of ours: sentences named by article and index, with events.
    static func isDevGold(_ text: String) -> Bool {
        guard let first = text.split(separator: "\n").first,
              let object = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any] else { return false }
        return object["article"] is String && object["sentence"] is Int && object["events"] is [Any]
    }

    /// The articles of `--articles` whose ids are in `wanted`.
    private func namedArticles(_ wanted: Set<String>, for kind: String) throws -> [String: Article] {
        guard !articles.isEmpty else { throw ValidationError("a \(kind) needs --articles FILE.jsonl (the articles it names)") }
        var byID: [String: Article] = [:]
        var reader = InputReader()
        for file in articles {
            try reader.read(file) { article in if wanted.contains(article.id) { byID[article.id] = article } }
        }
        return byID
    }

    private func evaluatePlaces(_ text: String, file: String, coder: EventCoder, output: inout OutputBuffer) throws {
        let gold: [PlaceGoldEvent]
        do { gold = try PlaceGoldEvent.read(text, file: file) } catch { throw CommandFailure("\(error)") }
        let byID = try namedArticles(Set(gold.map(\.article)), for: "place gold")
        let report = PlaceEvaluation.evaluate(gold, articles: byID, coder: coder, collectErrors: errors)
        for error in report.errors { try output.line(error) }
        try output.append(report.report)
    }

    private func evaluateDevGold(_ text: String, file: String, coder: EventCoder, output: inout OutputBuffer) throws {
        let gold: [DevGoldSentence]
        do { gold = try DevGoldSentence.read(text, file: file) } catch { throw CommandFailure("\(error)") }
        let byID = try namedArticles(Set(gold.map(\.article)), for: "dev gold file")
        let report = DevGoldEvaluation.evaluate(gold, articles: byID, coder: coder, collectErrors: errors)
        for error in report.errors { try output.line(error) }
        try output.append(report.report)
    }

    private func evaluateClaims(_ gold: Data, coder: EventCoder, output: inout OutputBuffer) throws {
        guard !articles.isEmpty else { throw ValidationError("a claims file needs --articles FILE.jsonl") }
        var events: [Event] = []
        var sentences: [Int: String] = [:]
        var reader = InputReader()
        for file in articles { try reader.read(file) { article in
            let document = Document(article: article)
            for sentence in document.sentences { sentences[sentence.index] = document.text(of: sentence) }
            events += coder.code(article)
        } }
        let report = try ClaimEvaluation.evaluate(gold: gold, events: events, sentences: sentences)
        for check in report.checks {
            try output.line("\(check.passed ? "pass" : "FAIL")  \(check.kind): \(check.why) — \(check.detail)")
        }
        for (field, totals) in report.fieldTotals.sorted(by: { $0.key < $1.key }) {
            try output.line(String(format: "%@ accuracy %.3f (%d of %d)", field as NSString, report.accuracy(of: field), totals.agreed, totals.total))
        }
        try output.line("\(report.passed) passed, \(report.checks.count - report.passed) failed")
    }

    private func printPenta(_ s: PentaClassScore, output: inout OutputBuffer) throws {
        try output.line("\(s.total) sentences; \(s.uncoded) with no event coded")
        for c in 0..<5 {
            let prf = s.perClass(c)
            try output.line(String(format: "  %@ P %.3f  R %.3f  F1 %.3f", PentaClassScore.labels[c].padding(toLength: 22, withPad: " ", startingAt: 0) as NSString, prf.precision, prf.recall, prf.f1))
        }
        try output.line(String(format: "accuracy %.3f  macro-F1 %.3f", s.accuracy, s.macroF1))
    }
}
