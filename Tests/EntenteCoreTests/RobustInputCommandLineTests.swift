import Foundation
import Testing

/// `entente code` on what a scraper brings back: other encodings, binary and empty files, broken and huge
/// lines, repeated ids. Nothing crashes, every problem names its file and line, the rest is coded.
@Suite("Command line: robustness of entente code on scraped input")
struct RobustInputCommandLineTests {
    let cli = CommandLineTests()
    let sanctions = "Seoul imposed sanctions on Moscow."

    func record(_ id: String, _ text: String, date: String = "2025-01-15") -> String {
        #"{"id": "\#(id)", "date": "\#(date)", "text": "\#(text)"}"#
    }

    /// `text` in UTF-16 with its byte order mark, as Windows tools save it.
    func utf16LittleEndian(_ text: String) -> Data {
        Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }

    @Test(.needsBinary) func encodingsBinaryAndEmptyFiles() throws {
        try #require(CommandLineTests.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files: [(String, Data)] = [
            ("utf16.txt", utf16LittleEndian(sanctions)),
            ("latin1.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" owners. \(sanctions)".utf8)),
            ("nul.txt", Data("Seoul imposed\0 sanctions\0 on Moscow.".utf8)),
            ("photo.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])),
            ("empty.txt", Data()),
            ("empty.jsonl", Data()),
            ("news16.jsonl", utf16LittleEndian(record("u1", sanctions) + "\n" + record("u2", sanctions) + "\n")),
        ]
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        let result = try cli.run(["code", "--date", "2025-01-15"] + files.map { dir.appendingPathComponent($0.0).path })
        #expect(result.status == 3, "the binary file is skipped")
        #expect(result.err.contains("latin1.txt: encoding: not valid UTF-8; read as Windows-1252"))
        #expect(result.err.contains("nul.txt: encoding: 2 NUL byte(s) removed"))
        #expect(result.err.contains("photo.txt: binary file: binary content (a PNG image); skipped"))
        #expect(result.err.contains("empty.txt: empty article: article 'empty.txt' has no text"))
        #expect(result.err.contains("empty.jsonl: empty article: the file is empty: no articles"))
        let articles = CommandLineTests.articles(result.out)
        for id in ["utf16.txt", "latin1.txt", "nul.txt", "u1", "u2"] {
            #expect(articles.contains(id), "\(id) is coded")
        }
    }

    @Test(.needsBinary) func brokenHugeEmptyAndRepeatedRecordsInOneJSONLinesFile() throws {
        try #require(CommandLineTests.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let padding = String(repeating: "x", count: 50 << 20)
        let lines = [
            record("a", sanctions),
            #"{"id": "broken", "text": "Israel attacked"#,
            #"{"id": "huge", "date": "2025-01-15", "html": "\#(padding)", "text": "Israel attacked Syria."}"#,
            #"{"id": "huge-broken", "text": "\#(padding)"#,
            record("blank", "  "),
            record("a", "Israel attacked Syria."),
            record("nonsense", "x", date: "31/31/2025"),
            record("z", sanctions, date: "Wed, 15 Jan 2025 10:00:00 +0000"),
        ]
        let file = dir.appendingPathComponent("scraped.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let result = try cli.run(["code", file.path])
        #expect(result.status == 3)
        #expect(result.err.contains("scraped.jsonl:2: malformed JSON"))
        #expect(result.err.contains("scraped.jsonl:4: malformed JSON"))
        #expect(result.err.contains("scraped.jsonl:5: empty article: article 'blank' has no text"))
        #expect(result.err.contains("scraped.jsonl:6: duplicate: article id 'a' was first seen at \(file.path):1 with other text; both are kept"))
        #expect(result.err.contains("scraped.jsonl:7: invalid date: '31/31/2025'"))
        #expect(result.err.contains("3 record(s) skipped"))
        let articles = CommandLineTests.articles(result.out)
        #expect(articles.filter { $0 == "a" }.count == 2, "both records with id 'a' are coded")
        #expect(articles.contains("huge") && articles.contains("z"))
    }

    /// Every command that writes to standard output, pointed at a full device (`/dev/full`): the reason on
    /// standard error and exit status 74, not a crash and not output cut short in silence.
    @Test(.needsBinary, .needsDevFull) func aFullOutputDeviceIsAnErrorNotACrash() throws {
        try #require(CommandLineTests.binary != nil, "\(Requirements.binaryMissing)")
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "\(Requirements.devFullMissing)")
        defer { try? full.close() }
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("news.jsonl")
        try Data((record("a", sanctions) + "\n").utf8).write(to: file)
        for arguments in [["code", file.path], ["explain", sanctions], ["bench", file.path, "--loads", "1"]] {
            let result = try cli.run(arguments, outputTo: full)
            #expect(result.status == 74, "\(arguments[0]): \(result.err)")
            #expect(result.err.contains("entente: cannot write the output: No space left on device"), "\(arguments[0]): \(result.err)")
        }
        // A full standard error loses the messages, never the events or the exit status.
        let broken = dir.appendingPathComponent("broken.jsonl")
        try Data((record("a", sanctions) + "\n{\"id\": \"b\"\n").utf8).write(to: broken)
        let result = try cli.run(["code", broken.path], errorsTo: full)
        #expect(result.status == 3)
        #expect(CommandLineTests.articles(result.out) == ["a"])
    }

    /// A read that fails part way (here a folder given as a file) is reported, never taken for the end of the input.
    @Test(.needsBinary) func aFailedReadIsReportedNotTakenForTheEnd() throws {
        try #require(CommandLineTests.binary != nil, "\(Requirements.binaryMissing)")
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("news.jsonl")
        try Data((record("a", sanctions) + "\n").utf8).write(to: file)
        let result = try cli.run(["code", dir.path, file.path])
        #expect(result.status == 3)
        #expect(result.err.contains("\(dir.path): unreadable file: reading failed (Is a directory)"), "\(result.err)")
        #expect(CommandLineTests.articles(result.out) == ["a"])
    }
}
