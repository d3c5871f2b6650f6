import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// Exports: GDELT rows of 61 columns whose codes, dates and Goldstein values agree with `entente code`'s JSON
/// for the same input; the JSON, PLOVER and CSV forms.
@Suite("Exports: GDELT 2.0 rows, PLOVER, JSON Lines, CSV")
struct ExportTests {
    /// (Day, Actor1Code, Actor2Code, EventCode, QuadClass, GoldsteinScale) of one coded event.
    struct Key: Hashable { var day, source, target, code, quad, goldstein: String }

    /// Ingests `input` with the binary, exports GDELT rows, codes it with `entente code`, and compares;
    /// returns the number of rows with an ActionGeo.
    @discardableResult
    func checkGDELTAgreesWithCode(_ input: URL, dir: URL) throws -> Int {
        let db = dir.appendingPathComponent("export.sqlite").path
        let ingest = try StoreFixtures.run(["ingest", "--quiet", "--db", db, input.path])
        #expect(ingest.status == 0, "\(ingest.err)")
        let export = try StoreFixtures.run(["export", "--format", "gdelt", "--db", db])
        let code = try StoreFixtures.run(["code", input.path])
        #expect(export.status == 0 && code.status == 0)
        let rows = export.out.split(separator: "\n", omittingEmptySubsequences: true).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.count == 61 }, "every GDELT row has 61 columns")
        var exported: [Key: Int] = [:]   // key → NumMentions
        for row in rows where row.count == 61 {
            exported[Key(day: row[1], source: row[5], target: row[15], code: row[26], quad: row[29], goldstein: row[30]), default: 0] += Int(row[31]) ?? 0
            #expect(row[27] == String(row[26].prefix(3)) && row[28] == String(row[26].prefix(2)))
            #expect(row[2] == String(row[1].prefix(6)) && row[3] == String(row[1].prefix(4)))
            // ActionGeo (columns 52-59): all empty, or a type, a name, a FIPS country, its ADM1 code and a point.
            let geo = Array(row[51..<59])
            if geo.contains(where: { !$0.isEmpty }) {
                #expect((1...5).contains(Int(geo[0]) ?? 0) && !geo[1].isEmpty && geo[2].count == 2 && geo[3].hasPrefix(geo[2]), "\(geo)")
                #expect(Double(geo[5]).map { abs($0) <= 90 } == true && Double(geo[6]).map { abs($0) <= 180 } == true, "\(geo)")
            }
        }
        let placed = rows.filter { $0.count == 61 && !$0[51].isEmpty }.count
        var coded: [Key: Int] = [:]
        for line in code.out.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            // An article with no date gives an event with none: GDELT's date columns are then empty.
            let day = (object["date"] as? String).flatMap(SimpleDate.init(iso:)).map { String($0.sqlDate) } ?? ""
            let goldstein = try #require(object["goldstein"] as? Double)
            let key = Key(day: day, source: (object["source"] as? [String: Any])?["code"] as? String ?? "",
                          target: (object["target"] as? [String: Any])?["code"] as? String ?? "",
                          code: object["code"] as? String ?? "", quad: "\(object["quad_class"] as? Int ?? 0)", goldstein: EventJSON.number(goldstein))
            coded[key, default: 0] += 1
        }
        // The same events, and each coded event counted once among the exported rows' mentions.
        #expect(exported == coded)
        return placed
    }

    @Test func placesAreStoredFilteredAndExported() throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.jsonl")
        try StoreFixtures.writeArticles([
            (id: "homs", date: "2024-03-02", source: "wire", text: "Government forces shelled rebel positions in Homs on Saturday."),
            (id: "kabul", date: "2024-03-02", source: "wire", text: "KABUL (Reuters) - Afghan troops attacked Taliban fighters on Saturday."),
            (id: "said", date: "2024-03-02", source: "wire", text: "France condemned Russia on Saturday."),
        ], to: file)
        let store = try EventStore.open(dir.appendingPathComponent("e.sqlite").path)
        defer { store.close() }
        _ = try Ingester(store: store, coder: StoreFixtures.coder).run([file.path])
        func ids(_ configure: (inout EventFilter) -> Void) throws -> [String] {
            var filter = EventFilter()
            configure(&filter)
            return try store.events(filter, mentions: false).map { $0.sourceURL }
        }
        #expect(try ids { $0.place = PlaceFilter(parsing: "SYR") } == ["homs"])
        #expect(try ids { $0.place = PlaceFilter(parsing: "sy.11") } == ["homs"])
        #expect(try ids { $0.place = PlaceFilter(parsing: "AFG") } == ["kabul"])
        #expect(try ids { $0.place = PlaceFilter(parsing: "FRA") }.isEmpty)
        #expect(try ids { $0.near = NearFilter(parsing: "34.5,69.2,30") } == ["kabul"])
        let all = try store.events(EventFilter(), mentions: false)
        #expect(all.count == 3)
        let homs = try #require(all.first { $0.sourceURL == "homs" })
        let line = GDELTRow.line(homs).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(line.count == 61)
        #expect(Array(line[51..<59]) == ["4", "Homs, Syria", "SY", "SY11", "", "34.7240", "36.7256", "169577"])
        #expect(line[35..<51].allSatisfy { $0.isEmpty }, "the actors' geography stays empty")
        let said = try #require(all.first { $0.sourceURL == "said" })
        #expect(said.location == nil && GDELTRow.line(said).split(separator: "\t", omittingEmptySubsequences: false)[51...58].allSatisfy { $0.isEmpty })
    }

    @Test(.needsBinary) func gdeltRowsAgreeWithCodeOnOurArticles() throws {
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("articles.jsonl")
        try StoreFixtures.writeArticles(StoreTests.articles, to: input)
        try checkGDELTAgreesWithCode(input, dir: dir)
    }

    @Test(.needsShared, .needsBinary) func gdeltRowsAgreeWithCodeOnWorld() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let placed = try checkGDELTAgreesWithCode(world, dir: dir)
        #expect(placed > 1_000, "world.jsonl's events are placed where their text says: \(placed) rows with ActionGeo")
    }

    @Test func jsonPloverAndCSVCarryModalityAndSpeakers() throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.jsonl")
        try StoreFixtures.writeArticles(StoreTests.articles, to: file)
        let store = try EventStore.open(dir.appendingPathComponent("e.sqlite").path)
        defer { store.close() }
        _ = try Ingester(store: store, coder: StoreFixtures.coder).run([file.path])
        var filter = EventFilter()
        filter.modality = "future"
        let events = try store.events(filter, mentions: true)
        let json = try #require(ExportFormat.jsonl.lines(events).first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["modality"] as? String == "future" && object["speakers"] as? [String] == ["RUSGOV"])
        let mention = try #require((object["mentions"] as? [[String: Any]])?.first)
        #expect(mention["article"] as? String == "c" && (mention["speaker"] as? [String: Any])?["code"] as? String == "RUSGOV")
        let plover = try #require(ExportFormat.plover.lines(events).first)
        let p = try #require(try JSONSerialization.jsonObject(with: Data(plover.utf8)) as? [String: Any])
        #expect(p["event"] as? String == StoreFixtures.coder.dictionaries.ontology["163"]?.plover && p["actor_country"] as? String == "JPN" && p["recipient_country"] as? String == "RUS")
        let csv = ExportFormat.csv.lines(events)
        #expect(csv.count == 2 && csv[0].hasPrefix("id,date,source") && csv[1].contains(",future,RUSGOV,"))
        let gdelt = ExportFormat.gdelt.lines(events)
        #expect(gdelt.first?.split(separator: "\t", omittingEmptySubsequences: false).count == 61)
    }
}
