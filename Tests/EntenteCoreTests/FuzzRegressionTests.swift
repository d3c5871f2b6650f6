import Foundation
import Testing
@testable import EntenteCore

/// Every seed and every crash the fuzzers found (`Fuzz/corpus`, `Fuzz/crashes`), run through the same
/// harness the fuzz targets call (`FuzzHarness.swift` is shared with `Fuzz/Sources/FuzzSupport`).
@Suite("Fuzzing: seed corpus and saved crashes run through the fuzz harness")
struct FuzzRegressionTests {
    /// The files of `Fuzz/<folder>/<target>/`; none if the folder is missing.
    static func inputs(_ folder: String, _ target: String) -> [(name: String, bytes: [UInt8])] {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Fuzz/\(folder)/\(target)")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.compactMap { name in
            (try? Data(contentsOf: url.appendingPathComponent(name))).map { (name, [UInt8]($0)) }
        }
    }

    @Test(arguments: ["corpus", "crashes"])
    func everySavedInputRunsThroughItsHarness(folder: String) {
        for (_, bytes) in Self.inputs(folder, "text") { FuzzHarness.text(bytes, coder: Fixtures.coder) }
        for (_, bytes) in Self.inputs(folder, "jsonl") { FuzzHarness.jsonLine(bytes) }
        let small = FuzzHarness.base(Fixtures.dictionaries)
        for (_, bytes) in Self.inputs(folder, "dictionary") { FuzzHarness.dictionary(bytes, base: small) }
    }

    @Test func theSeedCorpusIsThere() {
        for target in ["text", "jsonl", "dictionary"] {
            #expect(Self.inputs("corpus", target).count >= 5, "Fuzz/corpus/\(target)")
        }
    }
}
