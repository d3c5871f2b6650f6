import Foundation
import Testing

/// `entente parse`, `eval-parse` and a missing or broken model folder, run as a user would.
@Suite("Command line: entente parse and eval-parse")
struct ParseCommandTests {
    static let cli = CommandLineTests()

    @Test(.needsBinary)
    func parseWritesCoNLLUWithATreePerSentence() throws {
        let input = Data(#"{"id": "a", "date": "2025-01-15", "text": "Seoul imposed sanctions on Moscow. The talks were cancelled by Russia."}"#.utf8)
        let result = try Self.cli.run(["parse", "--format", "conllu", "-"], stdin: input)
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "# newdoc id = a")
        #expect(lines.contains("# offsets = 0 34"))
        let tokens = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(tokens.count == 13)
        #expect(tokens.allSatisfy { $0.count == 10 && Int($0[6]) != nil && $0[4] != "_" && $0[7] != "_" })
        #expect(tokens.filter { $0[7] == "ROOT" }.count == 2)
        let tree = try Self.cli.run(["parse", "--format", "tree", "-"], stdin: input)
        #expect(tree.out.contains("imposed  VBD  ROOT"))
        #expect(tree.out.contains("── Seoul  NNP  nsubj"))
        let skeleton = try Self.cli.run(["parse", "--tokens-only", "--models", "/nonexistent", "-"], stdin: input)
        #expect(skeleton.status == 0)
        #expect(skeleton.out.contains("1\tSeoul\t_\t_\t_\t_\t_\t_\t_\t_"))
    }

    @Test(.needsBinary)
    func aMissingOrCorruptModelIsAClearError() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Data(#"{"id": "a", "date": "2025-01-15", "text": "Seoul imposed sanctions on Moscow."}"#.utf8)
        let missing = try Self.cli.run(["code", "--parse", "--models", dir.path, "-"], stdin: input)
        #expect(missing.status == 1)
        #expect(missing.err.contains("cannot load the syntax models"))
        #expect(missing.err.contains("english-tagger.model"))
        let models = Fixtures.repositoryRoot.appendingPathComponent("Models")
        var tagger = try Data(contentsOf: models.appendingPathComponent("english-tagger.model"))
        tagger = tagger.prefix(tagger.count / 2)
        try tagger.write(to: dir.appendingPathComponent("english-tagger.model"))
        try FileManager.default.copyItem(at: models.appendingPathComponent("english-parser.model"), to: dir.appendingPathComponent("english-parser.model"))
        let truncated = try Self.cli.run(["explain", "--parse", "--models", dir.path, "Seoul imposed sanctions on Moscow."])
        #expect(truncated.status == 1)
        #expect(truncated.err.contains("checksum mismatch: the file is truncated or corrupt"))
        // Without the parse, no model is needed.
        let plain = try Self.cli.run(["code", "--models", dir.path, "-"], stdin: input)
        #expect(plain.status == 0)
        #expect(plain.out.contains("\"code\":\"163\""))
    }

    @Test(.needsBinary)
    func explainShowsTheTreeWithParse() throws {
        let sentence = "Turkey said that Greek jets had violated its airspace."
        let shown = try Self.cli.run(["explain", "--parse", sentence])
        #expect(shown.status == 0, "\(shown.err)")
        #expect(shown.out.contains("  parse\n    said  VBD  ROOT\n"))
        #expect(shown.out.contains("── violated  VBN  ccomp"))
        let plain = try Self.cli.run(["explain", sentence])
        #expect(!plain.out.contains("  parse\n"))
    }

    @Test(.needsBinary)
    func evalParseReportsAgreementOnItsOwnOutput() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Data(#"{"id": "a", "date": "2025-01-15", "text": "Seoul imposed sanctions on Moscow. Moscow said it would respond if Seoul sent arms to Kyiv."}"#.utf8)
        let parsed = try Self.cli.run(["parse", "-"], stdin: input)
        let file = dir.appendingPathComponent("own.conllu")
        try Data(parsed.out.utf8).write(to: file)
        let report = try Self.cli.run(["eval-parse", file.path])
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("tags: 100.00%"))
        #expect(report.out.contains("labelled attachment: 100.00%"))
    }
}
