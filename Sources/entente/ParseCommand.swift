import ArgumentParser
import EntenteCore
import Foundation

/// `entente parse`: the tags and dependency trees of articles, as CoNLL-U or as readable trees.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse articles; write CoNLL-U (or readable trees) on standard output.",
        discussion: """
        Reads the same inputs as `entente code`. Sentences and tokens are Entente's own. With --tokens-only the
        tag, head and label columns are left empty ("_"): the skeleton that Training/make_silver.py fills in with
        a teacher parser.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case conllu, tree }

    @Argument(help: ArgumentHelp("Input files: .jsonl articles or plain text; '-' for standard input.", valueName: "FILE"))
    var files: [String] = ["-"]

    @Option(help: ArgumentHelp("Output format: conllu or tree.", valueName: "FORMAT"))
    var format: Format = .conllu

    @Option(help: ArgumentHelp("Date of plain-text articles (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(name: .customLong("tokens-only"), help: "Write tokens and sentences only, without tags or trees (no model needed).")
    var tokensOnly = false

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        var plainDate: SimpleDate?
        if let date {
            do { plainDate = try ArticleDateReader.read(date) } catch { throw ValidationError("--date: \(error.message)") }
        }
        // The coder splits tokens and sentences (its dictionaries tell a dateline from a name) and parses them.
        var coder = EventCoder(dictionaries: try dictionaries.load())
        if !tokensOnly { coder.syntax = try dictionaries.models.load() }
        var reader = InputReader(plainTextDate: plainDate)
        var output = OutputBuffer()
        for file in files {
            try reader.read(file) { article in
                for segment in ArticleSegmenter.segments(of: article) {
                    let document = coder.document(segment.article, hasDateline: !segment.isContinuation)
                    switch format {
                    case .conllu: try output.append(ConllU.write(document, parse: document.syntax))
                    case .tree: try output.append(ParseTreeText.render(document, parse: document.syntax))
                    }
                }
            }
        }
        try output.flush()
        if reader.skipped > 0 {
            StandardStreams.writeError("entente: \(reader.skipped) record(s) skipped\n")
            throw ExitCode(3)
        }
    }
}
