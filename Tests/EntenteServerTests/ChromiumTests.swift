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

    static let world = Server.root.deletingLastPathComponent().appendingPathComponent("shared/data/news/world.jsonl")
    /// Where the screenshots go: `ENTENTE_SCREENSHOTS`, else a folder in the temporary directory.
    static let screenshots = URL(fileURLWithPath: ProcessInfo.processInfo.environment["ENTENTE_SCREENSHOTS"]
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("entente-screenshots").path)

    /// The map, a country page and the network of the top 40 pairs, over a store of world.jsonl (3,162
    /// articles, SQLite) and over the demo: each is screenshot by Chromium, and in the network as Chromium lays
    /// out its text, no two node labels overlap.
    @Test(.needsChromium, .needsShared)
    func mapCountryPageAndNetworkOverWorldAndDemo() async throws {
        try #require(Self.chromium != nil, "\(Requirements.chromiumMissing)")
        try #require(FileManager.default.fileExists(atPath: Self.world.path), "\(Requirements.seedMissing)")
        let text = try String(contentsOf: Self.world, encoding: .utf8)
        let articles = try text.split(separator: "\n").enumerated().map { try ArticleParser.parseJSONLine($0.element, file: Self.world.path, line: $0.offset + 1) }
        let location = FileManager.default.temporaryDirectory.appendingPathComponent("entente-world-\(UUID().uuidString).sqlite").path
        let world = try DatabaseStore(location: location, coder: Server.coder)
        defer { world.close() }
        _ = try await world.add(articles)
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        for (name, store, country) in [("world", world as any RelationsStore, "USA"), ("demo", try Server.demoStore() as any RelationsStore, "RUS")] {
            let app = try ServerApplication.build(store: store, configuration: ServerConfiguration(port: 0))
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                for (page, path) in [("map", "/"), ("country", "/countries/\(country)"), ("network", "/network?top=40")] {
                    let file = Self.screenshots.appendingPathComponent("\(name)-\(page).png")
                    try await Self.screenshot(base + path, to: file)
                    let png = try Data(contentsOf: file)
                    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "\(file.path): \(png.count) bytes")
                }
                // (The map's outlines are counted at the router in DashboardTests; one Chromium less on a busy CI.)
                // The network page as Chromium renders it, with a probe that measures every label's box.
                let html = try await client.execute(uri: "/network?top=40", method: .get) { String(buffer: $0.body) }
                let probe = directoryFile("network.html")
                try html.replacingOccurrences(of: "</body>", with: Self.labelProbe + "</body>").write(to: probe, atomically: true, encoding: .utf8)
                let dom = try await Self.dumpDOM(probe.absoluteString)
                let labels = Int(Self.attribute("data-labels", in: dom) ?? "") ?? 0
                let twin = try await client.execute(uri: "/api/network?top=40", method: .get) { try Server.json($0) }
                let nodes = try #require(twin["nodes"] as? [Any]).count
                #expect(labels == nodes && nodes > 5, "\(name): \(labels) labels for \(nodes) nodes")
                #expect(Self.attribute("data-overlaps", in: dom) == "", "\(name): overlapping labels \(Self.attribute("data-overlaps", in: dom) ?? "?")")
            }
        }
    }

    /// A file in a new temporary folder.
    func directoryFile(_ name: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-probe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }

    /// Measures the rendered box of every node label of the network and writes how many there are and which
    /// pairs overlap onto the body, for `--dump-dom` to read.
    static let labelProbe = """
        <script>
        const boxes = [...document.querySelectorAll('svg.network text.label')].map(t => [t.textContent, t.getBoundingClientRect()]);
        const overlaps = [];
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const [a, r] = boxes[i], [b, s] = boxes[j];
          if (r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom) overlaps.push(a + '/' + b);
        }
        document.body.setAttribute('data-labels', String(boxes.length));
        document.body.setAttribute('data-overlaps', overlaps.join(' '));
        </script>
        """

    static func attribute(_ name: String, in dom: String) -> String? {
        guard let start = dom.range(of: "\(name)=\"") else { return nil }
        return dom[start.upperBound...].prefix { $0 != "\"" }.description
    }

    /// A PNG of `url` as a 1280-pixel-wide window shows it.
    static func screenshot(_ url: String, to file: URL) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try? FileManager.default.removeItem(at: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars", "--user-data-dir=\(directory.path)/profile",
                             "--timeout=60000", "--window-size=1280,1800", "--screenshot=\(file.path)", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
    }

    /// The DOM Chromium builds for `url`, read from a file so a full pipe cannot stall it. Chromium dumps an
    /// empty document when the page did not load within its timeout (a CI machine busy with the load tests
    /// once left it so): such a page is asked for once more before the test reads it.
    static func dumpDOM(_ url: String) async throws -> String {
        let first = try await dumpDOMOnce(url)
        return first.contains("<body></body>") ? try await dumpDOMOnce(url) : first
    }

    static func dumpDOMOnce(_ url: String) async throws -> String {
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
