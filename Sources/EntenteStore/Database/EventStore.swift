import EntenteCore
import Foundation

/// The event store: articles, events and mentions in SQLite (a file) or PostgreSQL (a `postgres://` URL),
/// with the same schema and the same behaviour on both.
public struct EventStore: Sendable {
    let database: any SQLDatabase

    /// Where the store is, for messages.
    public var location: String { database.location }
    public var dialect: SQLDialect { database.dialect }

    /// Opens the store at `location`, a file path or a `postgres://` URL, and brings its schema up to date.
    /// `connections` bounds PostgreSQL's pool (default: two per core). `notice` hears of a PostgreSQL
    /// connection lost and made again (by default, on standard error).
    public static func open(_ location: String, connections: Int? = nil,
                            notice: @escaping @Sendable (String) -> Void = { StandardStreams.writeError("entente: \($0)\n") })
        throws(EntenteError) -> EventStore {
        let database: any SQLDatabase
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            database = try PostgresDatabase(url: location, connections: connections, notice: notice)
        } else {
            database = try SQLiteDatabase(path: location)
        }
        let store = EventStore(database: database)
        try store.wrap { try Schema.migrate(database) }
        return store
    }

    /// PostgreSQL connections of a store unless told otherwise: two per core, as a server keeps its cores
    /// busy while some of its requests wait on the database.
    public static var defaultConnections: Int { ProcessInfo.processInfo.activeProcessorCount * 2 }

    /// The default database file: `entente/events.sqlite` in the user's data folder
    /// (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application Support` on macOS).
    public static func defaultPath() -> String {
        let base = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask).first
            ?? URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent(".local/share")
        return base.appendingPathComponent("entente/events.sqlite").path
    }

    public func close() { database.close() }

    /// A watch that hears of every write as it commits, from any process, where the backend can tell
    /// (PostgreSQL's LISTEN); nil for SQLite, whose readers ask `generation()`. The caller stops it.
    public func watchChanges() -> ChangeWatch? { database.watchChanges() }

    /// Runs `body`, turning a database error into an `EntenteError` that names the store.
    func wrap<T>(_ body: () throws -> T) throws(EntenteError) -> T {
        do {
            return try body()
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.database, file: location, line: nil, String(reflecting: error))
        }
    }

    /// The content hashes of those of `ids` already stored.
    public func storedHashes(_ ids: [String]) throws(EntenteError) -> [String: String] {
        try wrap { try database.read { try Self.storedHashes(ids, in: $0) } }
    }

    static func storedHashes(_ ids: [String], in session: any SQLSession) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try session.query("SELECT id, hash FROM articles WHERE id IN (\(marks))", chunk.map(SQLValue.text)) {
                if let id = row[0].string, let hash = row[1].string { hashes[id] = hash }
            }
        }
        return hashes
    }

    /// What became of a batch: articles written, articles another ingest holds (to try again later), and
    /// articles found stored meanwhile.
    public struct BatchResult: Sendable {
        public var written: [CodedArticle] = []
        public var deferred: [Article] = []
        public var storedMeanwhile: [Article] = []
    }

    /// In one transaction: claims `articles` (passing over those a concurrent ingest holds unless `wait`),
    /// codes the claimed ones not yet stored with `code`, and writes them. Killed at any point, the
    /// transaction leaves nothing.
    public func ingest(_ articles: [Article], hashes: [String: String], wait: Bool,
                       code: ([Article]) -> [CodedArticle]) throws(EntenteError) -> BatchResult {
        try wrap {
            try database.transaction { session in
                var result = BatchResult()
                let claimed = try session.claim(articles.map(\.id), wait: wait)
                let mine = articles.filter { claimed.contains($0.id) }
                result.deferred = articles.filter { !claimed.contains($0.id) }
                let stored = try Self.storedHashes(mine.map(\.id), in: session)
                result.storedMeanwhile = mine.filter { stored[$0.id] != nil }
                let coded = code(mine.filter { stored[$0.id] == nil })
                result.written = try StoreWriter(session: session).write(coded, hashes: hashes)
                return result
            }
        }
    }

    /// The store's generation: a number that grows, in the same transaction, with every write that adds
    /// articles (from any process), so that it changes whenever what the store reports does. One row to read,
    /// where counting the mentions scans them all.
    public func generation() throws(EntenteError) -> Int {
        try wrap { try database.read { try $0.query("SELECT value FROM entente_generation").first?.first?.int ?? 0 } }
    }

    /// Numbers of rows and the sums of the events' counts.
    public struct Counts: Sendable, Equatable {
        public var articles = 0, events = 0, mentions = 0, numMentions = 0, numSources = 0, numArticles = 0
    }

    public func counts() throws(EntenteError) -> Counts {
        try wrap {
            try database.read { session in
                func one(_ sql: String) throws -> Int { try session.query(sql).first?.first?.int ?? 0 }
                return Counts(
                    articles: try one("SELECT COUNT(*) FROM articles"), events: try one("SELECT COUNT(*) FROM events"),
                    mentions: try one("SELECT COUNT(*) FROM mentions"),
                    numMentions: try one("SELECT CAST(COALESCE(SUM(num_mentions), 0) AS BIGINT) FROM events"),
                    numSources: try one("SELECT CAST(COALESCE(SUM(num_sources), 0) AS BIGINT) FROM events"),
                    numArticles: try one("SELECT CAST(COALESCE(SUM(num_articles), 0) AS BIGINT) FROM events"))
            }
        }
    }

    /// SQLite's check of its file ("ok" when whole), for the fault tests; nil on PostgreSQL.
    func integrityCheck() throws(EntenteError) -> String? {
        guard dialect == .sqlite else { return nil }
        return try wrap { try database.read { try $0.query("PRAGMA integrity_check").first?.first?.string } }
    }

    /// Every row of every table as sorted lines of text: equal dumps mean equal databases, whatever the backend.
    public func dump() throws(EntenteError) -> String {
        try wrap {
            try database.read { session in
                var out = ""
                for table in Schema.tables {
                    let lines = try session.query("SELECT * FROM \(table)").map { row in row.map(\.canonical).joined(separator: "\t") }
                    out += "# \(table)\n" + lines.sorted().joined(separator: "\n") + "\n"
                }
                return out
            }
        }
    }
}
