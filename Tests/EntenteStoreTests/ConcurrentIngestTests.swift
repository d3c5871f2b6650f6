import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// Two `entente ingest` processes into one store at once, with overlapping inputs whose shared ids carry
/// different text: every id is stored once, with one of the two texts whole, and the two processes'
/// written counts add up to the ids; the rest each says it passed over. On PostgreSQL (advisory locks on a
/// pool of connections per process) and on SQLite (one writer at a time through the file's lock).
@Suite("Concurrent ingest processes", .serialized)
struct ConcurrentIngestTests {
    static let text = ["Seoul imposed new sanctions on Moscow on Monday.", "Russia condemned South Korea and threatened to respond."]

    /// Articles `range` of side `side`: the shared ids get a text of their side.
    static func articles(_ range: Range<Int>, side: String) -> [(id: String, date: String, source: String, text: String)] {
        range.map { n in ("both-\(n)", "2025-03-01", "t", "Side \(side), report \(n). " + text.joined(separator: " ")) }
    }

    static func ingest(_ store: String, _ file: URL) throws -> Process {
        let process = Process()
        process.executableURL = try #require(StoreFixtures.binary, "the entente binary is not built")
        process.arguments = ["ingest", "--quiet", "--batch", "4", "--db", store, file.path]
        process.standardOutput = try FileHandle(forWritingTo: file.appendingPathExtension("out").creating())
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs both ingests at once and checks the store.
    static func check(_ location: String) throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.jsonl"), b = dir.appendingPathComponent("b.jsonl")
        try StoreFixtures.writeArticles(articles(0..<150, side: "A"), to: a)
        try StoreFixtures.writeArticles(articles(50..<200, side: "B"), to: b)
        let first = try ingest(location, a), second = try ingest(location, b)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        let written = try [a, b].map { file -> Int in
            let out = try String(contentsOf: file.appendingPathExtension("out"), encoding: .utf8)
            let match = try #require(out.firstMatch(of: /written (\d+)/), "\(out)")
            return Int(match.1) ?? -1
        }
        #expect(written[0] + written[1] == 200, "written \(written)")
        let store = try EventStore.open(location, notice: { _ in })
        defer { store.close() }
        #expect(try store.counts().articles == 200)
        for n in 0..<200 {
            let stored = try #require(try store.article(id: "both-\(n)"), "both-\(n) is missing").record.article.text
            let sides = (n < 150 ? ["A"] : []) + (n >= 50 ? ["B"] : [])
            #expect(sides.contains { stored.hasPrefix("Side \($0), report \(n). ") }, "both-\(n): \(stored.prefix(30))")
        }
    }

    @Test(.needsBinary)
    func twoIngestsIntoOneSQLiteFile() throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.check(dir.appendingPathComponent("both.sqlite").path)
    }

    @Test(.needsBinary, .needsPostgres)
    func twoIngestsIntoOnePostgresDatabase() throws {
        let server = try #require(PostgresTestDatabase.server, Comment(rawValue: PostgresTestDatabase.missing))
        let database = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(database, server: server) }
        try Self.check(database)
    }
}

extension URL {
    /// This file, made empty.
    func creating() throws -> URL {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw EntenteError(.unreadable, file: path, line: nil, "cannot create") }
        return self
    }
}
