import EntenteCore
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The shared backend: one PostgreSQL connection (postgres-nio) that several ingest processes, on several
/// machines, can feed at once.
struct PostgresDatabase: SQLDatabase {
    let owner: ConnectionOwner
    var connection: PostgresConnection { owner.connection }
    let location: String
    let logger: Logger
    var dialect: SQLDialect { .postgres }

    /// Connects to `url` (`postgres://user:password@host:port/database`).
    init(url: String) throws(EntenteError) {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let user = components.user, !user.isEmpty else {
            throw EntenteError(.database, file: url, line: nil, "expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        let port = components.port ?? 5432
        location = "postgres://\(user)@\(host):\(port)/\(database)"   // no password in messages
        var logger = Logger(label: "entente.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let configuration = PostgresConnection.Configuration(
            host: host, port: port,
            username: user, password: components.password, database: database.isEmpty ? user : database, tls: .disable)
        do {
            owner = ConnectionOwner(try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                        id: 1, logger: logger).wait())
        } catch {
            throw EntenteError(.database, file: location, line: nil, "cannot connect: \(String(reflecting: error))")
        }
    }

    /// SQLSTATEs after which a transaction is run again: deadlock detected, serialization failure.
    static let retryable: Set<String> = ["40P01", "40001"]

    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        let session = PostgresSession(connection: connection, logger: logger)
        var attempt = 0
        while true {
            attempt += 1
            try session.execute("BEGIN")
            do {
                let result = try body(session)
                try session.execute("COMMIT")
                return result
            } catch {
                try? session.execute("ROLLBACK")
                if let code = (error as? PSQLError)?.serverInfo?[.sqlState], Self.retryable.contains(code), attempt < 10 { continue }
                throw error
            }
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try body(PostgresSession(connection: connection, logger: logger))
    }

    func close() { owner.close() }
}

/// Owns the connection and closes it once, when asked or at the latest when the last copy of the store goes.
final class ConnectionOwner: Sendable {
    let connection: PostgresConnection

    init(_ connection: PostgresConnection) { self.connection = connection }

    func close() {
        guard !connection.isClosed else { return }
        try? connection.close().wait()
    }

    deinit { close() }
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
        return try connection.query(PostgresQuery(unsafeSQL: Self.numbered(sql), binds: binds), logger: logger).wait()
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
