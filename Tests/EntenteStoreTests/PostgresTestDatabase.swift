import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// Fresh PostgreSQL databases on the test server (`ENTENTE_TEST_POSTGRES`), one per test, so that tests
/// running at once never see each other's rows. Shared by the store and server tests (a symbolic link).
enum PostgresTestDatabase {
    /// The server the tests may use, if any.
    static let server = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let missing = "ENTENTE_TEST_POSTGRES is not set (.ci/run starts a server and sets it)"

    /// A second server for the restart tests, and the command that restarts it: restarting the first would
    /// disturb every other test using it at the time.
    static let restartable: (server: String, restart: String)? = {
        let environment = ProcessInfo.processInfo.environment
        guard let server = environment["ENTENTE_TEST_POSTGRES_RESTARTABLE"], !server.isEmpty,
              let restart = environment["ENTENTE_TEST_POSTGRES_RESTART"], !restart.isEmpty else { return nil }
        return (server, restart)
    }()
    static let restartableMissing = "ENTENTE_TEST_POSTGRES_RESTARTABLE or ENTENTE_TEST_POSTGRES_RESTART is not set "
        + "(.ci/run starts a second server with '.ci/postgres.sh restartable' and sets both)"

    /// Runs `command` with `system(3)`, its output to `log` (or nowhere); its exit status. Not `Process` and a
    /// pipe: a server the command starts (a PostgreSQL restart) keeps inherited descriptors open, and both
    /// Foundation's wait for the child and a read to the end of the pipe would then never end.
    static func runShell(_ command: String, log: String = "/dev/null") -> Int32 {
        let status = system("(\(command)) >'\(log)' 2>&1 </dev/null")
        return (status >> 8) & 0xFF
    }

    /// Runs the restart command of `restartable`, one restart at a time: tests of several suites restart that
    /// server, and two restarts of one cluster at once make one of them fail.
    static func restart(_ command: String) -> Int32 {
        restarting.withLock { runShell(command) }
    }
    private static let restarting = NSLock()

    /// A new, empty database on `server`; its URL.
    static func create(on server: String) throws -> String {
        let name = "entente_test_" + UUID().uuidString.prefix(8).lowercased()
        let admin = try PostgresDatabase(url: server)
        defer { admin.close() }
        try admin.read { try $0.execute("CREATE DATABASE \(name)") }
        guard var components = URLComponents(string: server) else { throw EntenteError(.database, file: server, line: nil, "bad URL") }
        components.path = "/" + name
        return components.string ?? server
    }

    /// Drops a database `create` made, even while a killed ingest's connection lingers.
    static func drop(_ url: String, server: String) {
        guard let name = URLComponents(string: url)?.path.drop(while: { $0 == "/" }), name.hasPrefix("entente_test_"),
              let admin = try? PostgresDatabase(url: server) else { return }
        defer { admin.close() }
        _ = try? admin.read { try $0.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }
}

extension Trait where Self == ConditionTrait {
    /// A PostgreSQL server for the tests' databases (`ENTENTE_TEST_POSTGRES`).
    static var needsPostgres: Self { Requirements.need(PostgresTestDatabase.server != nil, PostgresTestDatabase.missing) }

    /// A second PostgreSQL server and the command that restarts it (`ENTENTE_TEST_POSTGRES_RESTARTABLE`, `ENTENTE_TEST_POSTGRES_RESTART`).
    static var needsRestartablePostgres: Self {
        Requirements.need(PostgresTestDatabase.restartable != nil, PostgresTestDatabase.restartableMissing)
    }
}
