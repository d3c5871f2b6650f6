import EntenteCore
import Foundation
@testable import EntenteStore

/// Fresh PostgreSQL databases on the test server (`ENTENTE_TEST_POSTGRES`), one per test, so that tests
/// running at once never see each other's rows. Shared by the store and server tests (a symbolic link).
enum PostgresTestDatabase {
    /// The server the tests may use, if any.
    static let server = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let missing = "skipped: ENTENTE_TEST_POSTGRES is not set (.ci/run starts a server and sets it)"

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
