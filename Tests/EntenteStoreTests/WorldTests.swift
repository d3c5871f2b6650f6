import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// `../shared/data/news/world.jsonl` into SQLite and PostgreSQL: the same database on both, an ingest killed
/// with SIGKILL and run again ends like a clean run, two concurrent ingests leave no duplicates.
@Suite("Event store on world.jsonl: SQLite, PostgreSQL, SIGKILL, concurrent ingests")
struct WorldTests {
    /// A clean in-process ingest of world.jsonl into SQLite, done once: its counts and dump.
    static let clean: (counts: EventStore.Counts, dump: String)? = {
        guard let world = StoreFixtures.world, let dir = try? StoreFixtures.temporaryDirectory() else { return nil }
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let store = try EventStore.open(dir.appendingPathComponent("clean.sqlite").path)
            defer { store.close() }
            _ = try Ingester(store: store, coder: StoreFixtures.coder).run([world.path])
            return (try store.counts(), try store.dump())
        } catch {
            return nil
        }
    }()

    @Test(.needsShared) func cleanIngestCountsEveryArticleOnce() throws {
        try #require(StoreFixtures.world != nil, "\(StoreFixtures.worldMissing)")
        let clean = try #require(Self.clean)
        #expect(clean.counts.articles == 3162)
        #expect(clean.counts.mentions == clean.counts.numMentions)
        #expect(clean.counts.events > 0 && clean.counts.events <= clean.counts.mentions)
        #expect(clean.counts.numArticles <= clean.counts.numMentions && clean.counts.numSources <= clean.counts.numArticles)
    }

    /// The input taken in many small chunks (checked against the store and written one after the other)
    /// ends as one chunk does, with the repeats within the input and across chunks passed over.
    @Test(.needsShared) func smallChunksEndLikeOneChunk() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        let clean = try #require(Self.clean)
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore.open(dir.appendingPathComponent("chunks.sqlite").path)
        defer { store.close() }
        var ingester = Ingester(store: store, coder: StoreFixtures.coder)
        ingester.chunkArticles = 97
        ingester.batchSize = 8
        var fractions: [Double] = []
        ingester.progress = { _, fraction in fractions.append(fraction ?? -1) }
        let summary = try ingester.run([world.path, world.path])
        #expect(summary.articlesWritten == 3162 && summary.skipped == ["repeated in the input": 3162])
        #expect(fractions.count > 33 && zip(fractions, fractions.dropFirst()).allSatisfy { $0 <= $1 }, "progress only goes forward")
        #expect(try store.dump() == clean.dump)
    }

    @Test(.needsShared, .needsPostgres) func postgresHoldsTheSameDatabaseAsSQLite() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        let server = try #require(PostgresTestDatabase.server, "\(PostgresTestDatabase.missing)")
        let clean = try #require(Self.clean)
        let db = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(db, server: server) }
        let store = try EventStore.open(db)
        defer { store.close() }
        _ = try Ingester(store: store, coder: StoreFixtures.coder).run([world.path])
        #expect(try store.counts() == clean.counts)
        #expect(try store.dump() == clean.dump)
    }

    /// Starts `entente ingest` on world.jsonl, kills it with SIGKILL once it has written some articles, runs it
    /// again to the end, and compares the database with a clean run's.
    func killResumeAndCompare(_ db: String, world: URL) throws {
        let binary = try #require(StoreFixtures.binary, "the entente binary is not built")
        let clean = try #require(Self.clean)
        let store = try EventStore.open(db)
        defer { store.close() }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ingest", "--quiet", "--batch", "8", "--db", db, world.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning, Date() < deadline, ((try? store.counts().articles) ?? 0) < 400 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let killedAt = try store.counts().articles
        #expect(killedAt > 0 && killedAt < 3162, "killed after \(killedAt) articles")
        let rerun = try StoreFixtures.run(["ingest", "--quiet", "--db", db, world.path])
        #expect(rerun.status == 0 && rerun.out.contains("skipped \(killedAt): already stored"), "\(rerun.out)\(rerun.err)")
        #expect(try store.dump() == clean.dump)
    }

    @Test(.needsShared, .needsBinary) func sqliteIngestKilledMidRunThenRunAgainEqualsACleanRun() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try killResumeAndCompare(dir.appendingPathComponent("killed.sqlite").path, world: world)
    }

    @Test(.needsShared, .needsPostgres, .needsBinary) func postgresIngestKilledMidRunThenRunAgainEqualsACleanRun() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        let server = try #require(PostgresTestDatabase.server, "\(PostgresTestDatabase.missing)")
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let db = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(db, server: server) }
        try killResumeAndCompare(db, world: world)
    }

    @Test(.needsShared, .needsPostgres, .needsBinary) func twoConcurrentIngestsIntoPostgresLeaveNoDuplicates() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        let server = try #require(PostgresTestDatabase.server, "\(PostgresTestDatabase.missing)")
        let binary = try #require(StoreFixtures.binary, "the entente binary is not built")
        let clean = try #require(Self.clean)
        let db = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(db, server: server) }
        try EventStore.open(db).close()   // the schema first, so that both start on the same footing
        let outputs = [Pipe(), Pipe()]
        let processes = outputs.map { pipe in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["ingest", "--quiet", "--db", db, world.path]
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        let texts = outputs.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(texts)")
        // Each article written by exactly one of them.
        let writtenCounts = texts.compactMap { text -> Int? in
            guard let range = text.range(of: "written ") else { return nil }
            return Int(text[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(writtenCounts.count == 2 && writtenCounts.reduce(0, +) == 3162, "\(texts)")
        let store = try EventStore.open(db)
        defer { store.close() }
        #expect(try store.counts() == clean.counts)
        #expect(try store.dump() == clean.dump)
    }
}
