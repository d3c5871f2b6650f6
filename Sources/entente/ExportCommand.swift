import ArgumentParser
import EntenteStore

/// `entente export`: the stored events in GDELT's, PLOVER's or our own formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stored events: gdelt (GDELT 2.0 event rows, 61 tab-separated columns), plover (JSON), csv, jsonl.",
        discussion: "Modality and speaker have no GDELT column: use jsonl or plover to keep them."
    )

    @Option(help: ArgumentHelp("gdelt, plover, csv or jsonl.", valueName: "FORMAT"))
    var format: ExportFormat = .jsonl
    @OptionGroup var filters: FilterOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let eventStore = try store.open()
        defer { eventStore.close() }
        try writeLines(format.lines(try eventStore.events(try filters.filter(), mentions: format.needsMentions)))
    }
}
