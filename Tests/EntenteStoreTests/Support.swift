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
    static let worldMissing = "../shared/data/news/world.jsonl is not beside this checkout"

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

    /// Runs `command` with the shell; its status and what it printed (see `PostgresTestDatabase.runShell`).
    @discardableResult
    static func shell(_ command: String) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("entente-shell-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let status = PostgresTestDatabase.runShell(command, log: log.path)
        return (status, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    /// Runs the `entente` binary; its status, standard output and standard error.
    /// `outputTo` sends standard output to a file instead of a pipe.
    static func run(_ arguments: [String], outputTo: FileHandle? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        guard let binary else { throw EntenteError(.unreadable, file: "entente", line: nil, "the entente binary is not built") }
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = outputTo ?? out
        if outputTo != nil { try out.fileHandleForWriting.close() }
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
