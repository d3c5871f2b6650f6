import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// The store on SQLite with articles of our own: one event per identity with GDELT's counts, re-ingest as a
/// no-op, the same database whatever the order and split of the input, queries.
@Suite("Event store: identity, counts, idempotence, queries")
struct StoreTests {
    static let articles: [(id: String, date: String, source: String, text: String)] = [
        ("a", "2025-01-15", "wire1", "Seoul imposed sanctions on Moscow. Japan did not impose sanctions on Russia, the minister said."),
        ("b", "2025-01-15", "wire2", "Seoul imposed sanctions on Moscow. Later, Seoul imposed sanctions on Moscow."),
        ("c", "2025-02-03", "wire1", "Israel attacked Syria. Russian President Vladimir Putin said Japan will impose sanctions on Russia."),
        ("d", "2025-01-15", "wire1", "Seoul imposed sanctions on Moscow."),
    ]

    /// A fresh SQLite store in `dir` with `articles` ingested in the order and batches given.
    func ingest(_ batches: [[Int]], dir: URL, name: String = "events.sqlite") throws -> EventStore {
        let store = try EventStore.open(dir.appendingPathComponent(name).path)
        for (n, batch) in batches.enumerated() {
            let file = dir.appendingPathComponent("\(name)-\(n).jsonl")
            try StoreFixtures.writeArticles(batch.map { Self.articles[$0] }, to: file)
            var ingester = Ingester(store: store, coder: StoreFixtures.coder)
            ingester.batchSize = 2
            _ = try ingester.run([file.path])
        }
        return store
    }

    @Test func oneEventWithItsMentionsCountedAsGDELTDoes() throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ingest([[0, 1, 2, 3]], dir: dir)
        defer { store.close() }
        let sanctions = try store.events({ var f = EventFilter(); f.source = "KOR"; f.target = "RUS"; return f }(), mentions: true)
        #expect(sanctions.count == 1)
        let event = try #require(sanctions.first)
        // a: 1 mention, b: 2, d: 1; articles a, b, d; sources wire1 (a, d) and wire2 (b).
        #expect(event.numMentions == 4 && event.numArticles == 3 && event.numSources == 2)
        #expect(event.code == "163" && event.date == "2025-01-15" && event.modality == "asserted" && event.isRoot)
        #expect(event.mentions.count == 4 && event.sourceURL == "a")
        // A denied event and an announced one are events of their own.
        let japan = try store.events({ var f = EventFilter(); f.source = "JPN"; return f }())
        #expect(Set(japan.map(\.modality)) == ["negated", "future"])
        let counts = try store.counts()
        #expect(counts.articles == 4 && counts.mentions == 7 && counts.numMentions == 7 && counts.events == 4)
    }

    @Test func reingestingIsANoOpAndOrderDoesNotMatter() throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let clean = try ingest([[0, 1, 2, 3]], dir: dir, name: "clean.sqlite")
        defer { clean.close() }
        let cleanDump = try clean.dump()
        let again = try StoreFixtures.writeArticlesAndIngestAgain(into: clean, dir: dir, articles: Self.articles)
        #expect(again.articlesWritten == 0 && again.skipped["already stored"] == 4)
        #expect(try clean.dump() == cleanDump)
        // Another order, another split, one article twice: the same database.
        let shuffled = try ingest([[3], [2, 0], [1, 3]], dir: dir, name: "shuffled.sqlite")
        defer { shuffled.close() }
        #expect(try shuffled.dump() == cleanDump)
    }

    @Test func changedContentUnderAStoredIdIsNotDoubled() throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ingest([[0]], dir: dir)
        defer { store.close() }
        let before = try store.dump()
        let changed = [(id: "a", date: "2025-01-15", source: "wire1", text: "Israel attacked Syria.")]
        let summary = try StoreFixtures.writeArticlesAndIngestAgain(into: store, dir: dir, articles: changed)
        #expect(summary.skipped["already stored with other content"] == 1)
        #expect(try store.dump() == before)
    }

    @Test func filtersDyadsAndActors() throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ingest([[0, 1, 2, 3]], dir: dir)
        defer { store.close() }
        func count(_ change: (inout EventFilter) -> Void) throws -> Int {
            var filter = EventFilter()
            change(&filter)
            let events = try store.events(filter)
            return events.count
        }
        #expect(try count { $0.actor = "RUS" } == 3)
        #expect(try count { $0.code = "19" } == 1)
        #expect(try count { $0.code = "163" } == 3)
        #expect(try count { $0.quadClass = 4 } == 4)
        #expect(try count { $0.modality = "future" } == 1)
        #expect(try count { $0.speaker = "RUS" } == 1)
        #expect(try count { $0.text = "ATTACKED" } == 1)
        #expect(try count { $0.from = 20250201; $0.to = 20250228 } == 2)
        #expect(try count { $0.source = "SYR"; $0.target = "ISR"; $0.eitherDirection = true } == 1)
        let months = try store.totals({ var f = EventFilter(); f.source = "KOR"; f.target = "RUS"; return f }(), by: .month)
        #expect(months == [EventStore.PeriodTotals(period: "2025-01", events: 1, quadClasses: [0, 0, 0, 1], goldsteinSum: -8)])
        let actors = try store.actors(EventFilter())
        #expect(actors.first?.code == "RUS" && actors.first?.asTarget == 3)
        #expect(Sparkline.render([1, 5, 3]) == "▁█▅")
    }
}

/// Ids the server could not read back are refused by the ingest as by the API, each with its reason.
@Test func ingestRefusesIDsTheServerCouldNotReadBack() throws {
    let dir = try StoreFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = try EventStore.open(dir.appendingPathComponent("ids.sqlite").path)
    defer { store.close() }
    let text = "Seoul imposed sanctions on Moscow."
    let articles = [("a\u{1}b", "2025-01-02", "t", text), ("..", "2025-01-02", "t", text),
                    (String(repeating: "x", count: 257), "2025-01-02", "t", text), ("https://example.org/a/b", "2025-01-02", "t", text)]
    let file = dir.appendingPathComponent("ids.jsonl")
    try StoreFixtures.writeArticles(articles, to: file)
    var reported: [String] = []
    var ingester = Ingester(store: store, coder: StoreFixtures.coder)
    ingester.report = { reported.append($0.message) }
    let summary = try ingester.run([file.path])
    #expect(summary.articlesWritten == 1)
    #expect(summary.skipped == ["id not \(ArticleID.meaning)": 3])
    #expect(reported.count == 3 && reported.allSatisfy { $0.contains("must be 1 to 256 characters without control characters") })
    #expect(try store.storedHashes(["https://example.org/a/b"]).count == 1)
}

extension StoreFixtures {
    /// Ingests `articles` into `store` from a new file; the summary.
    static func writeArticlesAndIngestAgain(into store: EventStore, dir: URL, articles: [(id: String, date: String, source: String, text: String)]) throws -> IngestSummary {
        let file = dir.appendingPathComponent("again-\(UUID().uuidString).jsonl")
        try writeArticles(articles, to: file)
        return try Ingester(store: store, coder: coder).run([file.path])
    }
}
