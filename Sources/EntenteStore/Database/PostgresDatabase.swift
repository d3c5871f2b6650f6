import EntenteCore
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// The shared backend: one PostgreSQL connection (postgres-nio) that several ingest processes, on several
/// machines, can feed at once. A connection the server drops (a restart, a failover) is made again and the
/// transaction run again from its start, so an ingest goes on across a restart; `notice` is told both.
struct PostgresDatabase: SQLDatabase {
    let owner: ConnectionOwner
    let location: String
    var dialect: SQLDialect { .postgres }

    /// Connects to `url` (`postgres://user:password@host:port/database`).
    init(url: String, notice: @escaping @Sendable (String) -> Void = { _ in }) throws(EntenteError) {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let user = components.user, !user.isEmpty else {
            throw EntenteError(.database, file: url, line: nil, "expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        let port = components.port ?? 5432
        location = "postgres://\(user)@\(host):\(port)/\(database)"   // no password in messages
        let configuration = PostgresConnection.Configuration(
            host: host, port: port,
            username: user, password: components.password, database: database.isEmpty ? user : database, tls: .disable)
        do {
            owner = try ConnectionOwner(configuration: configuration, location: location, notice: notice)
        } catch {
            throw EntenteError(.database, file: location, line: nil, "cannot connect: \(String(reflecting: error))")
        }
    }

    /// SQLSTATEs after which a transaction is run again: deadlock detected, serialization failure.
    static let retryable: Set<String> = ["40P01", "40001"]

    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            let connection = owner.connection
            let session = PostgresSession(connection: connection, logger: owner.logger)
            do {
                try session.execute("BEGIN")
                let result = try body(session)
                try session.execute("COMMIT")
                return result
            } catch {
                if attempt < 10, try owner.reconnectIfLost(connection, after: error) { continue }
                try? session.execute("ROLLBACK")
                if let code = (error as? PSQLError)?.serverInfo?[.sqlState], Self.retryable.contains(code), attempt < 10 { continue }
                throw error
            }
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            let connection = owner.connection
            do {
                return try body(PostgresSession(connection: connection, logger: owner.logger))
            } catch {
                if attempt < 10, try owner.reconnectIfLost(connection, after: error) { continue }
                throw error
            }
        }
    }

    func close() { owner.close() }
}

/// Owns the connection: makes it again when the server drops it, and closes it once, when asked or at the
/// latest when the last copy of the store goes.
final class ConnectionOwner: Sendable {
    private let current: Mutex<PostgresConnection>
    private let reconnecting = NSLock()
    private let configuration: PostgresConnection.Configuration
    private let location: String
    private let notice: @Sendable (String) -> Void
    let logger: Logger
    /// How long a lost server is waited for before the work in hand fails.
    static let patience: Duration = .seconds(60)
    /// How long a server that cannot be reached at the start is tried again (one restarting, say) before
    /// giving up: short, since it may as well be a wrong address.
    static let startPatience: Duration = .seconds(10)

    init(configuration: PostgresConnection.Configuration, location: String, notice: @escaping @Sendable (String) -> Void) throws {
        var logger = Logger(label: "entente.postgres")
        logger.logLevel = .critical
        self.logger = logger
        self.configuration = configuration
        self.location = location
        self.notice = notice
        current = Mutex(try Self.firstConnection(configuration, location: location, logger: logger, notice: notice))
    }

    /// The first connection, tried again for `startPatience` while the server refuses or is starting up;
    /// a refusal from the server itself (a bad password, no such database) is final at once.
    private static func firstConnection(_ configuration: PostgresConnection.Configuration, location: String, logger: Logger,
                                        notice: @Sendable (String) -> Void) throws -> PostgresConnection {
        var told = false
        return try connect(configuration, logger: logger, for: startPatience, isFinal: { error in
            (error as? PSQLError)?.serverInfo?[.sqlState].map { $0 != "57P03" } ?? false
        }, retrying: { error in
            if !told { notice("\(location): cannot connect yet (\(reason(error))); trying again for \(startPatience)") }
            told = true
        }).connection
    }

    var connection: PostgresConnection { current.withLock { $0 } }

    /// Connects, trying again every half second for `patience` unless `isFinal` says the error will not pass;
    /// `retrying` hears of each failure that is tried again. The connection and the attempts it took; the
    /// last error once time is up.
    private static func connect(_ configuration: PostgresConnection.Configuration, logger: Logger, for patience: Duration,
                                isFinal: (any Error) -> Bool = { _ in false },
                                retrying: (any Error) -> Void = { _ in }) throws -> (connection: PostgresConnection, attempts: Int) {
        let deadline = ContinuousClock.now + patience
        var attempts = 0
        while true {
            attempts += 1
            do {
                let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                                id: 1, logger: logger).wait()
                return (connection, attempts)
            } catch {
                guard !isFinal(error), ContinuousClock.now < deadline else { throw error }
                retrying(error)
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

    /// When `error` means `connection` was lost, connects again (waiting up to `patience` for the server to
    /// come back) and returns true, so that the caller runs its work again; else returns false.
    func reconnectIfLost(_ connection: PostgresConnection, after error: any Error) throws -> Bool {
        guard Self.isLost(connection, error) else { return false }
        try? connection.close().wait()
        // One thread connects again; the others, having lost the same connection, wait for it and go on.
        reconnecting.lock()
        defer { reconnecting.unlock() }
        if self.connection !== connection { return true }
        notice("\(location): the connection was lost (\(Self.reason(error))); connecting again")
        do {
            let fresh = try Self.connect(configuration, logger: logger, for: Self.patience)
            current.withLock { $0 = fresh.connection }
            notice("\(location): connected again after \(fresh.attempts) attempt(s); the interrupted work is done again from its start")
            return true
        } catch {
            throw EntenteError(.database, file: location, line: nil,
                               "the connection was lost and the server did not come back within \(Self.patience): \(Self.reason(error))")
        }
    }

    /// A short reason for messages: the server's own words when it gave any.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return String(describing: error)
    }

    func close() {
        let connection = self.connection
        guard !connection.isClosed else { return }
        try? connection.close().wait()
    }

    deinit { close() }
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
