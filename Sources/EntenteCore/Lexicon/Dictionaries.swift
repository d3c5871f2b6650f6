import Foundation

/// Everything the coder knows, loaded from a dictionaries folder: actors, event patterns, the ontology.
public struct Dictionaries: Sendable {
    public var actors = ActorLexicon()
    public var patterns = PatternLexicon()
    public var ontology = CameoOntology()
    public var inflector = Inflector()
    /// Phrases whose sentence (or story) is not coded.
    public var discards = DiscardList()
    /// Issue phrases, from PETRARCH issue dictionaries.
    public var issues = IssueLexicon()
    /// Malformed entries of TABARI/PETRARCH dictionaries that were reported and skipped (not strict loading).
    public var diagnostics: [EntenteError] = []
    /// The gazetteer of `places/`, read when an event is first placed; nil when the folder has none.
    public var places: GazetteerSource?

    public init() {}

    /// Loads every dictionary under `directory` (the layout of the project's `Dictionaries/`).
    public static func load(from directory: URL) throws(EntenteError) -> Dictionaries {
        var dictionaries = try loadGrammar(from: directory)
        let read = { @Sendable (relative: String) throws(EntenteError) -> [DictionaryRecord] in
            try records(relative, in: directory)
        }
        let files = { (folder: String, prefix: String) -> [String] in
            let url = directory.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
        }
        for file in files("actors", "countries") { try dictionaries.actors.addCountries(try read(file)) }
        for file in ["actors/igos.txt", "actors/groups.txt", "actors/regions.txt", "actors/institutions.txt"]
        where FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path) {
            try dictionaries.actors.addNamed(try read(file))
        }
        try dictionaries.actors.addRoles(try read("actors/roles.txt"))
        for file in files("actors", "office-holders") { try dictionaries.actors.addOfficeHolders(try read(file)) }
        let gazetteer = directory.appendingPathComponent(Gazetteer.fileName).path
        if FileManager.default.fileExists(atPath: gazetteer) { dictionaries.places = GazetteerSource(path: gazetteer) }
        let known = Set(dictionaries.ontology.codes.keys)
        // The verb files are most of the load time and independent of each other: parse them on all
        // cores, then add them in file order so the lexicon is the same on any machine.
        let verbFiles = files("verbs", "")
        let parsed = Slots<Result<[EventPattern], EntenteError>>(count: verbFiles.count)
        DispatchQueue.concurrentPerform(iterations: verbFiles.count) { i in
            parsed.set(i, Result { () throws(EntenteError) -> [EventPattern] in
                try read(verbFiles[i]).map { record throws(EntenteError) in try EventPattern.parse(record, knownCodes: known) }
            })
        }
        for result in parsed.values() {
            for pattern in try result.get() { dictionaries.patterns.add(pattern, inflector: dictionaries.inflector) }
        }
        return dictionaries
    }

    /// Only the CAMEO ontology and the irregular verbs under `directory`: what a TABARI/PETRARCH set
    /// that replaces Entente's actors and patterns still needs (the rest would be loaded to be thrown away).
    public static func loadGrammar(from directory: URL) throws(EntenteError) -> Dictionaries {
        var dictionaries = Dictionaries()
        dictionaries.ontology = try CameoOntology(records: try records("ontology/cameo-codes.txt", in: directory))
        try dictionaries.inflector.addIrregular(try records("grammar/irregular-verbs.txt", in: directory))
        return dictionaries
    }

    /// The records of the dictionary file at `relative` under `directory`.
    private static func records(_ relative: String, in directory: URL) throws(EntenteError) -> [DictionaryRecord] {
        let url = directory.appendingPathComponent(relative)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw EntenteError(.unreadable, file: url.path, line: nil, "cannot read dictionary file (\(error.localizedDescription))")
        }
        // Invalid UTF-8 is an error naming its line, not a silent replacement.
        return DictionaryFile.records(try DictionaryFile.text([UInt8](data), file: url.path), file: url.path)
    }

    /// The project's `Dictionaries/` folder: `$ENTENTE_DICTIONARIES`, else beside the executable or the
    /// working directory, else in the source tree this library was built from.
    public static func defaultDirectory() -> URL {
        if let path = ProcessInfo.processInfo.environment["ENTENTE_DICTIONARIES"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var candidates: [URL] = []
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        for _ in 0..<5 {
            executable = executable.deletingLastPathComponent()
            candidates.append(executable.appendingPathComponent("Dictionaries"))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Dictionaries"))
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Dictionaries"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ontology/cameo-codes.txt").path) {
            return candidate
        }
        return source.appendingPathComponent("Dictionaries")
    }
}

extension Inflector {
    /// Reads `base  past  participle  [third]` records.
    public mutating func addIrregular(_ records: [DictionaryRecord]) throws(EntenteError) {
        for record in records {
            guard (3...4).contains(record.fields.count) else { throw record.error("expected 'base  past  participle  [third-person]'") }
            let f = record.fields
            let split = { (s: String) throws(EntenteError) in try DictionaryFile.names(s, in: record).map { $0.lowercased() } }
            irregular[f[0].lowercased()] = (try split(f[1]), try split(f[2]), f.count == 4 ? try split(f[3]) : [])
        }
    }
}
