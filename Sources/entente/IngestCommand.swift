import ArgumentParser
import EntenteCore
import EntenteStore
import Foundation

/// `entente ingest`: files and folders in, events into the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code articles into the event store (SQLite or PostgreSQL), in parallel, skipping what is already stored.",
        discussion: """
        Reads JSON Lines (.jsonl), plain text, HTML pages (the article text only) and RSS/Atom feeds, files or whole
        folders. Articles already stored with the same id and content are passed over, so running an ingest again,
        after it was killed or on the same files, finishes the work without doubling anything. Several ingests
        may feed one PostgreSQL database at once. Exit status 3 when some input records were bad.
        """
    )

    @Argument(help: ArgumentHelp("Files and folders to read.", valueName: "PATH"))
    var paths: [String]

    @Option(help: ArgumentHelp("Date of plain-text articles and pages that give none (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Articles per transaction.", valueName: "N"))
    var batch = 32

    @Flag(help: "No progress display.")
    var quiet = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        let coder = try dictionaries.coder()
        let eventStore = try store.open()
        defer { eventStore.close() }
        var ingester = Ingester(store: eventStore, coder: coder)
        ingester.batchSize = max(1, batch)
        if let date {
            guard let parsed = ArticleParser.parseDate(date) else { throw ValidationError("--date: unknown date format '\(date)'") }
            ingester.plainTextDate = parsed
        }
        let bar = quiet ? nil : ProgressBar(label: "articles")
        if let bar { ingester.progress = { written, fraction in bar.update(count: written, fraction: fraction) } }
        let summary: IngestSummary
        do {
            summary = try ingester.run(paths)
            bar?.update(count: summary.articlesWritten, fraction: 1, final: true)
        } catch {
            if bar != nil { StandardStreams.writeError("\n") }
            throw CommandFailure("\(error)")
        }
        let counts = try eventStore.counts()
        try writeLines(["ingested into \(eventStore.location)"] + summary.lines
            + ["store: articles \(counts.articles), events \(counts.events), mentions \(counts.mentions)"])
        if summary.hadInputErrors { throw ExitCode(3) }
    }
}
