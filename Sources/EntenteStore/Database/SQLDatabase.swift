/// The SQL dialect of a backend, for the few statements that differ.
public enum SQLDialect: Sendable {
    case sqlite, postgres
}

/// A database the store runs on: SQLite or PostgreSQL behind one synchronous interface, so that the schema,
/// the ingest and the queries are written once and behave the same on both.
protocol SQLDatabase: Sendable {
    var dialect: SQLDialect { get }
    /// Where it is, for messages (a path or a URL without its password).
    var location: String { get }
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws. Retried from
    /// the start when the server gives up on it (a deadlock or serialization failure between concurrent ingests).
    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// Runs `body` outside a transaction, for reads.
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// A watch that hears of other processes' writes as they commit, where the backend can tell (PostgreSQL).
    func watchChanges() -> ChangeWatch?
    func close()
}

/// A connection inside `SQLDatabase.transaction` or `read`. SQL is written with `?` placeholders.
protocol SQLSession {
    var dialect: SQLDialect { get }
    func execute(_ sql: String, _ values: [SQLValue]) throws
    func query(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow]
    /// Claims the articles `ids` for this transaction, so that a concurrent ingest does not code them too:
    /// returns the ones claimed. `wait` blocks until each is free instead of passing over it.
    func claim(_ ids: [String], wait: Bool) throws -> Set<String>
}

extension SQLSession {
    func execute(_ sql: String) throws { try execute(sql, []) }
    func query(_ sql: String) throws -> [SQLRow] { try query(sql, []) }
}
