import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct ArticleAPITests {
    static let article = #"{"id": "test-1", "date": "2025-03-10", "title": "Test", "text": "South Korea imposed sanctions on Russia on Monday, the foreign ministry said."}"#

    @Test(arguments: [Backing.memory, .sqlite])
    func articleComesWithEventsWhoseSpansPointAtTheirEvidence(_ backing: Backing) async throws { try await articleComesWithEventsWhoseSpansPointAtTheirEvidence(on: backing) }
    @Test(.needsPostgres)
    func articleComesWithEventsWhoseSpansPointAtTheirEvidenceOnPostgreSQL() async throws { try await articleComesWithEventsWhoseSpansPointAtTheirEvidence(on: .postgres) }
    func articleComesWithEventsWhoseSpansPointAtTheirEvidence(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/articles/demo-2025-01-ambassador", method: .get) { response in
                #expect(response.status == .ok)
                let article = try Server.json(response)
                let text = Array(try #require(article["text"] as? String).unicodeScalars)
                let events = try #require(article["events"] as? [[String: Any]])
                #expect(events.count >= 2)
                for event in events {
                    let span = try #require(event["span"] as? [Int])
                    var evidence = String.UnicodeScalarView()
                    evidence.append(contentsOf: text[span[0]..<span[1]])
                    #expect(String(evidence) == event["evidence"] as? String)
                }
            }
            try await client.execute(uri: "/api/articles", method: .get) { response in
                let list = try #require(try Server.json(response)["articles"] as? [[String: Any]])
                #expect(list.count == 14)
                let dates = list.compactMap { $0["date"] as? String }
                #expect(dates == dates.sorted(by: >))
            }
            try await client.execute(uri: "/api/articles/none", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Server.errorMessage(response).contains("'none'"))
            }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite])
    func postedArticleIsCodedStoredAndQueryable(_ backing: Backing) async throws { try await postedArticleIsCodedStoredAndQueryable(on: backing) }
    @Test(.needsPostgres) func postedArticleIsCodedStoredAndQueryableOnPostgreSQL() async throws { try await postedArticleIsCodedStoredAndQueryable(on: .postgres) }
    func postedArticleIsCodedStoredAndQueryable(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: Self.article)) { response in
                #expect(response.status == .created)
                let added = try #require(try Server.json(response)["articles"] as? [[String: Any]])
                #expect(added.first?["id"] as? String == "test-1")
                #expect(added.first?["events"] as? Int == 1)
            }
            try await client.execute(uri: "/api/events?text=foreign+ministry+said&from=2025-03", method: .get) { response in
                let events = try Server.json(response)["events"] as? [[String: Any]] ?? []
                #expect(events.map { $0["id"] as? String } == ["test-1#1"])
            }
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: Self.article)) { response in
                #expect(response.status == .conflict)
                #expect(Server.errorMessage(response).contains("test-1"))
            }
        }
    }

    @Test func postTakesJSONLines() async throws {
        let lines = #"{"id": "a", "date": "2025-01-01", "text": "Japan met China."}"# + "\n" + #"{"id": "b", "text": "Seoul condemned Pyongyang."}"# + "\n"
        try await Server.app().test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: lines)) { response in
                #expect(response.status == .created)
                let added = try #require(try Server.json(response)["articles"] as? [[String: Any]])
                #expect(added.compactMap { $0["id"] as? String } == ["a", "b"])
            }
        }
    }

    @Test(arguments: [
        ("{\"id\": \"x\", \"text\": ", "malformed"), ("[1, 2]", "item 1: expected an article object"), ("{\"text\": \"Seoul met Tokyo.\"}", "\"id\""),
        ("{\"id\": \"x\"}", "\"text\""), ("{\"id\": \"x\", \"text\": \"a\", \"date\": \"soon\"}", "date"), ("  \n", "empty"),
        ("{\"id\": \"x\", \"text\": \"\"}", "\"text\" must be text of at least one character"),
        ("{\"id\": \"a\\u0001b\", \"text\": \"x\"}", "without control characters"), ("{\"id\": \"..\", \"text\": \"x\"}", "other than . and .."),
        ("{\"id\": \"\(String(repeating: "é", count: 257))\", \"text\": \"x\"}", "1 to 256 characters"), ("{\"id\": 7, \"text\": \"x\"}", "must be a string"),
        ("[]", "no article"), ("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}", "already"),
    ])
    func badArticlesGet4xxWithAMessage(body: String, mentions: String) async throws {
        try await Server.app().test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest || response.status == .conflict)
                #expect(Server.errorMessage(response).contains(mentions), "\(Server.errorMessage(response))")
            }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite]) func invalidUTF8IsRefused(_ backing: Backing) async throws { try await invalidUTF8IsRefused(on: backing) }
    @Test(.needsPostgres) func invalidUTF8IsRefusedOnPostgreSQL() async throws { try await invalidUTF8IsRefused(on: .postgres) }
    func invalidUTF8IsRefused(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(bytes: [0x7b, 0xff, 0xfe, 0x7d])) { response in
                #expect(response.status == .badRequest)
                #expect(Server.errorMessage(response).contains("UTF-8"))
            }
        }
    }

    @Test func bodiesOverTheLimitGet413() async throws {
        let big = #"{"id": "big", "text": ""# + String(repeating: "Seoul met Tokyo. ", count: 100) + #""}"#
        try await Server.app(bodyLimit: 1000).test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: big)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(Server.errorMessage(response).contains("1000 bytes"))
            }
            try await client.execute(uri: "/api/articles/big", method: .get) { #expect($0.status == .notFound) }
        }
    }
}
