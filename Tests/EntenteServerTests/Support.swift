import EntenteCore
import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting

/// Fixtures: the project's dictionaries, the demo articles coded once, and apps over fresh stores.
enum Server {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let coder: EventCoder = {
        guard let dictionaries = try? Dictionaries.load(from: root.appendingPathComponent("Dictionaries")) else {
            fatalError("the project's dictionaries do not load")
        }
        return EventCoder(dictionaries: dictionaries)
    }()

    /// Every path of the JSON API, as the OpenAPI document must list them.
    static let apiPaths: Set<String> = [
        "/api/events", "/api/dyads", "/api/dyads/{a}/{b}/series", "/api/actors", "/api/map", "/api/network", "/api/countries/{country}",
        "/api/changes", "/api/articles", "/api/articles/{id}",
    ]

    /// A store holding the demo articles (a new one each call, so writes in one test do not leak into another).
    static func demoStore() throws -> MemoryStore {
        try MemoryStore(coder: coder, articles: try DemoArticles.load())
    }

    /// A store of `backing` holding the demo articles; SQLite ones in a new temporary file each call.
    static func store(_ backing: Backing) async throws -> any RelationsStore {
        switch backing {
        case .memory:
            return try demoStore()
        case .sqlite, .postgres:
            let location: String
            if backing == .sqlite {
                location = FileManager.default.temporaryDirectory.appendingPathComponent("entente-server-\(UUID().uuidString).sqlite").path
            } else {
                guard let server = PostgresTestDatabase.server else { throw TestFailure(PostgresTestDatabase.missing) }
                location = try PostgresTestDatabase.create(on: server)
            }
            let store = try DatabaseStore(location: location, coder: coder)
            _ = try await store.add(try DemoArticles.load())
            return store
        }
    }

    static func app(_ backing: Backing, host: String = "127.0.0.1", token: String? = nil) async throws -> some ApplicationProtocol {
        try ServerApplication.build(store: try await store(backing), configuration: ServerConfiguration(host: host, port: 0, token: token))
    }

    static func app(_ store: MemoryStore? = nil, host: String = "127.0.0.1", token: String? = nil, bodyLimit: Int = 1 << 20) throws -> some ApplicationProtocol {
        try ServerApplication.build(store: store ?? demoStore(), configuration: ServerConfiguration(host: host, port: 0, token: token, bodyLimit: bodyLimit))
    }

    /// A response's body parsed as a JSON object.
    static func json(_ response: TestResponse) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
        guard let dictionary = object as? [String: Any] else { throw TestFailure("expected a JSON object, got \(String(buffer: response.body))") }
        return dictionary
    }

    /// The red-line section of a dyad page: from its heading to the next one.
    static func redLineSection(_ html: String) throws -> Substring {
        guard let start = html.range(of: "<h2 id=\"red-lines\">"), let end = html.range(of: "<h2 id=\"conditions\">"), start.upperBound < end.lowerBound else {
            throw TestFailure("the page has no red-line section")
        }
        return html[start.upperBound..<end.lowerBound]
    }

    /// The message of a JSON error response; empty when the body is not one.
    static func errorMessage(_ response: TestResponse) -> String {
        let error = (try? json(response))?["error"] as? [String: Any]
        return error?["message"] as? String ?? ""
    }
}

/// Which store a test's server reads: the reference in memory, or SQLite or PostgreSQL through `DatabaseStore`.
/// Tests run over `[.memory, .sqlite]` as arguments, and over `.postgres` in a test of their own that
/// needs PostgreSQL (`.needsPostgres`), so that its absence shows as a skip.
enum Backing: String, CaseIterable, Sendable {
    case memory, sqlite, postgres
}

/// A failed expectation about a response's shape.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension ByteBuffer {
    init(json: String) { self.init(string: json) }
}
