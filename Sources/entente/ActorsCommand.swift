import ArgumentParser
import EntenteStore
import Foundation

/// `entente actors`: who acts and is acted on, most events first.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Actors of the stored events: events as source and as target, mean Goldstein value."
    )

    @OptionGroup var filters: FilterOptions
    @Option(help: ArgumentHelp("At most this many actors.", valueName: "N"))
    var top = 50
    @OptionGroup var store: StoreOptions

    func run() throws {
        let eventStore = try store.open()
        defer { eventStore.close() }
        let actors = try eventStore.actors(try filters.filter()).prefix(max(0, top))
        let rows = actors.map { a in
            [a.code, a.country ?? "-", String(a.events), String(a.asSource), String(a.asTarget), String(format: "%.2f", a.goldsteinSum / Double(max(1, a.events)))]
        }
        try writeLines(TextTable.render([["actor", "country", "events", "as source", "as target", "goldstein mean"]] + rows))
    }
}
