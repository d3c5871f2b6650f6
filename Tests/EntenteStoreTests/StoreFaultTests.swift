import EntenteCore
import Foundation
import Synchronization
import Testing
@testable import EntenteStore

/// The store when the machine fails under it: the disk fills mid-ingest, the PostgreSQL server restarts
/// mid-ingest, the output device is full. Each time the reason is said, nothing written is lost or doubled,
/// and the ingest, run on (or again), ends like a clean run.
@Suite("Store under faults: full disk, PostgreSQL restart, full output")
struct StoreFaultTests {
    /// Starts `entente ingest` of world.jsonl in batches of 8, standard error into `log`.
    func startIngest(_ db: String, world: URL, log: URL) throws -> Process {
        let process = Process()
        process.executableURL = try #require(StoreFixtures.binary, "the entente binary is not built")
        process.arguments = ["ingest", "--quiet", "--batch", "8", "--db", db, world.path]
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        return process
    }

    /// Waits until the store holds at least `articles` articles, or the process has ended; whether it still runs.
    func waitForArticles(_ articles: Int, in store: EventStore, while process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning, Date() < deadline, ((try? store.counts().articles) ?? 0) < articles {
            Thread.sleep(forTimeInterval: 0.02)
        }
        return process.isRunning
    }

    @Test(.needsShared, .needsRestartablePostgres, .needsBinary) func postgresRestartedMidIngestIsRidden() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        let (server, restart) = try #require(PostgresTestDatabase.restartable, "\(PostgresTestDatabase.restartableMissing)")
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let clean = try #require(WorldTests.clean)
        let db = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(db, server: server) }
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore.open(db, notice: { _ in })
        defer { store.close() }
        let log = dir.appendingPathComponent("ingest.log")
        let process = try startIngest(db, world: world, log: log)
        let runningAtRestart = waitForArticles(200, in: store, while: process)
        let restarted = try StoreFixtures.shell(restart)
        process.waitUntilExit()
        let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(restarted.status == 0, "the restart command failed: \(restarted.output)")
        #expect(runningAtRestart, "the ingest ended before the server restarted")
        #expect(process.terminationStatus == 0, "\(said)")
        // A restart that falls between two transactions closes only idle connections, which the pool
        // replaces before it lends them, and nothing was interrupted to say; one that falls inside a
        // transaction is said, and so is the connection made again. `aTransactionWhoseConnectionIsKilled…`
        // interrupts a transaction for certain.
        #expect(said.contains("the connection was lost") == said.contains("connected again after"), "\(said)")
        #expect(try store.counts() == clean.counts)
        #expect(try store.dump() == clean.dump)
    }

    /// The server ends a transaction's connection midway (as a restart or failover does): the transaction is
    /// run again from its start on a new connection, once, and both the loss and the new connection are said.
    @Test(.needsPostgres) func aTransactionWhoseConnectionIsKilledIsRunAgainFromItsStart() throws {
        let server = try #require(PostgresTestDatabase.server, "\(PostgresTestDatabase.missing)")
        let url = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(url, server: server) }
        let said = Mutex<[String]>([])
        let database = try PostgresDatabase(url: url, connections: 2, notice: { line in said.withLock { $0.append(line) } })
        defer { database.close() }
        let killer = try PostgresDatabase(url: url, connections: 1)
        defer { killer.close() }
        try database.transaction { try $0.execute("CREATE TABLE runs (n integer)") }
        var attempts = 0
        let kept = try database.transaction { session -> Int in
            attempts += 1
            try session.execute("INSERT INTO runs VALUES (?)", [.int(Int64(attempts))])
            if attempts == 1 {
                let pid = try #require(try session.query("SELECT pg_backend_pid()").first?.first?.int)
                _ = try killer.read { try $0.query("SELECT pg_terminate_backend(CAST(? AS integer))", [.int(Int64(pid))]) }
                try session.execute("INSERT INTO runs VALUES (0)")
            }
            return attempts
        }
        let rows = try database.read { try $0.query("SELECT n FROM runs ORDER BY n").map { $0.first?.int } }
        #expect(kept == 2)
        #expect(rows == [2], "the first attempt's row was rolled back with its connection; the second committed once")
        let lines = said.withLock { $0 }
        #expect(lines.contains { $0.contains("the connection was lost") }, "\(lines)")
        #expect(lines.contains { $0.contains("connected again after 1 attempt(s)") }, "\(lines)")
    }

    /// Mounts a tmpfs of `megabytes` on `folder` where the machine allows it (root); whether it did.
    func smallDisk(at folder: URL, megabytes: Int) throws -> Bool {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try StoreFixtures.shell("mount -t tmpfs -o size=\(megabytes)m entente-test '\(folder.path)' 2>/dev/null").status == 0
    }

    /// The disk fills mid-ingest: the ingest stops with the reason and what is kept; the database is whole;
    /// with room made, the same command finishes the work and the store equals a clean run's. Where no tmpfs
    /// can be mounted, the disk is simulated by a file size limit (`ulimit -f`), which fails writes the same way.
    @Test(.needsShared, .needsBinary) func aFullDiskStopsTheIngestWithTheReasonAndTheRerunFinishes() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        let binary = try #require(StoreFixtures.binary, "the entente binary is not built")
        let clean = try #require(WorldTests.clean)
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let disk = dir.appendingPathComponent("disk")
        let mounted = try smallDisk(at: disk, megabytes: 4)
        defer { if mounted { try? StoreFixtures.shell("umount '\(disk.path)'") } }
        let db = disk.appendingPathComponent("events.sqlite").path
        // SIGXFSZ ignored, so that a write over the limit fails with EFBIG instead of killing the process.
        let limit = mounted ? "" : "ulimit -f 8192; trap '' XFSZ; "
        let full = try StoreFixtures.shell("\(limit)exec '\(binary.path)' ingest --quiet --batch 8 --db '\(db)' '\(world.path)'")
        #expect(full.status == 1 && !full.output.contains("Usage:"), "a failure, not a usage error: \(full.output)")
        #expect(full.output.contains(mounted ? "database or disk is full" : "disk I/O error"), "\(full.output)")
        #expect(full.output.contains("Run the same command again to go on from there"), "\(full.output)")
        if mounted { try StoreFixtures.shell("mount -o remount,size=512m '\(disk.path)'") }
        let store = try EventStore.open(db)
        defer { store.close() }
        let kept = try store.counts().articles
        #expect(kept > 0 && kept < 3162, "\(kept) articles kept")
        #expect(try store.integrityCheck() == "ok")
        let rerun = try StoreFixtures.run(["ingest", "--quiet", "--db", db, world.path])
        #expect(rerun.status == 0 && rerun.out.contains("skipped \(kept): already stored"), "\(rerun.out)\(rerun.err)")
        #expect(try store.dump() == clean.dump)
    }

    /// `export` and `events` into a full output device: status 74 and the reason, the database untouched.
    @Test(.needsBinary, .needsDevFull) func exportToAFullDeviceIsAnError() throws {
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "\(Requirements.devFullMissing)")
        defer { try? full.close() }
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("news.jsonl")
        try StoreFixtures.writeArticles([
            ("a", "2025-01-15", "Wire", "Seoul imposed sanctions on Moscow."),
            ("b", "2025-01-16", "Wire", "Israel attacked Syria."),
        ], to: articles)
        let db = dir.appendingPathComponent("events.sqlite").path
        #expect(try StoreFixtures.run(["ingest", "--quiet", "--db", db, articles.path]).status == 0)
        let store = try EventStore.open(db)
        defer { store.close() }
        let before = try store.dump()
        for arguments in [["export", "--format", "gdelt"], ["events"], ["actors"]] {
            let result = try StoreFixtures.run(arguments + ["--db", db], outputTo: full)
            #expect(result.status == 74, "\(arguments[0]): \(result.err)")
            #expect(result.err.contains("cannot write the output: No space left on device"), "\(arguments[0]): \(result.err)")
        }
        #expect(try store.dump() == before)
    }

    /// A record with JSON-escaped NULs (`\u0000`, which PostgreSQL text cannot hold) is stored without them
    /// and with a warning, on both backends, and the rest of the ingest goes on.
    @Test(.needsBinary) func escapedNULsAreRemovedWithAWarningOnSQLite() throws {
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        try escapedNULsAreRemovedWithAWarning(postgres: nil)
    }

    /// The same on PostgreSQL, which then holds the same rows as SQLite.
    @Test(.needsBinary, .needsPostgres) func escapedNULsAreRemovedWithAWarningOnPostgreSQLAsOnSQLite() throws {
        try #require(StoreFixtures.binary != nil, "\(Requirements.binaryMissing)")
        let server = try #require(PostgresTestDatabase.server, "\(PostgresTestDatabase.missing)")
        try escapedNULsAreRemovedWithAWarning(postgres: server)
    }

    /// Ingests the record into SQLite and, given a PostgreSQL `server`, into a new database there too.
    func escapedNULsAreRemovedWithAWarning(postgres server: String?) throws {
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("nul.jsonl")
        try Data(("""
            {"id": "a\\u0000b", "date": "2025-01-15", "title": "T\\u0000", "text": "Seoul imposed\\u0000 sanctions on Moscow."}
            {"id": "c", "date": "2025-01-15", "text": "Israel attacked Syria."}

            """).utf8).write(to: file)
        var databases = [dir.appendingPathComponent("nul.sqlite").path]
        if let server { databases.append(try PostgresTestDatabase.create(on: server)) }
        defer { if let server, databases.count > 1 { PostgresTestDatabase.drop(databases[1], server: server) } }
        var dumps: [String] = []
        for db in databases {
            let result = try StoreFixtures.run(["ingest", "--quiet", "--db", db, file.path])
            #expect(result.status == 0, "\(db): \(result.err)")
            #expect(result.err.contains("nul.jsonl:1: encoding: 3 NUL character(s) removed from article 'ab'"), "\(result.err)")
            let store = try EventStore.open(db)
            defer { store.close() }
            #expect(try store.storedHashes(["ab", "c"]).count == 2)
            dumps.append(try store.dump())
        }
        #expect(Set(dumps).count == 1, "SQLite and PostgreSQL hold the same rows")
    }
}
