import EntenteCore
import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct EventAPITests {
    @Test(arguments: [Backing.memory, .sqlite]) func filtersByDyadAndQuadClass(_ backing: Backing) async throws { try await filtersByDyadAndQuadClass(on: backing) }
    @Test(.needsPostgres) func filtersByDyadAndQuadClassOnPostgreSQL() async throws { try await filtersByDyadAndQuadClass(on: .postgres) }
    func filtersByDyadAndQuadClass(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/events?dyad=KOR-RUS&quad=4&limit=500", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let events = try #require(try Server.json(response)["events"] as? [[String: Any]])
                #expect(!events.isEmpty)
                for event in events {
                    #expect(event["quad_class"] as? Int == 4)
                    let countries = [(event["source"] as? [String: Any])?["country"] as? String, (event["target"] as? [String: Any])?["country"] as? String]
                    #expect(Set(countries.compactMap { $0 }) == ["KOR", "RUS"])
                }
                // The seed story's sanctions are in the demo too, in our own words.
                #expect(events.contains { $0["code"] as? String == "163" && ($0["evidence"] as? String ?? "").contains("imposed sanctions on Russia") })
            }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite])
    func eventObjectsAreTheCodeContractWithAnIDInFront(_ backing: Backing) async throws { try await eventObjectsAreTheCodeContractWithAnIDInFront(on: backing) }
    @Test(.needsPostgres) func eventObjectsAreTheCodeContractWithAnIDInFrontOnPostgreSQL() async throws { try await eventObjectsAreTheCodeContractWithAnIDInFront(on: .postgres) }
    func eventObjectsAreTheCodeContractWithAnIDInFront(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/events?limit=1", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.hasPrefix("{\"events\":[{\"id\":\""))
                let event = try #require((try Server.json(response)["events"] as? [[String: Any]])?.first)
                for field in ["article", "sentence", "span", "source", "target", "code", "root", "quad_class", "goldstein", "plover",
                              "modality", "date", "speaker", "condition", "evidence", "pattern", "article_date"] {
                    #expect(event.keys.contains(field), "missing \(field)")
                }
            }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite]) func cursorPagesThroughEveryEventOnce(_ backing: Backing) async throws { try await cursorPagesThroughEveryEventOnce(on: backing) }
    @Test(.needsPostgres) func cursorPagesThroughEveryEventOnceOnPostgreSQL() async throws { try await cursorPagesThroughEveryEventOnce(on: .postgres) }
    func cursorPagesThroughEveryEventOnce(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            let all = try await client.execute(uri: "/api/events?limit=500", method: .get) { try Server.json($0)["events"] as? [[String: Any]] ?? [] }
            var seen: [String] = []
            var uri = "/api/events?limit=7"
            while true {
                let page = try await client.execute(uri: uri, method: .get) { try Server.json($0) }
                seen += (page["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                guard let cursor = page["next_cursor"] as? String else { break }
                uri = "/api/events?limit=7&cursor=\(cursor)"
            }
            #expect(seen.count > 7)
            #expect(seen == all.compactMap { $0["id"] as? String })
            #expect(Set(seen).count == seen.count)
        }
    }

    @Test(arguments: [Backing.memory, .sqlite])
    func filtersBySpeakerModalityTextAndDates(_ backing: Backing) async throws { try await filtersBySpeakerModalityTextAndDates(on: backing) }
    @Test(.needsPostgres) func filtersBySpeakerModalityTextAndDatesOnPostgreSQL() async throws { try await filtersBySpeakerModalityTextAndDates(on: .postgres) }
    func filtersBySpeakerModalityTextAndDates(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            let ids = { (query: String) async throws -> [[String: Any]] in
                try await client.execute(uri: "/api/events?limit=500&" + query, method: .get) { response in
                    #expect(response.status == .ok, "\(query)")
                    return try Server.json(response)["events"] as? [[String: Any]] ?? []
                }
            }
            let negated = try await ids("modality=negated")
            #expect(!negated.isEmpty && negated.allSatisfy { $0["modality"] as? String == "negated" })
            let putin = try await ids("speaker=putin")
            #expect(!putin.isEmpty && putin.allSatisfy { (($0["speaker"] as? [String: Any])?["text"] as? String)?.lowercased().contains("putin") == true })
            let redLine = try await ids("text=red+line")
            #expect(!redLine.isEmpty && redLine.allSatisfy { ($0["evidence"] as? String ?? "").contains("red line") })
            let in2023 = try await ids("from=2023&to=2023-12-31")
            #expect(!in2023.isEmpty && in2023.allSatisfy { ($0["date"] as? String ?? "").hasPrefix("2023") })
            let conditional = try await ids("conditional=true&country=RUS")
            #expect(!conditional.isEmpty && conditional.allSatisfy { $0["condition"] is [String: Any] })
            let root = try await ids("root=16&actor=KOR")
            #expect(!root.isEmpty && root.allSatisfy { $0["root"] as? String == "16" })
        }
    }

    @Test(arguments: [
        ("quad=5", "'quad'"), ("modality=maybe", "'modality'"), ("from=2024-13", "'from'"), ("dyad=RUSKOR", "'dyad'"),
        ("country=Russia", "'country'"), ("code=abc", "'code'"), ("limit=0", "'limit'"), ("limit=x", "'limit'"),
        ("cursor=%%%", "percent-encoding"), ("cursor=bm90IGEgY3Vyc29y", "cursor"), ("colour=red", "unknown parameter 'colour'"),
        ("root=1", "'root'"), ("quad=1&quad=2", "twice"), ("conditional=maybe", "'conditional'"),
    ])
    func badQueriesGet400WithAMessage(query: String, mentions: String) async throws {
        try await Server.app().test(.router) { client in
            try await client.execute(uri: "/api/events?" + query, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(Server.errorMessage(response).contains(mentions))
            }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite]) func unknownEndpointGets404JSON(_ backing: Backing) async throws { try await unknownEndpointGets404JSON(on: backing) }
    @Test(.needsPostgres) func unknownEndpointGets404JSONOnPostgreSQL() async throws { try await unknownEndpointGets404JSON(on: .postgres) }
    func unknownEndpointGets404JSON(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Server.errorMessage(response).contains("/api/nothing"))
            }
        }
    }
}
