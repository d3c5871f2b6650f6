import EntenteCore
import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A real headless Chromium against a live server holding the seed story: what a person would see.
@Suite struct ChromiumTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let seed = Server.root.deletingLastPathComponent().appendingPathComponent("shared/data/seed/article.jsonl")

    @Test(.needsChromium, .needsShared)
    func dyadAndArticlePagesShowTheSeedStory() async throws {
        try #require(Self.chromium != nil, "\(Requirements.chromiumMissing)")
        try #require(FileManager.default.fileExists(atPath: Self.seed.path), "\(Requirements.seedMissing)")
        let line = try String(contentsOf: Self.seed, encoding: .utf8).split(separator: "\n").first ?? ""
        let article = try ArticleParser.parseJSONLine(line, file: Self.seed.path, line: 1)
        let store = try MemoryStore(coder: Server.coder, articles: [article])
        try await Server.app(store).test(.live) { client in
            let port = try #require(client.port)
            let dyad = try await Self.dumpDOM("http://127.0.0.1:\(port)/dyads/RUS/KOR?by=month")
            #expect(dyad.contains("<h1>RUS – KOR</h1>"))
            #expect(dyad.contains("aria-label=\"Relation over time\""))
            #expect(dyad.contains("Impose embargo, boycott, or sanctions"))
            #expect(dyad.contains("Seoul has imposed sanctions on our country"))
            // The red line is listed in its own section, apart from the events behind the chart's points.
            let section = try Server.redLineSection(dyad)
            #expect(section.contains("class=\"redline\""))
            #expect(section.contains("Seoul does not cross the \"red line\" by directly supplying weapons to Kiev"))
            // Points for the sanctions of 2022 and for the interview's month.
            #expect(dyad.contains("<a href=\"#p-2022-02\"><circle"))
            #expect(dyad.contains("<a href=\"#p-2025-01\"><circle"))
            // The DPRK's support for Russia is on the other pair's page.
            let support = try await Self.dumpDOM("http://127.0.0.1:\(port)/dyads/PRK/RUS")
            #expect(support.contains("<span title=\"DPRK\">PRK</span> → <span title=\"Russia\">RUS</span>"))

            let page = try await Self.dumpDOM("http://127.0.0.1:\(port)/articles/\(article.id)")
            #expect(page.contains("<mark title=\"163 KOR→RUS (asserted, said by Georgy Zinoviev)"))
            #expect(page.contains("<mark title=\"050 RUS→KOR (hypothetical"))
            #expect(page.contains("<span class=\"tag hypothetical\">hypothetical</span>"))
            #expect(page.contains("Georgy Zinoviev <span class=\"muted\">(RUSGOVDIP)</span>"))
            #expect(page.contains("(red line)"))
        }
    }

    /// The DOM Chromium builds for `url`, read from a file so a full pipe cannot stall it.
    static func dumpDOM(_ url: String) async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("dom.html")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(directory.path)/profile",
                             "--timeout=60000", "--dump-dom", url]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
        return try String(contentsOf: output, encoding: .utf8)
    }
}
