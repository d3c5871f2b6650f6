import EntenteCore
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization

/// The shared backend: a pool of PostgreSQL connections (`PostgresPool`) that several ingest processes, on
/// several machines, and a server's concurrent requests can use at once, each transaction on a connection
/// of its own. A connection the server drops (a restart, a failover) is replaced and the transaction run
/// again from its start, so work goes on across a restart; `notice` is told both.
struct PostgresDatabase: SQLDatabase {
    let pool: PostgresPool
    let location: String
    /// How a connection of its own is made, for a `ChangeWatch`.
    private let configuration: PostgresConnection.Configuration
    private let notice: @Sendable (String) -> Void
    var dialect: SQLDialect { .postgres }

    /// How long a lost server is waited for before the work in hand fails.
    static let patience: Duration = .seconds(60)
    /// How long a server that cannot be reached at the start is tried again (one restarting, say) before
    /// giving up: short, since it may as well be a wrong address.
    static let startPatience: Duration = .seconds(10)
    /// Connections of a pool unless told otherwise: two per core, as a server keeps its cores busy while
    /// some of its requests wait on the database.
    static var defaultConnections: Int { ProcessInfo.processInfo.activeProcessorCount * 2 }

    /// Connects to `url` (see `PostgresURL`) with a pool of at most `connections` connections.
    init(url: String, connections: Int? = nil, notice: @escaping @Sendable (String) -> Void = { _ in }) throws(EntenteError) {
        let parsed = try PostgresURL(url)
        location = parsed.location   // no password in messages
        self.notice = notice
        var logger = Logger(label: "entente.postgres")
        logger.logLevel = .critical
        // One connection first, so that a wrong password or database is said at once, and a server starting
        // up is waited for; the pool then opens its connections as work asks for them.
        configuration = try parsed.connectionConfiguration()
        let probe = try Self.firstConnection(configuration, location: location, logger: logger, notice: notice)
        try? probe.close().wait()
        pool = PostgresPool(url: parsed, size: max(1, connections ?? EventStore.defaultConnections), logger: logger)
    }

    /// SQLSTATEs after which a transaction is run again: deadlock detected, serialization failure.
    static let retryable: Set<String> = ["40P01", "40001"]

    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try withRetries { session in
            try session.execute("BEGIN")
            do {
                let result = try body(session)
                try session.execute("COMMIT")
                return result
            } catch {
                // A connection left inside a failed transaction must not go back to the pool as it is.
                if (try? session.execute("ROLLBACK")) == nil { try? session.connection.close().wait() }
                throw error
            }
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try withRetries(body)
    }

    /// Runs `work` on a leased connection; again from its start on a new one when the server dropped the
    /// connection (waiting up to `patience` for the server to come back) or gave up on the transaction.
    private func withRetries<T>(_ work: (PostgresSession) throws -> T) throws -> T {
        var lostAt: ContinuousClock.Instant?
        var attempt = 0
        while true {
            attempt += 1
            do {
                let result = try pool.withConnection(patience: Self.patience) { connection in
                    do {
                        return try work(PostgresSession(connection: connection, logger: pool.logger))
                    } catch where Self.isLost(connection, error) {
                        try? connection.close().wait()
                        throw LostConnection(underlying: error)
                    }
                }
                if let lostAt {
                    notice("\(location): connected again after \(attempt - 1) attempt(s) in \(ContinuousClock.now - lostAt); the interrupted work is done again from its start")
                }
                return result
            } catch let error as LostConnection {
                guard attempt < 10 else {
                    throw EntenteError(.unavailable, file: location, line: nil, "the connection was lost \(attempt) times in a row: \(Self.reason(error.underlying))")
                }
                if lostAt == nil {
                    lostAt = .now
                    notice("\(location): the connection was lost (\(Self.reason(error.underlying))); connecting again")
                }
            } catch let error as PoolTimeout {
                throw EntenteError(.unavailable, file: location, line: nil, lostAt == nil
                    ? "\(error); all \(pool.size) connection(s) busy or the server unreachable"
                    : "the connection was lost and the server did not come back within \(Self.patience)")
            } catch let error as PSQLError where attempt < 10 && error.serverInfo?[.sqlState].map(Self.retryable.contains) == true {
                continue
            }
        }
    }

    func watchChanges() -> ChangeWatch? { ChangeWatch(configuration: configuration, logger: pool.logger) }

    func close() { pool.close() }

