import Foundation
import Testing

/// Runs the built `entente` binary end to end, as a user would.
@Suite("Command line: entente code on good and bad input")
struct CommandLineTests {
    /// The `entente` executable that `swift test` built beside the test bundle.
    static let binary: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for config in ["debug", "release"] {
            let url = root.appendingPathComponent(".build/\(config)/entente")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// Runs the binary; `outputTo` and `errorsTo` send standard output or error to a file instead of a pipe.
    func run(_ arguments: [String], stdin: Data? = nil, outputTo: FileHandle? = nil, errorsTo: FileHandle? = nil) throws
        -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = try #require(Self.binary, "the entente binary is not built")
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = outputTo ?? out
        process.standardError = errorsTo ?? err
        if outputTo != nil { try out.fileHandleForWriting.close() }
        if errorsTo != nil { try err.fileHandleForWriting.close() }
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder for one test's input files; the caller removes it.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entente-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The article ids in `code`'s output.
    static func articles(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["article"] as? String
        }
    }

    @Test(.needsBinary) func badLinesAreReportedWithFileAndLineAndTheRestIsCoded() throws {
        try #require(Self.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("news.jsonl")
        var data = Data()
        data += Data(#"{"id": "a", "date": "2025-01-15", "text": "Seoul imposed sanctions on Moscow."}"#.utf8) + Data("\n".utf8)
        data += Data(#"{"id": "b", "date": "2025-01-15", "text": "broken"#.utf8) + Data("\n".utf8)
        data += Data(#"{"id": "c", "date": "the day after", "text": "Israel attacked Syria."}"#.utf8) + Data("\n".utf8)
        data += Data(#"{"id": "d", "date": "2025-01-15", "text": "Séoul "#.utf8) + Data([0xFF, 0xFE]) + Data(#" bytes"}"#.utf8) + Data("\n".utf8)
        data += Data(#"{"id": "e", "date": "2025-01-15", "text": "Israel attacked Syria."}"#.utf8) + Data("\n".utf8)
        try data.write(to: file)
        let result = try run(["code", file.path])
        #expect(result.status == 3)
        #expect(result.err.contains("news.jsonl:2: malformed JSON"))
        #expect(result.err.contains("news.jsonl:3: invalid date"))
        #expect(result.err.contains("news.jsonl:4: invalid UTF-8: 2 invalid byte sequence(s) replaced with U+FFFD"))
        #expect(result.err.contains("2 record(s) skipped"))
        let articles = Self.articles(result.out)
        #expect(articles.contains("a") && articles.contains("e"))
    }

    @Test(.needsBinary) func plainTextWithADateAndStandardInput() throws {
        try #require(Self.binary != nil, "\(Requirements.binaryMissing)")
        let result = try run(["code", "--date", "2025-01-15", "-"], stdin: Data("Japan imposed sanctions on Russia last year.".utf8))
        #expect(result.status == 0)
        #expect(result.out.contains(#""code":"163""#) && result.out.contains(#""date":"2024""#) && result.out.contains(#""article":"stdin""#))
        let help = try run(["code", "--help"])
        #expect(help.out.contains("USAGE"))
    }

    @Test(.needsBinary) func outputIsDeterministic() throws {
        try #require(Self.binary != nil, "\(Requirements.binaryMissing)")
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/articles.jsonl")
        let first = try run(["code", examples.path])
        let second = try run(["code", examples.path])
        #expect(first.status == 0 && !first.out.isEmpty && first.out == second.out)
    }

    @Test(.needsBinary) func benchCountsWhatItCodesAndWritesJSON() throws {
        let binary = try #require(Self.binary, "\(Requirements.binaryMissing)")
        let root = binary.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("Examples/articles.jsonl")
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("entente-bench-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let result = try run(["bench", corpus.path, "--threads", "1,2", "--repeat", "1", "--loads", "1", "--replicate", "2", "--json", json.path])
        #expect(result.status == 0)
        #expect(result.out.contains("1 thread") && result.out.contains("2 threads") && result.out.contains("2x corpus"))
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let runs = try #require(figures["runs"] as? [[String: Any]])
        let scaling = try #require(figures["scaling"] as? [[String: Any]])
        let coded = try run(["code", "--threads", "1", corpus.path]).out.split(separator: "\n").count
        // Both thread counts code the same corpus into the same events; twice the corpus, twice the events.
        #expect(runs.count == 2 && runs.allSatisfy { $0["events"] as? Int == coded && $0["articles"] as? Int == 5 })
        #expect(scaling.first?["events"] as? Int == 2 * coded)
    }
}
