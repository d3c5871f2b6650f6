import EntenteCore
import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What an attacker tries on a dashboard exposed to colleagues: injection in every filter, traversal in
/// every path, script in every text, and error bodies that would tell them about the machine.
@Suite("Server hardening: injection, traversal, escaping, error bodies")
struct HardeningTests {
    static let injections = [
        "' OR '1'='1", "1; DROP TABLE events; --", "\" OR 1=1 --", "RUS' UNION SELECT id, text FROM articles --",
        "1)) OR ((1=1", "%' --", "\\", "*", "NULL", "1e309", "-1", "99999999999999999999", "RUS\u{0}KOR", "'; SELECT pg_sleep(10); --",
    ]

    /// Every filter of the event routes, and the routes that take them.
    static let filterRoutes = ["/api/events", "/events", "/api/dyads", "/api/dyads/RUS/KOR/series"]
    static let filters = ["actor", "country", "dyad", "code", "root", "quad", "modality", "speaker", "from", "to", "text", "conditional"]

    static func encoded(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }

    /// Words that would tell an attacker about the machine or the code: paths, source files, traces.
    static let revealing = ["/work/", "/root/", "/home/", "/tmp/", "/var/", ".swift", "Sources/", "Fatal error", "backtrace", "Stack trace",
                            "0x0000", "Error Domain", "NSCocoaErrorDomain", "EntenteCore.", "Hummingbird.", "NIOCore.", "root:x:0"]

    /// Checks `body` for revealing words, except those of the request itself, which a message may quote.
    static func expectNothingRevealed(_ body: String, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let request = (context.removingPercentEncoding ?? context).replacingOccurrences(of: "\\", with: "/")
        for word in revealing where !request.contains(word) {
            #expect(!body.contains(word), "\(context) reveals '\(word)': \(body.prefix(300))", sourceLocation: sourceLocation)
        }
    }

