import EntenteServer
import Foundation
import HummingbirdTesting
import Testing

@Suite struct DyadAPITests {
    @Test(arguments: [Backing.memory, .sqlite])
    func seriesByMonthCountsAssertedEventsAndListsRedLinesApart(_ backing: Backing) async throws { try await seriesByMonthCountsAssertedEventsAndListsRedLinesApart(on: backing) }
    @Test(.needsPostgres)
    func seriesByMonthCountsAssertedEventsAndListsRedLinesApartOnPostgreSQL() async throws { try await seriesByMonthCountsAssertedEventsAndListsRedLinesApart(on: .postgres) }
    func seriesByMonthCountsAssertedEventsAndListsRedLinesApart(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/dyads/RUS/KOR/series?by=month", method: .get) { response in
                #expect(response.status == .ok)
                let series = try Server.json(response)
                #expect(series["dyad"] as? [String] == ["RUS", "KOR"])
                #expect(series["by"] as? String == "month")
                let points = try #require(series["points"] as? [[String: Any]])
                let periods = points.compactMap { $0["period"] as? String }
                #expect(periods.first == "2022-02")
                #expect(periods == periods.sorted())
                #expect(periods.allSatisfy { $0.count == 7 })
                for point in points {
                    let totals = try #require(point["totals"] as? [String: Any])
                    let quads = try #require(totals["quad_classes"] as? [Int])
                    #expect(quads.reduce(0, +) == totals["events"] as? Int)
                    #expect((point["event_ids"] as? [String])?.count == totals["events"] as? Int)
                }
                let conditions = try #require(series["conditions"] as? [[String: Any]])
                #expect(conditions.contains { $0["red_line"] as? Bool == true })
                #expect(conditions.allSatisfy { (($0["event"] as? [String: Any])?["condition"]) is [String: Any] })
            }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite]) func seriesByYearHasOnePointPerYear(_ backing: Backing) async throws { try await seriesByYearHasOnePointPerYear(on: backing) }
    @Test(.needsPostgres) func seriesByYearHasOnePointPerYearOnPostgreSQL() async throws { try await seriesByYearHasOnePointPerYear(on: .postgres) }
    func seriesByYearHasOnePointPerYear(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            let series = try await client.execute(uri: "/api/dyads/KOR/RUS/series?by=year", method: .get) { try Server.json($0) }
            let periods = (series["points"] as? [[String: Any]] ?? []).compactMap { $0["period"] as? String }
            #expect(periods == ["2022", "2023", "2024", "2025"])
        }
    }

    @Test(arguments: [
        ("/api/dyads/RUS/KOREA/series", "ISO alpha-3"), ("/api/dyads/RUS/K%2FR/series", "'b' must be an ISO alpha-3"),
        ("/api/dyads/RUS/KOR/series?by=week", "'by'"), ("/api/dyads/RUS/KOR/series?from=yesterday", "'from'"),
    ])
    func badSeriesRequestsGet400(uri: String, mentions: String) async throws {
        try await Server.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(Server.errorMessage(response).contains(mentions))
            }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite])
    func dyadsListsEachPairOnceInAlphabeticalOrder(_ backing: Backing) async throws { try await dyadsListsEachPairOnceInAlphabeticalOrder(on: backing) }
    @Test(.needsPostgres) func dyadsListsEachPairOnceInAlphabeticalOrderOnPostgreSQL() async throws { try await dyadsListsEachPairOnceInAlphabeticalOrder(on: .postgres) }
    func dyadsListsEachPairOnceInAlphabeticalOrder(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            let list = try await client.execute(uri: "/api/dyads", method: .get) { try Server.json($0)["dyads"] as? [[String: Any]] ?? [] }
            let pairs = list.compactMap { $0["dyad"] as? [String] }
            #expect(pairs.contains(["KOR", "RUS"]))
            #expect(pairs.allSatisfy { $0.count == 2 && $0[0] < $0[1] })
            #expect(Set(pairs.map { $0.joined(separator: "-") }).count == pairs.count)
            let counts = list.compactMap { ($0["totals"] as? [String: Any])?["events"] as? Int }
            #expect(counts == counts.sorted(by: >))
        }
    }

    @Test(arguments: [Backing.memory, .sqlite]) func actorsCountSourceAndTargetRoles(_ backing: Backing) async throws { try await actorsCountSourceAndTargetRoles(on: backing) }
    @Test(.needsPostgres) func actorsCountSourceAndTargetRolesOnPostgreSQL() async throws { try await actorsCountSourceAndTargetRoles(on: .postgres) }
    func actorsCountSourceAndTargetRoles(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/api/actors", method: .get) { response in
                #expect(response.status == .ok)
                let actors = try #require(try Server.json(response)["actors"] as? [[String: Any]])
                let korea = try #require(actors.first { $0["code"] as? String == "KOR" })
                #expect((korea["as_source"] as? Int ?? 0) > 0)
                #expect((korea["as_target"] as? Int ?? 0) > 0)
                #expect(korea["country"] as? String == "KOR")
            }
            try await client.execute(uri: "/api/actors?x=1", method: .get) { #expect($0.status == .badRequest) }
        }
    }

    @Test(arguments: [Backing.memory, .sqlite])
    func openAPIDocumentDescribesEveryEndpoint(_ backing: Backing) async throws { try await openAPIDocumentDescribesEveryEndpoint(on: backing) }
    @Test(.needsPostgres) func openAPIDocumentDescribesEveryEndpointOnPostgreSQL() async throws { try await openAPIDocumentDescribesEveryEndpoint(on: .postgres) }
    func openAPIDocumentDescribesEveryEndpoint(on backing: Backing) async throws {
        try await Server.app(backing).test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let document = try Server.json(response)
                #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                #expect(Set(paths.keys) == Server.apiPaths)
                #expect(paths["/api/articles"]?["post"] != nil)
                // Every filter the routes accept is documented on the events endpoint.
                let parameters = ((paths["/api/events"]?["get"] as? [String: Any])?["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                #expect(Set(parameters) == ["actor", "country", "dyad", "code", "root", "quad", "modality", "speaker", "from", "to", "text", "conditional", "in", "near", "limit", "cursor"])
            }
        }
    }
}
