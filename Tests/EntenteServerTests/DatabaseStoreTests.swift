import EntenteCore
import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The server over SQLite and PostgreSQL answers as over memory, the reference: same bodies for the same requests.
@Suite struct DatabaseStoreTests {
    /// Requests whose answers must be byte for byte the same on both stores (no date ranges: see
    /// `EventFilter.storeFilter` for where SQL compares dates otherwise).
    static let sameAnswers = [
        "/api/events?limit=500", "/api/events?limit=5", "/api/events?dyad=RUS-KOR&quad=4", "/api/events?actor=RUS&limit=500",
        "/api/events?country=PRK", "/api/events?code=16", "/api/events?root=11", "/api/events?modality=negated",
        "/api/events?speaker=RUS", "/api/events?text=sanctions", "/api/events?conditional=true", "/api/events?conditional=false&limit=500",
        "/api/dyads/RUS/KOR/series?by=month", "/api/dyads/KOR/RUS/series?by=year", "/api/dyads/USA/CHN/series?by=day",
        "/api/dyads", "/api/dyads?quad=4", "/api/actors", "/api/articles", "/api/articles?limit=3",
        "/api/articles/demo-2024-06-putin-warning", "/api/articles/demo-2022-02-kor-sanctions", "/api/articles?from=2024&to=2024-10",
        "/api/articles?from=2025-05-12", "/api/map", "/api/map?country=RUS", "/api/map?from=2024", "/api/network?top=10",
        "/api/countries/RUS", "/api/countries/KOR?from=2024", "/api/changes", "/api/changes?to=2024-10-31",
    ]

    static func bodies(_ backing: Backing, _ uris: [String]) async throws -> [String] {
        try await Server.app(backing).test(.router) { client in
            var out: [String] = []
            for uri in uris {
                out.append(try await client.execute(uri: uri, method: .get) { "\($0.status.code) " + String(buffer: $0.body) })
            }
            return out
        }
    }

    @Test(arguments: [Backing.sqlite]) func databaseAnswersAsMemoryDoes(_ backing: Backing) async throws { try await databaseAnswersAsMemoryDoes(on: backing) }
    @Test(.needsPostgres) func databaseAnswersAsMemoryDoesOnPostgreSQL() async throws { try await databaseAnswersAsMemoryDoes(on: .postgres) }
    func databaseAnswersAsMemoryDoes(on backing: Backing) async throws {
        let memory = try await Self.bodies(.memory, Self.sameAnswers)
        let database = try await Self.bodies(backing, Self.sameAnswers)
        for (uri, (m, s)) in zip(Self.sameAnswers, zip(memory, database)) {
            #expect(m == s, "\(uri)")
            #expect(m.hasPrefix("200 "), "\(uri)")
        }
    }

