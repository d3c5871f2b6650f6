import ArgumentParser
import EntenteStore

/// `entente events`: the stored events a filter takes.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events: by actor or country, dyad, code or root, quad class, modality, speaker, dates, text."
    )

    @OptionGroup var filters: FilterOptions
    @Option(help: ArgumentHelp("table, jsonl or csv.", valueName: "FORMAT"))
    var format: ExportFormat = .table
    @OptionGroup var store: StoreOptions

    func run() throws {
        let eventStore = try store.open()
        defer { eventStore.close() }
        let events = try eventStore.events(try filters.filter(), mentions: format.needsMentions)
        try writeLines(format.lines(events))
    }
}

extension ExportFormat: ExpressibleByArgument {}
