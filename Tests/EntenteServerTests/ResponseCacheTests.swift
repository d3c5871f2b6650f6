import EntenteCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EntenteServer

/// Reads are answered from the kept answers while the store's generation stays, and never after it moved:
/// a write through the server, or by another process into the same database.
@Suite struct ResponseCacheTests {
    @Test func aReadAskedAgainIsTheSameAnswerAndItsTagSaysNotModified() async throws {
        try await Server.app().test(.router) { client in
            let first = try await client.execute(uri: "/api/articles", method: .get) { ($0.status, $0.headers[.eTag] ?? "", String(buffer: $0.body)) }
            #expect(first.0 == .ok && first.1.contains(".m"))
            let again = try await client.execute(uri: "/api/articles", method: .get) { ($0.headers[.eTag] ?? "", String(buffer: $0.body)) }
            #expect(again.0 == first.1 && again.1 == first.2)
            try await client.execute(uri: "/api/articles", method: .get, headers: [.ifNoneMatch: first.1]) { response in
                #expect(response.status == .notModified && response.body.readableBytes == 0)
            }
            let article = #"{"id": "cache-1", "date": "2025-06-01", "text": "Brazil criticized Argentina over the border."}"#
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: article)) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/articles", method: .get, headers: [.ifNoneMatch: first.1]) { response in
                let tag = response.headers[.eTag] ?? ""
                #expect(response.status == .ok && tag != first.1 && String(buffer: response.body).contains("cache-1"))
            }
        }
    }

    @Test func keptAnswersStayWithinTheirBoundsAndOtherGenerationsGoFirst() {
        let cache = ResponseCache(capacity: 2, byteCapacity: 1 << 20)
        let response = Response(status: .ok)
        cache.keep(response, body: ByteBuffer(string: "a"), for: "GET /a", generation: "g1")
        cache.keep(response, body: ByteBuffer(string: "b"), for: "GET /b", generation: "g2")
        cache.keep(response, body: ByteBuffer(string: "c"), for: "GET /c", generation: "g2")
        #expect(cache.count == 2 && cache.response(for: "GET /a", generation: "g1") == nil)
        #expect(cache.response(for: "GET /b", generation: "g2") != nil && cache.response(for: "GET /b", generation: "g3") == nil)
        let small = ResponseCache(capacity: 10, byteCapacity: 4)
        small.keep(response, body: ByteBuffer(string: "abc"), for: "GET /a", generation: "g")
        small.keep(response, body: ByteBuffer(string: "de"), for: "GET /b", generation: "g")
        #expect(small.count == 1 && small.response(for: "GET /b", generation: "g") != nil)
    }

    @Test func aWriteByAnotherProcessShowsOnSQLite() async throws {
        let location = FileManager.default.temporaryDirectory.appendingPathComponent("entente-cache-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: location) }
        try await aWriteByAnotherProcessShows(at: location, watched: false)
    }

    @Test(.needsPostgres) func aWriteByAnotherProcessShowsOnPostgreSQL() async throws {
        let server = try #require(PostgresTestDatabase.server)
        let database = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(database, server: server) }
        try await aWriteByAnotherProcessShows(at: database, watched: true)
    }

    /// While PostgreSQL restarts, the watch's connection is lost: the server reads the generation row
    /// until it listens again, and a write made after the restart shows either way.
    @Test(.needsRestartablePostgres) func aWriteAfterAPostgreSQLRestartShows() async throws {
        let (server, restart) = try #require(PostgresTestDatabase.restartable, "\(PostgresTestDatabase.restartableMissing)")
        let database = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(database, server: server) }
        try await aWriteByAnotherProcessShows(at: database, watched: true) { #expect(PostgresTestDatabase.restart(restart) == 0) }
    }

    /// A second store on the same database stands for another process (`entente ingest`, another server),
    /// writing after `meanwhile` (a restart of the server, say).
    func aWriteByAnotherProcessShows(at location: String, watched: Bool, meanwhile: @escaping @Sendable () -> Void = {}) async throws {
        let store = try DatabaseStore(location: location, coder: Server.coder)
        defer { store.close() }
        _ = try await store.add(try DemoArticles.load())
        try await ServerApplication.build(store: store, configuration: ServerConfiguration(port: 0)).test(.router) { client in
            /// The articles with their tag, asked until `done` holds (at most 10 s).
            func read(until done: (String, String) -> Bool) async throws -> (tag: String, body: String) {
                var answer = ("", "")
                for _ in 0..<100 {
                    answer = try await client.execute(uri: "/api/articles?limit=500", method: .get) { ($0.headers[.eTag] ?? "", String(buffer: $0.body)) }
                    if done(answer.0, answer.1) { break }
                    try await Task.sleep(for: .milliseconds(100))
                }
                return answer
            }
            // Over PostgreSQL, the server's watch listens within moments; from then on it asks the database nothing.
            let before = try await read { tag, _ in !watched || tag.contains(".w") }
            #expect(before.tag.contains(watched ? ".w" : ".r") && !before.body.contains("other-1"))
            meanwhile()
            let other = try DatabaseStore(location: location, coder: Server.coder)
            _ = try await other.add([Article(id: "other-1", date: SimpleDate(iso: "2025-06-02"), title: nil, text: "Chile praised Peru for the deal.")])
            other.close()
            // The commit is heard moments after it (PostgreSQL's NOTIFY), also by a watch that had to listen
            // again; SQLite's generation row is read each time.
            let after = try await read { tag, body in body.contains("other-1") && (!watched || tag.contains(".w")) }
            #expect(after.body.contains("other-1") && after.tag != before.tag && (!watched || after.tag.contains(".w")))
        }
    }
}