    @Test func cursorPagesOfSQLiteFollowTheSameOrder() async throws {
        try await Server.app(.sqlite).test(.router) { client in
            var uri = "/api/events?limit=3&actor=KOR"
            var pages: [[String]] = []
            while true {
                let page = try await client.execute(uri: uri, method: .get) { try Server.json($0) }
                pages.append((page["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
                guard let cursor = page["next_cursor"] as? String else { break }
                uri = "/api/events?limit=3&actor=KOR&cursor=\(cursor)"
            }
            let all = try await client.execute(uri: "/api/events?limit=500&actor=KOR", method: .get) {
                (try Server.json($0)["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            }
            #expect(pages.count > 2)
            #expect(pages.flatMap { $0 } == all)
            #expect(pages.dropLast().allSatisfy { $0.count == 3 })
        }
    }

    @Test func pagesRenderFromSQLite() async throws {
        try await Server.app(.sqlite).test(.router) { client in
            for uri in ["/", "/network?top=10", "/countries/RUS?from=2023", "/dyads/RUS/KOR?by=month", "/events?dyad=RUS-KOR", "/articles/demo-2024-06-putin-warning"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(String(buffer: response.body).contains("<html"), "\(uri)")
                }
            }
            try await client.execute(uri: "/articles/demo-2024-06-putin-warning", method: .get) { response in
                #expect(String(buffer: response.body).contains("<mark"))
            }
        }
    }

    @Test func postedArticlesPersistInTheFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-server-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let article = #"{"id": "persist-1", "date": "2025-06-01", "text": "Seoul imposed sanctions on Moscow."}"#
        try await ServerApplication.build(store: try DatabaseStore(location: path, coder: Server.coder), configuration: ServerConfiguration(port: 0))
            .test(.router) { client in
                try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: article)) { #expect($0.status == .created) }
            }
        // A new store on the same file: what was posted is there, and posting it again is refused.
        try await ServerApplication.build(store: try DatabaseStore(location: path, coder: Server.coder), configuration: ServerConfiguration(port: 0))
            .test(.router) { client in
                try await client.execute(uri: "/api/events?dyad=KOR-RUS&code=16", method: .get) { response in
                    let events = try Server.json(response)["events"] as? [[String: Any]] ?? []
                    #expect(events.map { $0["id"] as? String } == ["persist-1#1"])
                }
                try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: article)) { #expect($0.status == .conflict) }
                try await client.execute(uri: "/api/articles/persist-1", method: .get) { response in
                    #expect(String(buffer: response.body).contains("Seoul imposed sanctions on Moscow."))
                }
            }
    }

    /// The server's PostgreSQL restarted under it: the requests that follow, sixteen at once, all answer as
    /// before (one of them connects again, the others wait for it).
    @Test(.needsRestartablePostgres) func postgresRestartIsRiddenByConcurrentRequests() async throws {
        let (server, restart) = try #require(PostgresTestDatabase.restartable, "\(PostgresTestDatabase.restartableMissing)")
        let database = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(database, server: server) }
        let store = try DatabaseStore(location: database, coder: Server.coder)
        defer { store.close() }
        _ = try await store.add(try DemoArticles.load())
        let before = try await store.events(matching: EventFilter(), after: nil, limit: 500).events.map(\.id)
        #expect(PostgresTestDatabase.restart(restart) == 0)
        let answers = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<16 { group.addTask { try await store.events(matching: EventFilter(), after: nil, limit: 500).events.map(\.id) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(!before.isEmpty && answers.count == 16 && answers.allSatisfy { $0 == before })
    }

    /// The whole store's dyads and actors are kept between requests, and a posted article that adds mentions
    /// shows at once: the answers after it equal those of a store that had the article from the start.
    @Test(arguments: [Backing.sqlite]) func keptSummariesFollowWhatIsAdded(_ backing: Backing) async throws { try await keptSummariesFollowWhatIsAdded(on: backing) }
    @Test(.needsPostgres) func keptSummariesFollowWhatIsAddedOnPostgreSQL() async throws { try await keptSummariesFollowWhatIsAdded(on: .postgres) }
    func keptSummariesFollowWhatIsAdded(on backing: Backing) async throws {
        let article = #"{"id": "kept-1", "date": "2025-06-01", "text": "Brazil criticized Argentina over the border."}"#
        let uris = ["/api/dyads", "/api/actors", "/", "/api/map", "/api/countries/ARG"]
        let store = try await Server.store(backing)
        let after = try await ServerApplication.build(store: store, configuration: ServerConfiguration(port: 0)).test(.router) { client in
            var before: [String] = []
            for uri in uris { before.append(try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }) }
            #expect(!before[1].contains("\"ARG\""), "no Argentina before")
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: article)) { #expect($0.status == .created) }
            var after: [String] = []
            for uri in uris { after.append(try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }) }
            #expect(after[1].contains("\"ARG\"") && after != before)
            return after
        }
        let memory = try Server.demoStore()
        _ = try await memory.add([try ArticleParser.parseJSONLine(Substring(article), file: "test", line: 1)])
        let reference = try await ServerApplication.build(store: memory, configuration: ServerConfiguration(port: 0)).test(.router) { client in
            var out: [String] = []
            for uri in uris { out.append(try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }) }
            return out
        }
        #expect(after == reference)
    }
}
