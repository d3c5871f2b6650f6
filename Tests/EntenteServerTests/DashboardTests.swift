@testable import EntenteCore
@testable import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The dashboard's pictures over the demo: the map, the network, country pages, what changed, the period
/// shared by every page, and each picture's JSON twin with the same numbers.
@Suite struct DashboardTests {
    /// GETs `uris` from one app over the demo store.
    func get(_ uris: [String]) async throws -> [(status: HTTPResponse.Status, body: String)] {
        try await Server.app().test(.router) { client in
            var answers: [(HTTPResponse.Status, String)] = []
            for uri in uris { answers.append(try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }) }
            return answers
        }
    }

    func json(_ body: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    @Test func mapShadesEveryCountryWithItsEventsAndItsTwinHasTheSameNumbers() async throws {
        let pages = try await get(["/", "/api/map"])
        #expect(pages.map(\.status) == [.ok, .ok])
        let html = pages[0].body, map = try json(pages[1].body)
        // Every country of the map file is drawn and links to its page.
        #expect(html.components(separatedBy: "<path class=\"country\"").count - 1 >= 170)
        #expect(html.contains("<a href=\"/countries/KOR\"><path class=\"country\" data-country=\"KOR\""))
        let countries = try #require(map["countries"] as? [[String: Any]])
        #expect(countries.count >= 5)
        for entry in countries {
            let code = try #require(entry["country"] as? String)
            let totals = try #require(entry["totals"] as? [String: Any])
            let events = try #require(totals["events"] as? Int)
            let mean = try #require(totals["goldstein_mean"] as? Double)
            // The page's tooltip states the twin's numbers.
            #expect(html.contains("(\(code)): \(events) event(s), mean Goldstein \(String(format: "%.1f", mean))"), "\(code)")
        }
        let rus = try #require(countries.first { $0["country"] as? String == "RUS" }?["totals"] as? [String: Any])
        #expect((rus["events"] as? Int ?? 0) >= 10)
        // Places are points, with the twin's coordinates.
        let places = try #require(map["places"] as? [[String: Any]])
        #expect(!places.isEmpty)
        #expect(html.contains("<circle class=\"place\""))
    }

    @Test func choosingACountryShowsItsRelationsWithEveryOther() async throws {
        let pages = try await get(["/?country=RUS", "/api/map?country=rus"])
        let html = pages[0].body, map = try json(pages[1].body)
        #expect(map["focus"] as? String == "RUS")
        let partners = Set((map["countries"] as? [[String: Any]] ?? []).compactMap { $0["country"] as? String })
        #expect(partners.isSuperset(of: ["KOR", "PRK", "UKR"]))
        #expect(!partners.contains("RUS") && !partners.contains("USA") && !partners.contains("CHN"))
        #expect(html.contains("data-country=\"RUS\" d=\"") && html.contains("fill=\"#1f2d3d\""))
        #expect(html.contains("event(s) with RUS, mean Goldstein"))
        #expect(html.contains("<option value=\"RUS\" selected>"))
    }

    @Test func networkShowsOnlyTheTopPairsWithTheTwinsPositions() async throws {
        let pages = try await get(["/network?top=3", "/api/network?top=3"])
        let html = pages[0].body, network = try json(pages[1].body)
        let edges = try #require(network["edges"] as? [[String: Any]])
        #expect(edges.count == 3)
        #expect(html.components(separatedBy: "<line class=\"edge ").count - 1 == 3)
        for node in try #require(network["nodes"] as? [[String: Any]]) {
            let code = try #require(node["country"] as? String), x = try #require(node["x"] as? Double), y = try #require(node["y"] as? Double)
            #expect(html.contains("class=\"node n-\(code) "), "\(code)")
            #expect(html.contains("<circle cx=\"\(String(format: "%.1f", x))\" cy=\"\(String(format: "%.1f", y))\""), "\(code)")
        }
        // Hovering a node fades what is not its neighbourhood, by CSS alone.
        #expect(html.contains(".network:has(.n-RUS:hover) .edge:not(.e-RUS)"))
        #expect(html.contains("<input type=\"range\" name=\"top\""))
    }

    @Test func countryPagesShowPartnersSeriesStatementsAndTheRedLine() async throws {
        let pages = try await get(["/countries/RUS", "/api/countries/RUS", "/countries/KOR", "/api/countries/KOR"])
        #expect(pages.map(\.status) == [.ok, .ok, .ok, .ok])
        for (html, twin) in [(pages[0].body, pages[1].body), (pages[2].body, pages[3].body)] {
            let report = try json(twin)
            // The red line of the seed's story is on both countries' pages.
            let redLines = try #require(report["red_lines"] as? [[String: Any]])
            #expect(redLines.contains { ($0["evidence"] as? String ?? "").contains("red line by supplying weapons to Kyiv") })
            let section = try #require(html.range(of: "<h2 id=\"red-lines\">").map { html[$0.upperBound...] })
            #expect(section.prefix(3000).contains("class=\"redline\""))
            #expect(section.prefix(3000).contains("red line by supplying weapons to Kyiv"))
            // Partners by events: the table's counts are the twin's.
            for partner in try #require(report["partners"] as? [[String: Any]]) {
                let code = try #require(partner["country"] as? String)
                let events = try #require((partner["totals"] as? [String: Any])?["events"] as? Int)
                #expect(html.contains(">\(code)</a></td><td class=\"num\">\(events)</td>"), "\(code)")
            }
        }
        let rus = try json(pages[1].body)
        let partners = (rus["partners"] as? [[String: Any]] ?? []).compactMap { $0["country"] as? String }
        #expect(partners.first == "KOR")
        #expect(partners.contains("PRK"))
        // Small multiples share the months, empty ones included.
        let series = try #require(rus["series"] as? [[String: Any]])
        #expect(rus["series_by"] as? String == "month")
        let points = series.map { ($0["points"] as? [[String: Any]] ?? []).count }
        #expect(Set(points).count == 1 && (points.first ?? 0) > 30)
        #expect(series.contains { ($0["points"] as? [[String: Any]] ?? []).contains { $0["totals"] is NSNull } })
        #expect(pages[0].body.contains("aria-label=\"RUS–KOR over time\""))
        // What Russia said about Seoul, and what Seoul said about Russia.
        #expect((rus["said_about_others"] as? [[String: Any]] ?? []).contains { ($0["target"] as? [String: Any])?["country"] as? String == "KOR" })
        #expect((rus["said_about_it"] as? [[String: Any]] ?? []).contains { ($0["source"] as? [String: Any])?["country"] as? String == "KOR" })
    }

    /// The demo tells the seed's story: Russia and South Korea fall out from 2022 while Russia and the DPRK
    /// draw closer, and both show in the series every page draws.
    @Test func theDemoShowsRussiaAndSeoulFallingOutAndPyongyangDrawingCloser() async throws {
        let pages = try await get(["/api/dyads/RUS/KOR/series?by=year", "/api/dyads/RUS/PRK/series?by=year"])
        func means(_ body: String) throws -> [String: Double] {
            let points = try #require(try json(body)["points"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: points.compactMap { p in
                (p["period"] as? String).flatMap { period in ((p["totals"] as? [String: Any])?["goldstein_mean"] as? Double).map { (period, $0) } }
            })
        }
        let korea = try means(pages[0].body), north = try means(pages[1].body)
        let k2022 = try #require(korea["2022"]), k2023 = try #require(korea["2023"])
        #expect(k2022 < 0 && k2023 < k2022)
        let n2023 = try #require(north["2023"]), n2024 = try #require(north["2024"])
        #expect(n2023 > 0 && n2024 > n2023)
    }

    @Test func whatChangedThisWeekRanksPairsAgainstTheirOwnHistory() async throws {
        let pages = try await get(["/", "/api/changes", "/api/changes?to=2024-06-30"])
        let changes = try json(pages[1].body)
        let week = try #require(changes["week"] as? [String: Any])
        #expect(week["from"] as? String == "2025-05-06" && week["to"] as? String == "2025-05-12")
        let first = try #require((changes["changes"] as? [[String: Any]])?.first)
        #expect(first["dyad"] as? [String] == ["CHN", "USA"])
        let score = try #require(first["score"] as? Double)
        #expect(score > 0)
        #expect(pages[0].body.contains("<a href=\"/dyads/CHN/USA?by=month\">CHN–USA</a>"))
        #expect(pages[0].body.contains("<td class=\"num\">\(String(format: "%.2f", score))</td>"))
        // The week ends where the period does.
        let earlier = try json(pages[2].body)
        #expect((earlier["week"] as? [String: Any])?["to"] as? String == "2024-06-30")
    }

    @Test func thePeriodIsSharedByEveryPageAndEmptyMonthsShowAsEmpty() async throws {
        let pages = try await get([
            "/countries/RUS?from=2024", "/api/countries/RUS?from=2024", "/dyads/RUS/KOR?from=2022-01&to=2022-06",
            "/network?from=2024-01&to=2024-12", "/api/map?from=2025&to=2024", "/countries/RUS?from=nonsense", "/articles?from=2025-03",
        ])
        let report = try json(pages[1].body)
        let korea = try #require((report["partners"] as? [[String: Any]])?.first { $0["country"] as? String == "KOR" })
        // From 2024: the sanctions of 2022 and 2023 are out.
        #expect(((korea["totals"] as? [String: Any])?["events"] as? Int ?? 0) == 6)
        // The picker keeps the period, and links carry it.
        #expect(pages[0].body.contains("<input name=\"from\" value=\"2024\""))
        #expect(pages[0].body.contains("href=\"/dyads/RUS/KOR?by=month&amp;from=2024\""))
        // January to June 2022: six slots on the axis, though only February and April have events.
        let dyad = pages[2].body
        for month in ["2022-01", "2022-03", "2022-05", "2022-06"] { #expect(dyad.contains(">\(month)</text>"), "\(month)") }
        #expect(!dyad.contains("<a href=\"#p-2022-03\"><circle"))
        #expect(pages[3].body.contains("2024-01 to 2024-12"))
        // From after to is an empty period, as the event filters read it.
        let empty = try json(pages[4].body)
        #expect(pages[4].status == .ok && (empty["countries"] as? [Any])?.isEmpty == true)
        #expect(pages[5].status == .badRequest)
        // The article list keeps to the period too.
        #expect(pages[6].body.contains("/articles/demo-2025-05-usa-chn-talks") && !pages[6].body.contains("/articles/demo-2025-01-ambassador"))
        #expect(pages[6].body.contains("<input name=\"from\" value=\"2025-03\""))
    }

    @Test func theOpenAPIDocumentListsEveryTwin() async throws {
        let document = try json(try await get(["/openapi.json"])[0].body)
        let paths = try #require(document["paths"] as? [String: Any])
        for path in ["/api/map", "/api/network", "/api/countries/{country}", "/api/changes", "/api/dyads/{a}/{b}/series"] {
            #expect(paths[path] != nil, "\(path)")
        }
    }
}