    /// The first connection, tried again for `startPatience` while the server refuses or is starting up;
    /// a refusal from the server itself (a bad password, no such database) is final at once.
    private static func firstConnection(_ configuration: PostgresConnection.Configuration, location: String, logger: Logger,
                                        notice: @Sendable (String) -> Void) throws(EntenteError) -> PostgresConnection {
        let deadline = ContinuousClock.now + startPatience
        var told = false
        while true {
            do {
                return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                      id: 1, logger: logger).wait()
            } catch {
                // A certificate that does not check out will not pass by waiting either.
                let final = (error as? PSQLError)?.serverInfo?[.sqlState].map { $0 != "57P03" }
                    ?? ((error as? PSQLError)?.underlying.map { $0 is NIOSSLError || $0 is NIOSSLExtraError || $0 is BoringSSLError } ?? false)
                guard !final, ContinuousClock.now < deadline else {
                    throw EntenteError(.database, file: location, line: nil, "cannot connect: \(reason(error))")
                }
                if !told { notice("\(location): cannot connect yet (\(reason(error))); trying again for \(startPatience)") }
                told = true
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
    }

    /// Whether `error` means the server dropped `connection` (closed socket, shutdown, "cannot connect now").
    static func isLost(_ connection: PostgresConnection, _ error: any Error) -> Bool {
        if connection.isClosed || error is ConnectionLost { return true }
        guard let error = error as? PSQLError else { return false }
        if [.serverClosedConnection, .connectionError, .uncleanShutdown].contains(error.code) { return true }
        // Class 08: connection exception; 57P01-57P03: the server shutting down or starting up.
        guard let state = error.serverInfo?[.sqlState] else { return false }
        return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
    }

    /// A short reason for messages: the server's own words when it gave any.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return String(describing: error)
    }
}

/// The server dropped the connection under the work in hand.
private struct LostConnection: Error {
    let underlying: any Error
}

/// The connection closed under a query, with no answer from the server.
struct ConnectionLost: Error, CustomStringConvertible {
    var description: String { "the connection closed" }
}

/// A PostgreSQL connection seen as an `SQLSession`: `?` placeholders become `$1, $2, …`.
struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: SQLDialect { .postgres }

    func execute(_ sql: String, _ values: [SQLValue]) throws {
        _ = try run(sql, values)
    }

    func query(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        try run(sql, values).rows.map { row in row.map(Self.value) }
    }

    private func run(_ sql: String, _ values: [SQLValue]) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case let .int(v): binds.append(v)
            case let .double(v): binds.append(v)
            case let .text(v): binds.append(v)
            case .null: binds.appendNull()
            }
        }
        guard !connection.isClosed else { throw ConnectionLost() }
        return try Self.wait(for: connection.query(PostgresQuery(unsafeSQL: Self.numbered(sql), binds: binds), logger: logger), on: connection)
    }

    /// The query's result; `ConnectionLost` when the connection has been closed for over a second and the
    /// query is still unanswered: postgres-nio drops a query written to a channel that is closing, and a plain
    /// `wait()` would then wait for ever.
    static func wait(for future: EventLoopFuture<PostgresQueryResult>, on connection: PostgresConnection) throws -> PostgresQueryResult {
        let done = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<PostgresQueryResult, any Error>?>(nil)
        future.whenComplete { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        var closedFor = 0
        while done.wait(timeout: .now() + 0.5) == .timedOut {
            closedFor = connection.isClosed ? closedFor + 1 : 0
            if closedFor > 2 { throw ConnectionLost() }
        }
        guard let result = outcome.withLock({ $0 }) else { throw ConnectionLost() }
        return try result.get()
    }

    /// Claims with transaction-scoped advisory locks: a lock another ingest holds is passed over (or waited
    /// for), and a killed ingest's locks go with its connection.
    func claim(_ ids: [String], wait: Bool) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        if wait {
            for id in ids { try execute("SELECT pg_advisory_xact_lock(5, hashtext(?))", [.text(id)]) }
            return Set(ids)
        }
        let values = Array(repeating: "(?)", count: ids.count).joined(separator: ",")
        let rows = try query("SELECT k FROM (VALUES \(values)) AS t(k) WHERE pg_try_advisory_xact_lock(5, hashtext(k))", ids.map(SQLValue.text))
        return Set(rows.compactMap { $0.first?.string })
    }

    /// `sql` with its `?` placeholders (outside quotes) numbered as PostgreSQL wants them.
    static func numbered(_ sql: String) -> String {
        var out = ""
        var n = 0
        var quoted = false
        for c in sql {
            if c == "'" { quoted.toggle() }
            if c == "?", !quoted {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return (try? cell.decode(Int64.self)).map(SQLValue.int) ?? .null
        case .float4, .float8: return (try? cell.decode(Double.self)).map(SQLValue.double) ?? .null
        default: return (try? cell.decode(String.self)).map(SQLValue.text) ?? .null
        }
    }
}
