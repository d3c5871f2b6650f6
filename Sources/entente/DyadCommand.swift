import ArgumentParser
import EntenteStore
import Foundation

/// `entente dyad A B`: how relations from A to B went, period by period.
struct DyadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Events from one actor to another per day, month or year: counts per quad class, Goldstein sum and mean, a sparkline."
    )

    @Argument(help: ArgumentHelp("Source actor (code prefix or country).", valueName: "SOURCE"))
    var source: String
    @Argument(help: ArgumentHelp("Target actor (code prefix or country).", valueName: "TARGET"))
    var target: String
    @Option(help: ArgumentHelp("day, month or year.", valueName: "PERIOD"))
    var by: EventStore.Period = .month
    @Flag(help: "Both directions: A to B and B to A.")
    var both = false
    @Option(help: ArgumentHelp("table, csv or jsonl.", valueName: "FORMAT"))
    var format: ExportFormat = .table
    @OptionGroup var store: StoreOptions

    func run() throws {
        let eventStore = try store.open()
        defer { eventStore.close() }
        var filter = EventFilter()
        filter.source = source
        filter.target = target
        filter.eitherDirection = both
        let totals = try eventStore.totals(filter, by: by)
        let numbers = { (t: EventStore.PeriodTotals) in
            [t.period, String(t.events)] + t.quadClasses.map(String.init) + [String(format: "%.1f", t.goldsteinSum), String(format: "%.2f", t.goldsteinMean)]
        }
        switch format {
        case .csv:
            try writeLines(["period,events,q1,q2,q3,q4,goldstein_sum,goldstein_mean"] + totals.map { numbers($0).joined(separator: ",") })
        case .jsonl:
            try writeLines(totals.map { t in
                let n = numbers(t)
                return "{\"period\":\"\(t.period)\",\"events\":\(t.events),\"quad_classes\":[\(n[2...5].joined(separator: ","))],\"goldstein_sum\":\(n[6]),\"goldstein_mean\":\(n[7])}"
            })
        default:
            let header = ["period", "events", "q1", "q2", "q3", "q4", "goldstein", "mean"]
            try writeLines(TextTable.render([header] + totals.map(numbers)))
            if !totals.isEmpty {
                try writeLines(["", "goldstein \(Sparkline.render(totals.map(\.goldsteinSum)))",
                            "events    \(Sparkline.render(totals.map { Double($0.events) }))"])
            }
        }
    }
}

extension EventStore.Period: ExpressibleByArgument {}
