import ArgumentParser
import EntenteCore
import Foundation

/// Options shared by commands that load dictionaries.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("builtin-dictionaries"), help: ArgumentHelp("Folder of Entente's own dictionaries (default: the project's Dictionaries/, or $ENTENTE_DICTIONARIES).", valueName: "DIR"))
    var builtin: String?

    /// Loads the dictionaries, or exits with the error naming file and line.
    func load() throws -> Dictionaries {
        let directory = builtin.map { URL(fileURLWithPath: $0) } ?? Dictionaries.defaultDirectory()
        do {
            return try Dictionaries.load(from: directory)
        } catch {
            throw ValidationError("cannot load dictionaries: \(error)")
        }
    }
}