    /// On every store: the memory reference, and the SQL the attempts would be aimed at (SQLite, PostgreSQL).
    @Test(arguments: [Backing.memory, .sqlite])
    func sqlInjectionInEveryFilterIsAPlainValue(_ backing: Backing) async throws { try await sqlInjectionInEveryFilterIsAPlainValue(on: backing) }
    @Test(.needsPostgres) func sqlInjectionInEveryFilterIsAPlainValueOnPostgreSQL() async throws { try await sqlInjectionInEveryFilterIsAPlainValue(on: .postgres) }
    func sqlInjectionInEveryFilterIsAPlainValue(on backing: Backing) async throws {
        let store = try await Server.store(backing)
        let before = try await store.events(matching: EventFilter(), after: nil, limit: 500).events.map(\.id)
        let app = try ServerApplication.build(store: store, configuration: ServerConfiguration(port: 0))
        try await app.test(.router) { client in
            for route in Self.filterRoutes {
                for name in Self.filters + (route.hasSuffix("events") ? ["limit", "cursor"] : route.hasSuffix("series") ? ["by"] : []) {
                    for value in Self.injections {
                        let uri = "\(route)?\(name)=\(Self.encoded(value))"
                        try await client.execute(uri: uri, method: .get) { response in
                            #expect(response.status.code < 500, "\(uri): \(response.status)")
                            let body = String(buffer: response.body)
                            Self.expectNothingRevealed(body, uri)
                            // A NUL is refused (SQLite would cut the value short there). A free-text filter takes
                            // any other attempt as the words to look for, and finds nothing; a filter whose rule is a
                            // code refuses it (400) or, where it fits the rule ("NULL" as an actor), finds nothing.
                            if value.contains("\u{0}") {
                                #expect(response.status == .badRequest, "\(uri)")
                            } else if route == "/api/events", ["speaker", "text"].contains(name) || response.status == .ok {
                                let events = try Server.json(response)["events"] as? [Any]
                                #expect(response.status == .ok && events?.isEmpty == true, "\(uri)")
                            } else if route.hasPrefix("/api/") {
                                #expect(response.status == .badRequest || response.status == .ok, "\(uri)")
                            }
                        }
                    }
                }
            }
            for value in Self.injections {
                for uri in ["/api/articles/\(Self.encoded(value))", "/articles/\(Self.encoded(value))", "/dyads/\(Self.encoded(value))/KOR",
                            "/api/dyads/RUS/\(Self.encoded(value))/series"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect((400..<500).contains(response.status.code), "\(uri): \(response.status)")
                    }
                }
            }
        }
        let after = try await store.events(matching: EventFilter(), after: nil, limit: 500).events.map(\.id)
        #expect(!before.isEmpty && after == before, "no attempt changed the store")
    }

    @Test func pathTraversalOnEveryRouteFindsNothing() async throws {
        let attempts = [
            "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2F..%2F..%2Fetc%2Fpasswd", "/..\\..\\etc\\passwd",
            "/articles/../../../etc/passwd", "/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/articles/%2e%2e%2f%2e%2e%2fPackage.swift",
            "/api/articles/..%2F..%2FPackage.swift", "/api/articles/../../../etc/passwd", "/dyads/..%2F..%2Fetc/passwd",
            "/dyads/../../etc/passwd", "/api/dyads/..%2F../etc/passwd/series", "/openapi.json/../../Package.swift",
            "/openapi.json%00.txt", "/Package.swift", "/.git/config", "/Resources/openapi.json", "/demo-articles.jsonl",
            "/Sources/EntenteServer/Resources/demo-articles.jsonl", "/Dictionaries/actors/roles.txt", "//etc/passwd",
            "/events/..%2f..%2f..%2fetc%2fpasswd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        ]
        try await Server.app().test(.router) { client in
            for uri in attempts {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect((400..<500).contains(response.status.code), "\(uri): \(response.status)")
                    let body = String(buffer: response.body)
                    Self.expectNothingRevealed(body, uri)
                    #expect(!body.contains("[core]") && !body.contains("swift-tools-version") && !body.contains("GOVMIL"), "\(uri) served a file")
                }
            }
        }
    }

    @Test func htmlAndScriptAreEscapedOnEveryPage() async throws {
        let id = "x<script>alert(1)</script>"
        let article = #"{"id": "x<script>alert(1)</script>", "date": "2025-01-02", "title": "<script>alert(2)</script><img src=x onerror=alert(3)>", "text": "Seoul condemned Pyongyang on Monday. \"<script>alert(4)</script>\" said the South Korean foreign minister, <b onmouseover=\"alert(5)\">."}"#
        try await Server.app().test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: article)) { #expect($0.status == .created) }
            let pages = [
                "/", "/events", "/events?limit=500", "/events?text=\(Self.encoded("<script>alert(6)</script>"))",
                "/events?speaker=\(Self.encoded("\"><script>alert(7)</script>"))", "/articles", "/articles/\(Self.encoded(id))", "/dyads/KOR/PRK", "/network", "/countries/KOR", "/countries/PRK",
                "/no-such-page/\(Self.encoded("<script>alert(8)</script>"))", "/dyads/\(Self.encoded("<script>"))/KOR",
                "/articles/\(Self.encoded("<script>alert(9)</script>"))", "/events?quad=\(Self.encoded("<script>alert(10)</script>"))",
            ]
            var sawArticle = false
            for uri in pages {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(response.status.code < 500, "\(uri)")
                    #expect(!html.lowercased().contains("<script>alert"), "\(uri) carries a live script")
                    #expect(!html.contains("<img src=x") && !html.contains("<b onmouseover"), "\(uri) carries live markup")
                    #expect(!html.contains("\"><script>"), "\(uri) breaks out of an attribute")
                    if html.contains("&lt;script&gt;alert(4)") { sawArticle = true }
                }
            }
            #expect(sawArticle, "the article's text was shown, escaped")
        }
    }

    @Test func errorBodiesCarryNoStackTracesOrPaths() async throws {
        try await Server.app(bodyLimit: 1000).test(.router) { client in
            let requests: [(String, HTTPRequest.Method, String?)] = [
                ("/api/articles", .post, "{not json"), ("/api/articles", .post, String(repeating: "x", count: 5000)),
                ("/api/articles", .post, #"{"id": "a", "date": "2025-02-30", "text": "x"}"#), ("/api/articles", .post, "[1, 2]"),
                ("/api/events?limit=0", .get, nil), ("/api/events?nope=1", .get, nil), ("/api/events?cursor=%FF%FE", .get, nil),
                ("/api/events", .delete, nil), ("/no/such/route", .get, nil), ("/api/no-such-endpoint", .get, nil),
                ("/events?from=yesterday", .get, nil), ("/api/dyads/RUS/R%01S/series", .get, nil), ("/articles/none", .get, nil),
            ]
            for (uri, method, body) in requests {
                try await client.execute(uri: uri, method: method, body: body.map { ByteBuffer(string: $0) }) { response in
                    #expect((400..<500).contains(response.status.code), "\(method) \(uri): \(response.status)")
                    Self.expectNothingRevealed(String(buffer: response.body), "\(method) \(uri)")
                }
            }
        }
    }

    @Test func anInternalErrorSaysSoAndNothingMore() async throws {
        let app = try ServerApplication.build(store: FailingStore(), configuration: ServerConfiguration(port: 0))
        try await app.test(.router) { client in
            for uri in ["/", "/network", "/countries/RUS", "/events", "/articles", "/articles/a", "/dyads/RUS/KOR", "/api/events", "/api/dyads",
                        "/api/dyads/RUS/KOR/series", "/api/actors", "/api/map", "/api/network", "/api/countries/RUS", "/api/changes",
                        "/api/articles", "/api/articles/a"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .internalServerError, "\(uri)")
                    let body = String(buffer: response.body)
                    #expect(body.contains("internal error"), "\(uri)")
                    Self.expectNothingRevealed(body, uri)
                    #expect(!body.contains("secret"), "\(uri)")
                }
            }
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: #"{"id": "a", "text": "x"}"#)) { response in
                #expect(response.status == .internalServerError && !String(buffer: response.body).contains("secret"))
            }
        }
    }
}

/// A store whose every call fails with an error full of paths, as a broken database file would.
struct FailingStore: RelationsStore {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "/var/lib/entente/secret.db: disk I/O error at Sources/EntenteServer/Store/SQLiteStore.swift:42" }
    }

    func events(matching filter: EventFilter, after cursor: EventCursor?, limit: Int) async throws -> EventPage { throw Failure() }
    func dyadSeries(_ dyad: Dyad, by granularity: Granularity, filter: EventFilter) async throws -> DyadSeries { throw Failure() }
    func dyads(filter: EventFilter) async throws -> [DyadSummary] { throw Failure() }
    func relationFacts() async throws -> [RelationFact] { throw Failure() }
    func actors() async throws -> [ActorSummary] { throw Failure() }
    func articles(limit: Int, in period: DashboardPeriod) async throws -> [ArticleSummary] { throw Failure() }
    func article(id: String) async throws -> StoredArticle? { throw Failure() }
    func generation() async throws -> String { throw Failure() }
    func add(_ articles: [Article]) async throws -> [ArticleSummary] { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: "/var/lib/entente/secret.db"]) }
}
