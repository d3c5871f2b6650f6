import ArgumentParser
import EntenteCore
import Foundation

/// `entente validate`: runs a PETRARCH validation records file through the coder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Run a PETRARCH validation records file and report the records coded wrongly.",
        discussion: """
        Reads the records file's <Environment> (its verb, actor, agent and discard dictionaries, found beside
        the file, in its ../dictionaries folder or in --dictionaries DIR), honours its <Config> options
        (require_dyad, new_actor_length, the comma options) and codes each scored record from its <Text>.
        Prints each failing record with the expected and obtained triples, then 'N passed, M failed'.
        """
    )

    @Argument(help: ArgumentHelp("Validation records (PETR.UnitTest.records.xml).", valueName: "RECORDS.xml"))
    var records: String

    @Option(help: ArgumentHelp("Folder with the dictionaries the records name (default: beside the records or in ../dictionaries).", valueName: "DIR"))
    var dictionaries: String?

    @Flag(help: "Also use Entente's own dictionaries, under the records' ones.")
    var withBuiltin = false

    @Flag(help: "Write one JSON object per record (id, category, expected, got, passed) instead of the report.")
    var json = false

    @Option(name: .customLong("builtin-dictionaries"), help: ArgumentHelp("Folder of Entente's own dictionaries.", valueName: "DIR"))
    var builtin: String?

    func run() throws {
        let suite: ValidationSuite
        do { suite = try ValidationSuite.read(records) } catch { throw ValidationError("\(error)") }
        let folder = URL(fileURLWithPath: records).deletingLastPathComponent()
        let searched = [dictionaries.map { URL(fileURLWithPath: $0) }, folder, folder.deletingLastPathComponent().appendingPathComponent("dictionaries")].compactMap { $0 }
        func locate(_ key: String) throws -> [String] {
            guard let name = suite.environment[key] else { return [] }
            guard let found = searched.map({ $0.appendingPathComponent(name).path }).first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                throw ValidationError("\(records): <\(key)> \(name) is not in \(searched.map(\.path).joined(separator: ", "))")
            }
            return [found]
        }
        var files = PetrarchFiles()
        for kind in PetrarchFiles.Kind.allCases { files[kind] = try locate(kind.environmentKey) }
        let loaded: Dictionaries
        do {
            loaded = try Dictionaries.load(from: builtin.map { URL(fileURLWithPath: $0) } ?? Dictionaries.defaultDirectory(),
                                           petrarch: files, replacing: !withBuiltin)
        } catch { throw CommandFailure("cannot load dictionaries: \(error)") }
        let results = ValidationRunner(coder: EventCoder(dictionaries: loaded)).run(suite)
        var output = OutputBuffer()
        for result in results {
            if json {
                try output.append(ValidationJSON.encode(result) + "\n")
            } else if !result.passed {
                let expected = result.record.expected.isEmpty ? "(none)" : result.record.expected.map(\.description).joined(separator: "; ")
                let got = result.got.isEmpty ? "(none)" : result.got.map(\.description).joined(separator: "; ")
                try output.append("FAIL \(result.record.id) [\(result.record.category)] \(result.record.text)\n  expected: \(expected)\n  got:      \(got)\(result.error.map { "\n  error:    \($0)" } ?? "")\n")
            }
        }
        let passed = results.filter(\.passed).count
        if !json { try output.append("\(passed) passed, \(results.count - passed) failed\n") }
        try output.flush()
    }
}

/// One validation result as a JSON object.
enum ValidationJSON {
    static func encode(_ result: ValidationResult) -> String {
        let triples = { (list: [EventTriple]) in
            "[" + list.map { "{\"source\":\(string($0.source)),\"target\":\(string($0.target)),\"code\":\(string($0.code))}" }.joined(separator: ",") + "]"
        }
        return "{\"id\":\(string(result.record.id)),\"category\":\(string(result.record.category)),\"expected\":\(triples(result.record.expected)),\"got\":\(triples(result.got)),\"passed\":\(result.passed)\(result.error.map { ",\"error\":\(string($0))" } ?? "")}"
    }

    static func string(_ s: String) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes]), let text = String(data: data, encoding: .utf8) else { return "\"\"" }
        return String(text.dropFirst().dropLast())
    }
}