/// The network's layout, apart from any page.
@Suite struct NetworkLayoutTests {
    /// A crowded network: 60 countries, every pair of the first twelve and a ring of the rest.
    static let crowded: [DyadSummary] = {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let codes: [String] = (0..<60).map { (i: Int) -> String in String([letters[i / 26], letters[i % 26], "W"]) }
        var dyads: [DyadSummary] = []
        for i in 0..<60 {
            for j in (i + 1)..<60 where (i < 12 && j < 12) || j == i + 1 {
                var totals = RelationTotals()
                for k in 0..<((i * 7 + j * 3) % 11 + 1) {
                    totals.add(k % 2 == 0 ? CameoCode(code: "042", quadClass: 1, goldstein: 1.9, plover: nil, name: "visit") : CameoCode(code: "112", quadClass: 3, goldstein: -2, plover: nil, name: "accuse"))
                }
                if let dyad = Dyad(codes[i], codes[j]) { dyads.append(DyadSummary(dyad: dyad, totals: totals)) }
            }
        }
        return dyads.sorted { $0.totals.count > $1.totals.count }
    }()

    @Test(arguments: [10, 40, 120, 200])
    func noTwoNodesOrLabelsOverlapAndAllStayOnTheCanvas(top: Int) {
        let layout = NetworkLayout(dyads: Self.crowded, top: top)
        #expect(layout.edges.count == min(top, Self.crowded.count))
        for (i, a) in layout.nodes.enumerated() {
            #expect(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.width <= layout.width && a.box.y + a.box.height <= layout.height, "\(a.country)")
            for b in layout.nodes[(i + 1)...] { #expect(!a.box.overlaps(b.box), "\(a.country) and \(b.country)") }
            // The box holds the label at the width the monospace font gives it.
            #expect(a.box.width >= Double(a.country.count) * 0.6 * NetworkLayout.fontSize)
        }
    }

    @Test func theSameDataGivesTheSamePicture() {
        let a = NetworkLayout(dyads: Self.crowded, top: 40), b = NetworkLayout(dyads: Self.crowded, top: 40)
        #expect(a.nodes.map(\.x) == b.nodes.map(\.x) && a.nodes.map(\.y) == b.nodes.map(\.y))
    }
}
