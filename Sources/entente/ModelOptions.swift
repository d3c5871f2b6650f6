import ArgumentParser
import EntenteCore
import Foundation

/// Options of commands that load the tagger and parser.
struct ModelOptions: ParsableArguments {
    @Option(name: .customLong("models"), help: ArgumentHelp("Folder of the tagger and parser models (default: the project's Models/, or $ENTENTE_MODELS).", valueName: "DIR"))
    var directory: String?

    /// Loads the models, or fails with the file and the reason.
    func load() throws -> SyntaxModel {
        let url = directory.map { URL(fileURLWithPath: $0) } ?? SyntaxModel.defaultDirectory()
        do {
            return try SyntaxModel.load(from: url)
        } catch {
            throw CommandFailure("cannot load the syntax models: \(error)")
        }
    }
}

/// Reads a CoNLL-U file for a command.
func readConllU(_ path: String) throws -> [ConllSentence] {
    guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("\(path): cannot read the file") }
    do {
        return try ConllU.read(String(decoding: data, as: UTF8.self), file: path)
    } catch {
        throw CommandFailure("\(error)")
    }
}
