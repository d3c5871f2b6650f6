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
        for (_, bytes) in Self.inputs(folder, "markup") { FuzzHarness.markup(bytes, coder: Fixtures.coder) }
        for (_, bytes) in Self.inputs(folder, "petrarch") { FuzzHarness.petrarch(bytes, base: small) }
    }

    @Test func theSeedCorpusIsThere() {
        for target in ["text", "jsonl", "dictionary", "markup", "petrarch"] {
            #expect(Self.inputs("corpus", target).count >= 5, "Fuzz/corpus/\(target)")
        }
    }
}

/// Each input the fuzzers saved, fed as bytes to the reader it reached, with what it must give.
@Suite("Fuzzing: saved inputs as unit tests")
struct FuzzFindingsTests {
    /// Fuzz/crashes/dictionary/timeout-under-load-52e9e54f: a roles file of pattern-like lines, NUL bytes and
    /// broken UTF-8 that passed the 10 s limit once while the machine was loaded; alone it reads in
    /// milliseconds. Kept so that it stays fast and is read the same way.
    static let rolesUnderLoad = [UInt8](Data(base64Encoded: "AkdPVkhMSCAgeQpHT1ZFRFUgIGVkdWNhdGlvbkFJTlRBSU4gY29udAowNzAgICBTRU5EIGFpZHxhc3Npc3RhbmNlCjA3MCAgIERFTElWRVIgYWlkfGFzc2lzdGFuYwABAAAAAAAAZQowNzAgICB0aW9uQUlOVEFJTiBjb250CjA3MCAgIFNFTkQgYWlkfGFzc2lzdGFuY2UKMDcwICAgREVMSVZFUiBhaWR8YXNzadKI0tLS0tLS0tLS0tLS0tLS0tLS0tJURU5EIGFpZHyzYXNzaXN0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0YW5jZQowNzAgICBTSElQIGFpZHxhc3NmZmZmbHR1cmUgfCBhZ3JpY3VsdHVyZSBtaW5pc3RyeSB8IG1pbmlzdHJ5IG9mIGFncmljdWx0dXJlCg==") ?? Data())

    @Test func rolesFileThatTimedOutUnderLoad() throws {
        #expect(Self.rolesUnderLoad.count == 412 && Self.rolesUnderLoad.first == 2)
        FuzzHarness.dictionary(Self.rolesUnderLoad, base: FuzzHarness.base(Fixtures.dictionaries))
        let text = TextDecoding.decodeLine(Self.rolesUnderLoad.dropFirst()).text
        // Every line is a well-formed role entry (codes in threes, names between bars): it loads whole.
        let records = DictionaryFile.records(text, file: "roles.txt")
        #expect(records.count == 8 && records.allSatisfy { $0.fields.count == 2 })
        var actors = ActorLexicon()
        #expect(throws: Never.self) { try actors.addRoles(records) }
    }

    /// Fuzz/crashes/petrarch/self-naming-set-de5756e0: an agents file whose substitution set names itself
    /// ("!minist! = the!minist!") recursed until the stack overflowed. A member is put in as written.
    @Test func aSubstitutionSetThatNamesItselfIsReadOnce() throws {
        var lexicon = ActorLexicon()
        var agents = PetrarchAgentReader()
        try agents.read(PetrarchSource.lines("!A! = the!A!, AN\nX!A! [~GOV]\n", file: "a.agents"), into: &lexicon)
        #expect(lexicon.phrases.exact(["xan"]) != nil)
    }
}
