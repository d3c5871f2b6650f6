import ArgumentParser
import EntenteCore
import EntenteStore
import Foundation

/// `--db`: the store's file or PostgreSQL URL, shared by the store commands.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("SQLite file or postgres://USER:PASSWORD@HOST:PORT/DATABASE (default: events.sqlite in the user's data folder, or $ENTENTE_DB).", valueName: "PATH|URL"))
    var db: String?
    @Option(help: ArgumentHelp("PostgreSQL connections at most (default: two per core).", valueName: "N"))
    var dbConnections: Int?

    func validate() throws {
        if let dbConnections, dbConnections < 1 { throw ValidationError("--db-connections must be at least 1") }
    }

    func open() throws -> EventStore {
        let location = db ?? ProcessInfo.processInfo.environment["ENTENTE_DB"] ?? EventStore.defaultPath()
        do {
            return try EventStore.open(location, connections: dbConnections)
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

/// The event filters shared by `events`, `export`, `dyad` and `actors`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Events with this actor (code prefix or country) as source or target.", valueName: "CODE"))
    var actor: String?
    @Option(help: ArgumentHelp("Source actor (code prefix or country).", valueName: "CODE"))
    var source: String?
    @Option(help: ArgumentHelp("Target actor (code prefix or country).", valueName: "CODE"))
    var target: String?
    @Option(help: ArgumentHelp("CAMEO code or root: '16' takes the whole root, '163' the code and its children.", valueName: "CODE"))
    var code: String?
    @Option(name: .customLong("quad"), help: ArgumentHelp("Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.", valueName: "N"))
    var quadClass: Int?
    @Option(help: ArgumentHelp("asserted, negated, hypothetical or future.", valueName: "MODALITY"))
    var modality: String?
    @Option(help: ArgumentHelp("Events reported in the words of this speaker (code prefix or country).", valueName: "CODE"))
    var speaker: String?
    @Option(help: ArgumentHelp("First day (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "DATE"))
    var from: String?
    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "DATE"))
    var to: String?
    @Option(help: ArgumentHelp("Words in the evidence sentence, ignoring case.", valueName: "TEXT"))
    var text: String?
    @Option(name: .customLong("in"), help: ArgumentHelp("Events that took place in this country (ISO alpha-3, SYR) or first-level division (GeoNames code, SY.11).", valueName: "AREA"))
    var area: String?
    @Option(help: ArgumentHelp("Events that took place within about KM kilometres (default 50) of a point: LAT,LON[,KM].", valueName: "LAT,LON[,KM]"))
    var near: String?
    @Option(help: ArgumentHelp("At most this many events.", valueName: "N"))
    var limit: Int?

    func filter() throws -> EventFilter {
        var filter = EventFilter()
        filter.actor = actor
        filter.source = source
        filter.target = target
        filter.code = code
        filter.quadClass = quadClass
        filter.modality = modality
        filter.speaker = speaker
        filter.text = text
        filter.limit = limit
        filter.from = try from.map { try Self.day($0, last: false) }
        filter.to = try to.map { try Self.day($0, last: true) }
        if let area {
            guard let place = PlaceFilter(parsing: area) else { throw ValidationError("--in: expected a country (SYR) or a first-level division (SY.11), found '\(area)'") }
            filter.place = place
        }
        if let near {
            guard let point = NearFilter(parsing: near) else { throw ValidationError("--near: expected LAT,LON or LAT,LON,KM, found '\(near)'") }
            filter.near = point
        }
        if let modality, Modality(rawValue: modality) == nil {
            throw ValidationError("--modality: expected asserted, negated, hypothetical or future")
        }
        return filter
    }

    /// YYYYMMDD of a date's first (or last) day.
    static func day(_ raw: String, last: Bool) throws -> Int {
        guard let date = SimpleDate(iso: raw) ?? ArticleParser.parseDate(raw) else { throw ValidationError("unknown date '\(raw)' (expected YYYY-MM-DD)") }
        return date.year * 10_000 + (date.month ?? (last ? 12 : 1)) * 100 + (date.day ?? (last ? 31 : 1))
    }
}
