import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// Entente under Apache Spark (`Examples/spark/`), in local mode with two workers: world.jsonl split into
/// eight files, coded through `entente code -` on each partition with the binary shipped in a bundle. The
/// events are byte for byte those of one `entente code` run (sorted), and the monthly series of three pairs
/// computed by Spark from the Parquet equal `entente dyad` over a store of the same articles. Needs Java and
/// PySpark: `.ci/run` installs PySpark from PyPI into ENTENTE_PYTHON_TOOLS.
@Suite("Past one machine: Spark", .serialized)
struct SparkTests {
    static let python = ProcessInfo.processInfo.environment["ENTENTE_PYTHON_TOOLS"].map { URL(fileURLWithPath: $0).appendingPathComponent("python") }
    static let hasSpark: Bool = {
        guard let python, FileManager.default.isExecutableFile(atPath: python.path) else { return false }
        return (try? StoreFixtures.shell("command -v java >/dev/null && '\(python.path)' -c 'import pyspark' 2>/dev/null").status) == 0
    }()
    static let sparkMissing = "Java or PySpark is missing (.ci/run installs PySpark into ENTENTE_PYTHON_TOOLS; Java from Debian's openjdk-17-jre-headless)"
    static let pairs = [("USA", "SYR"), ("TUR", "SYR"), ("USAGOV", "SYR")]

    @Test(.needsBinary, .needsShared, Requirements.need(hasSpark, sparkMissing))
    func sparkCodesAsOneProcessAndCountsAsEntenteDyad() throws {
        let world = try #require(StoreFixtures.world, Comment(rawValue: StoreFixtures.worldMissing))
        let binary = try #require(StoreFixtures.binary, Comment(rawValue: Requirements.binaryMissing))
        let python = try #require(Self.python, Comment(rawValue: Self.sparkMissing))
        let dir = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let lines = try String(contentsOf: world, encoding: .utf8).split(separator: "\n")
        for part in 0..<8 {
            let share = lines.enumerated().filter { $0.offset % 8 == part }.map(\.element).joined(separator: "\n") + "\n"
            try share.write(to: articles.appendingPathComponent("part-\(part).jsonl"), atomically: true, encoding: .utf8)
        }
        let root = StoreFixtures.repositoryRoot.path, work = dir.path
        let bundle = try StoreFixtures.shell("ENTENTE='\(binary.path)' '\(root)/Examples/spark/bundle.sh' '\(work)/entente-bundle.tar.gz'")
        #expect(bundle.status == 0, "\(bundle.output)")

        let environment = "PYSPARK_PYTHON='\(python.path)' PYSPARK_DRIVER_PYTHON='\(python.path)'"
        let started = Date()
        let job = try StoreFixtures.shell("cd '\(work)' && \(environment) '\(python.path)' '\(root)/Examples/spark/code_events.py' --master 'local[2]' "
            + "--bundle entente-bundle.tar.gz --store '\(work)/spark.sqlite' --timings articles out 2>'\(work)/spark.log'")
        let seconds = Date().timeIntervalSince(started)
        #expect(job.status == 0, "\(job.output) \((try? String(contentsOf: dir.appendingPathComponent("spark.log"), encoding: .utf8))?.suffix(3000) ?? "")")
        let one = try StoreFixtures.shell("'\(binary.path)' code '\(world.path)' 2>/dev/null | LC_ALL=C sort > '\(work)/one.jsonl'")
        let spark = try StoreFixtures.shell("cat '\(work)'/out/events/part-* | LC_ALL=C sort > '\(work)/spark.jsonl'")
        #expect(one.status == 0 && spark.status == 0)
        let expected = try Data(contentsOf: dir.appendingPathComponent("one.jsonl")), got = try Data(contentsOf: dir.appendingPathComponent("spark.jsonl"))
        #expect(expected.count > 1_000_000 && got == expected, "Spark's events differ from one entente code run (\(got.count) and \(expected.count) bytes)")
        let log = (try? String(contentsOf: dir.appendingPathComponent("spark.log"), encoding: .utf8)) ?? ""
        print("spark: world.jsonl in 8 files coded and ingested in local[2] in \(String(format: "%.1f", seconds)) s; stages:",
              log.split(separator: "\n").filter { $0.hasSuffix(" s") }.joined(separator: "; "))

        let store = dir.appendingPathComponent("world.sqlite").path
        let ingest = try StoreFixtures.shell("'\(binary.path)' ingest --quiet --db '\(store)' '\(world.path)'")
        #expect(ingest.status == 0, "\(ingest.output)")
        // The store the workers filled, partition by partition, holds what one ingest of the file holds.
        let byOne = try EventStore.open(store, notice: { _ in }), byWorkers = try EventStore.open(dir.appendingPathComponent("spark.sqlite").path, notice: { _ in })
        defer { byOne.close(); byWorkers.close() }
        #expect(try byWorkers.counts() == byOne.counts())
        #expect(try byWorkers.dump() == byOne.dump(), "the store the Spark workers filled differs from one ingest's")
        let actors = Self.pairs.map { "\($0.0) \($0.1)" }.joined(separator: " ")
        let series = try StoreFixtures.shell("cd '\(work)' && \(environment) '\(python.path)' '\(root)/Examples/spark/dyad_series.py' --master 'local[2]' "
            + "out/parquet \(actors) 2>>'\(work)/spark.log'")
        #expect(series.status == 0, "\(series.output)")
        for (source, target) in Self.pairs {
            let dyad = try StoreFixtures.shell("'\(binary.path)' dyad \(source) \(target) --format csv --db '\(store)'")
            let fromSpark = series.output.components(separatedBy: "# \(source) \(target)\n").dropFirst().first?
                .components(separatedBy: "# ").first ?? ""
            #expect(dyad.output.split(separator: "\n").count > 3, "\(source)-\(target) has too few months to compare")
            #expect(fromSpark.trimmingCharacters(in: .whitespacesAndNewlines) == dyad.output.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(source) \(target):\nspark:\n\(fromSpark)\nentente dyad:\n\(dyad.output)")
        }
    }
}
