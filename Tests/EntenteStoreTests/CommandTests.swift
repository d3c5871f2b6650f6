import Foundation
import Testing

/// The store commands run as a user would: `ingest` on a folder of mixed files, then `events`, `dyad`, `actors`.
@Suite("Command line: ingest, events, dyad, actors")
struct CommandTests {
    @Test(.needsBinary) func ingestAFolderThenQueryIt() throws {
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let news = dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        var lines = Data(#"{"id": "j1", "date": "2025-01-15", "source": "wire", "text": "Seoul imposed sanctions on Moscow."}"#.utf8)
        lines += Data("\n{\"id\": \"j2\", \"text\": \"broken\n".utf8)
        try lines.write(to: news.appendingPathComponent("wire.jsonl"))
        try Data("""
            <html><head><title>Talks</title><meta property="article:published_time" content="2025-03-02"></head>
            <body><nav>Home | World</nav><article><p>Japan imposed sanctions on Russia.</p><script>x()</script></article></body></html>
            """.utf8).write(to: news.appendingPathComponent("page.html"))
        try Data("""
            <rss><channel><title>Feed</title><item><guid>f1</guid><pubDate>Sun, 02 Feb 2025 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Seoul imposed sanctions on Moscow.&lt;/p&gt;</description></item></channel></rss>
            """.utf8).write(to: news.appendingPathComponent("feed.rss"))
        let db = dir.appendingPathComponent("events.sqlite").path
        let first = try StoreFixtures.run(["ingest", "--db", db, news.path])
        #expect(first.status == 3, "a bad record gives exit status 3")
        #expect(first.out.contains("articles read 3, written 3") && first.out.contains("skipped 1: malformed JSON"), "\(first.out)")
        #expect(first.err.contains("wire.jsonl:2: malformed JSON"))
        let again = try StoreFixtures.run(["ingest", "--db", db, news.path])
        #expect(again.out.contains("written 0") && again.out.contains("skipped 3: already stored"), "\(again.out)")
        let events = try StoreFixtures.run(["events", "--db", db, "--source", "KOR", "--format", "jsonl"])
        let objects = events.out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 2 && objects.allSatisfy { $0["code"] as? String == "163" && ($0["mentions"] as? [Any])?.count == 1 })
        let dyad = try StoreFixtures.run(["dyad", "--db", db, "KOR", "RUS", "--by", "month"])
        #expect(dyad.out.contains("2025-01") && dyad.out.contains("2025-02") && dyad.out.contains("goldstein ▅▅"), "\(dyad.out)")
        let actors = try StoreFixtures.run(["actors", "--db", db])
        #expect(actors.out.split(separator: "\n").dropFirst().first?.hasPrefix("RUS") == true, "\(actors.out)")
    }
}
