import EntenteCore
import Foundation
import GRDB

/// The embedded backend: one SQLite file through GRDB, in WAL mode so that readers never wait for an ingest.
struct SQLiteDatabase: SQLDatabase {
    let pool: DatabasePool
    let location: String
    var dialect: SQLDialect { .sqlite }

    /// Opens (creating if needed) the database file at `path`, and its folder.
    init(path: String) throws(EntenteError) {
        location = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var configuration = Configuration()
        // Another ingest holding the write lock codes one batch at a time: wait for it rather than fail.
        configuration.busyMode = .timeout(600)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw EntenteError(.database, file: path, line: nil, "cannot open the SQLite database: \(error)")
        }
    }

    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        // IMMEDIATE: take the write lock first, so that a concurrent ingest waits instead of failing on upgrade.
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(SQLiteSession(db: db))
                return .commit
            }
            guard let result else { throw EntenteError(.database, file: location, line: nil, "transaction ended without a result") }
            return result
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try pool.read { db in try body(SQLiteSession(db: db)) }
    }

    /// SQLite tells no one of another process's writes: readers ask the file.
    func watchChanges() -> ChangeWatch? { nil }

    func close() {
        try? pool.close()
    }
}

/// A GRDB connection seen as an `SQLSession`; short statements are prepared once per connection.
struct SQLiteSession: SQLSession {
    let db: Database
    var dialect: SQLDialect { .sqlite }

    /// Statements with more values than this are prepared for each use. The store's multi-row inserts come in
    /// as many shapes as there are row counts, and each prepared one holds its compiled program (100 KB and
    /// more): cached, they grew an ingest's memory with every new batch size.
    static let cachedValuesLimit = 64

    private func statement(_ sql: String, values: Int) throws -> Statement {
        values > Self.cachedValuesLimit ? try db.makeStatement(sql: sql) : try db.cachedStatement(sql: sql)
    }

    func execute(_ sql: String, _ values: [SQLValue]) throws {
        let statement = try statement(sql, values: values.count)
        try statement.execute(arguments: Self.arguments(values))
    }

    func query(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let statement = try statement(sql, values: values.count)
        return try Row.fetchAll(statement, arguments: Self.arguments(values)).map { row in
            row.databaseValues.map { value in
                switch value.storage {
                case .null: return .null
                case let .int64(v): return .int(v)
                case let .double(v): return .double(v)
                case let .string(v): return .text(v)
                case let .blob(v): return .text(String(decoding: v, as: UTF8.self))
                }
            }
        }
    }

    /// SQLite has one writer at a time: the transaction already holds the database, so every article is its own.
    func claim(_ ids: [String], wait: Bool) throws -> Set<String> { Set(ids) }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case let .int(v): return v.databaseValue
            case let .double(v): return v.databaseValue
            case let .text(v): return v.databaseValue
            case .null: return .null
            }
        })
    }
}
