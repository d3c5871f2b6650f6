import EntenteCore
import Foundation
@testable import EntenteStore

/// Shared fixtures of the store tests: the coder, our own small articles, temporary databases, the
/// `entente` binary, and PostgreSQL when `ENTENTE_TEST_POSTGRES` names a server.
enum StoreFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let coder: EventCoder = {
        do { return EventCoder(dictionaries: try Dictionaries.load(from: repositoryRoot.appendingPathComponent("Dictionaries"))) } catch {
            fatalError("the project's dictionaries do not load: \(error)")
        }
    }()

    /// `../shared/data/news/world.jsonl`, if this checkout has `../shared` beside it.
    static let world: URL? = {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/news/world.jsonl")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
    static let worldMissing = "skipped: ../shared/data/news/world.jsonl is not beside this checkout"

    /// The PostgreSQL server the tests may use.
    static let postgres = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let postgresMissing = "skipped: ENTENTE_TEST_POSTGRES is not set (.ci/run starts a server and sets it)"

    /// The `entente` executable that `swift build` made.
    static let binary: URL? = {
        for config in ["debug", "release"] {
            let url = repositoryRoot.appendingPathComponent(".build/\(config)/entente")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// A new folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entente-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A new, empty PostgreSQL database on the test server; its URL.
    static func newPostgresDatabase(_ base: String) throws -> String {
        let name = "entente_test_" + UUID().uuidString.prefix(8).lowercased()
        let admin = try PostgresDatabase(url: base)
        defer { admin.close() }
        try admin.read { try $0.execute("CREATE DATABASE \(name)") }
        guard var components = URLComponents(string: base) else { throw EntenteError(.database, file: base, line: nil, "bad URL") }
        components.path = "/" + name
        return components.string ?? base
    }

    /// Drops a database `newPostgresDatabase` made, even while a killed ingest's connection lingers.
    static func dropPostgresDatabase(_ url: String, server: String) {
        guard let name = URLComponents(string: url)?.path.drop(while: { $0 == "/" }), name.hasPrefix("entente_test_"),
              let admin = try? PostgresDatabase(url: server) else { return }
        defer { admin.close() }
        _ = try? admin.read { try $0.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    /// Writes JSON Lines articles of our own to `file`.
    static func writeArticles(_ articles: [(id: String, date: String, source: String, text: String)], to file: URL) throws {
        let lines = articles.map { a in
            var line = "{\"id\":"
            EventJSON.string(a.id, &line)
            line += ",\"date\":\"\(a.date)\",\"source\":"
            EventJSON.string(a.source, &line)
            line += ",\"text\":"
            EventJSON.string(a.text, &line)
            return line + "}"
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    }

    /// Runs the `entente` binary; its status, standard output and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        guard let binary else { throw EntenteError(.unreadable, file: "entente", line: nil, "the entente binary is not built") }
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
