import ArgumentParser
import EntenteCore
import Foundation

/// `entente code`: articles in, events out (JSON Lines).
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code articles into events, one JSON object per line on standard output.",
        discussion: """
        Reads JSON Lines articles ({"id", "date", "title", "text"}; files ending in .jsonl) or plain text files
        (one article each, dated with --date), or standard input with '-'. A bad record is reported on standard
        error with its file and line and skipped; the exit status is then 3.
        """
    )

    @Argument(help: ArgumentHelp("Input files: .jsonl articles or plain text; '-' for standard input.", valueName: "FILE"))
    var files: [String] = ["-"]

    @Option(help: ArgumentHelp("Date of plain-text articles (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Threads to code on (default: all cores). The output is the same whatever the count.", valueName: "N"))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        var plainDate: SimpleDate?
        if let date {
            do { plainDate = try ArticleDateReader.read(date) } catch { throw ValidationError("--date: \(error.message)") }
        }
        var coder = BatchCoder(coder: try dictionaries.coder(), threads: threads)
        var reader = InputReader(plainTextDate: plainDate)
        var output = OutputBuffer()
        for file in files {
            try reader.read(file) { article in try coder.add(article) { try output.append($0) } }
        }
        try coder.flush { try output.append($0) }
        try output.flush()
        if reader.skipped > 0 {
            StandardStreams.writeError("entente: \(reader.skipped) record(s) skipped\n")
            throw ExitCode(3)
        }
    }
}
