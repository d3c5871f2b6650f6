import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// An export killed with SIGKILL: the database is as it was, what was written is a prefix of the full
/// export, and exporting again gives the full export.
@Suite("Export under SIGKILL")
struct ExportFaultTests {
    @Test(.needsShared, .needsBinary) func exportKilledMidRunLeavesTheDatabaseAsItWas() throws {
        let world = try #require(StoreFixtures.world, "\(StoreFixtures.worldMissing)")
        let binary = try #require(StoreFixtures.binary, "\(Requirements.binaryMissing)")
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("export.sqlite").path
        let store = try EventStore.open(db)
        defer { store.close() }
        _ = try Ingester(store: store, coder: StoreFixtures.coder).run([world.path])
        let before = try store.dump()
        let full = try StoreFixtures.run(["export", "--db", db, "--format", "gdelt"])
        #expect(full.status == 0 && !full.out.isEmpty)

        let partialURL = dir.appendingPathComponent("partial.tsv")
        FileManager.default.createFile(atPath: partialURL.path, contents: nil)
        let partial = try FileHandle(forWritingTo: partialURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["export", "--db", db, "--format", "gdelt"]
        process.standardOutput = partial
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill as soon as the first rows are out (the export may also finish first on a fast machine).
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline, (try? partialURL.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0 == 0 {
            Thread.sleep(forTimeInterval: 0.001)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try partial.close()

        let written = String(decoding: try Data(contentsOf: partialURL), as: UTF8.self)
        #expect(full.out.hasPrefix(written))
        #expect(try store.dump() == before)
        let again = try StoreFixtures.run(["export", "--db", db, "--format", "gdelt"])
        #expect(again.status == 0 && again.out == full.out)
    }
}
