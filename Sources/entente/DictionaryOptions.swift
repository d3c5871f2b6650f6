import ArgumentParser
import EntenteCore
import Foundation

/// Options shared by commands that load dictionaries.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("builtin-dictionaries"), help: ArgumentHelp("Folder of Entente's own dictionaries (default: the project's Dictionaries/, or $ENTENTE_DICTIONARIES).", valueName: "DIR"))
    var builtin: String?

    @Option(name: .customLong("dictionaries"), help: ArgumentHelp("A TABARI/PETRARCH dictionary set: a folder (its PETR_config.ini, PETRARCH's ../config/PETR_config.ini, or files told by name) or a PETR_config.ini.", valueName: "DIR"))
    var petrarch: String?

    @Flag(name: .customLong("with-builtin"), help: "With --dictionaries: code with the PETRARCH set on top of Entente's own dictionaries instead of in their place.")
    var withBuiltin = false

    @Flag(name: .customLong("strict-dictionaries"), help: "With --dictionaries: stop at the first malformed entry instead of reporting each on standard error and skipping it.")
    var strict = false

    @OptionGroup var models: ModelOptions

    @Flag(name: .customLong("parse"), help: "Tag and parse the text (Models/), and take an event's source and target from the parse where it names them.")
    var parse = false

    @Flag(name: .customLong("no-places"), help: "Do not look for where events took place (the gazetteer, Dictionaries/places/, is then not loaded).")
    var noPlaces = false

    @Flag(name: .customLong("petrarch-options"), help: "With --dictionaries: PETRARCH's coding options (dyads only, comma clauses dropped; from its PETR_config.ini when there is one).")
    var petrarchOptions = false

    /// Loads the dictionaries, or exits with the error naming file and line.
    func load() throws -> Dictionaries {
        let directory = builtin.map { URL(fileURLWithPath: $0) } ?? Dictionaries.defaultDirectory()
        do {
            guard let petrarch else { return try Dictionaries.load(from: directory) }
            let files = petrarch.hasSuffix(".ini") ? try PetrarchFiles.config(petrarch) : try PetrarchFiles.detect(in: petrarch)
            let dictionaries = try Dictionaries.load(from: directory, petrarch: files, replacing: !withBuiltin, strict: strict)
            for diagnostic in dictionaries.diagnostics {
                StandardStreams.writeError("entente: \(diagnostic) (entry skipped)\n")
            }
            return dictionaries
        } catch {
            throw CommandFailure("cannot load dictionaries: \(error)")
        }
    }

    /// Gives `coder` the gazetteer, or none with `--no-places`.
    func setPlaces(of coder: inout EventCoder) throws {
        if noPlaces {
            coder.places = nil
            return
        }
        // With a PETRARCH set in place of ours, events are still placed by our gazetteer.
        coder.places = coder.places ?? GazetteerSource(path: (builtin.map { URL(fileURLWithPath: $0) } ?? Dictionaries.defaultDirectory())
            .appendingPathComponent(Gazetteer.fileName).path)
        // Read now, so that a missing or broken gazetteer stops the command with its reason rather than
        // leaving every event without a place.
        do { _ = try coder.places?.gazetteer() } catch { throw CommandFailure("cannot load the gazetteer: \(error)") }
    }

    /// A coder for the loaded dictionaries, with PETRARCH's options when asked for.
    func coder() throws -> EventCoder {
        var coder = EventCoder(dictionaries: try load())
        if parse { coder.syntax = try models.load() }
        try setPlaces(of: &coder)
        if petrarchOptions, let petrarch {
            coder.options = .petrarch
            let ini = petrarch.hasSuffix(".ini") ? petrarch : [URL(fileURLWithPath: petrarch).appendingPathComponent("PETR_config.ini"),
                                                               URL(fileURLWithPath: petrarch).deletingLastPathComponent().appendingPathComponent("config/PETR_config.ini")]
                .map(\.path).first { FileManager.default.fileExists(atPath: $0) } ?? ""
            if !ini.isEmpty {
                do { try PetrarchConfig.read(ini).apply(to: &coder.options) } catch { throw ValidationError("\(error)") }
            }
        }
        return coder
    }
}
