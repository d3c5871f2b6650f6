import Foundation

/// The files of a TABARI/PETRARCH dictionary set, by kind.
public struct PetrarchFiles: Sendable, Equatable {
    public var verbs: [String] = []
    public var actors: [String] = []
    public var agents: [String] = []
    public var discards: [String] = []
    public var issues: [String] = []

    public init() {}

    /// A kind of dictionary file, with its key in `PETR_config.ini` and in a validation file's `<Environment>`.
    public enum Kind: CaseIterable, Sendable {
        case verbs, actors, agents, discards, issues

        public var configKey: String {
            switch self {
            case .verbs: "verbfile_name"
            case .actors: "actorfile_list"
            case .agents: "agentfile_name"
            case .discards: "discardfile_name"
            case .issues: "issuefile_name"
            }
        }

        public var environmentKey: String {
            switch self {
            case .verbs: "Verbfile"
            case .actors: "Actorfile"
            case .agents: "Agentfile"
            case .discards: "Discardfile"
            case .issues: "Issuefile"
            }
        }
    }

    /// The files of one kind.
    public subscript(kind: Kind) -> [String] {
        get {
            switch kind {
            case .verbs: verbs
            case .actors: actors
            case .agents: agents
            case .discards: discards
            case .issues: issues
            }
        }
        set {
            switch kind {
            case .verbs: verbs = newValue
            case .actors: actors = newValue
            case .agents: agents = newValue
            case .discards: discards = newValue
            case .issues: issues = newValue
            }
        }
    }

    public var isEmpty: Bool { verbs.isEmpty && actors.isEmpty && agents.isEmpty && discards.isEmpty && issues.isEmpty }

    /// The set named by a `PETR_config.ini` (its `[Dictionaries]` section), with file names resolved in the
    /// ini's folder, else its `dictionaries/` or `../dictionaries/` folder (PETRARCH's own layout).
    public static func config(_ path: String) throws(EntenteError) -> PetrarchFiles {
        let ini = try PetrarchConfig.read(path)
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        let folders = [base, base.appendingPathComponent("dictionaries"), base.deletingLastPathComponent().appendingPathComponent("dictionaries")]
        func resolve(_ key: String) throws(EntenteError) -> [String] {
            guard let value = ini.dictionaries[key], !value.isEmpty else { return [] }
            var out: [String] = []
            for name in value.split(separator: ",").map({ $0.trimmedBlanks }) where !name.isEmpty {
                guard let found = folders.map({ $0.appendingPathComponent(name).path }).first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                    throw EntenteError(.unreadable, file: path, line: ini.lines[key], "\(key): no file '\(name)' beside the config or in its dictionaries folder")
                }
                out.append(found)
            }
            return out
        }
        var files = PetrarchFiles()
        for kind in Kind.allCases { files[kind] = try resolve(kind.configKey) }
        return files
    }

    /// The set in `directory`: its `PETR_config.ini` (or PETRARCH's `../config/PETR_config.ini`) if there
    /// is one, else the files told by their names (`*verbs*`, `*actors*`, `*agents*`, `*discards*`, `*issue*`).
    public static func detect(in directory: String) throws(EntenteError) -> PetrarchFiles {
        let url = URL(fileURLWithPath: directory)
        for ini in [url.appendingPathComponent("PETR_config.ini"), url.deletingLastPathComponent().appendingPathComponent("config/PETR_config.ini")]
        where FileManager.default.fileExists(atPath: ini.path) {
            return try config(ini.path)
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw EntenteError(.unreadable, file: directory, line: nil, "cannot list the dictionaries folder")
        }
        var files = PetrarchFiles()
        for name in names.sorted() where name.hasSuffix(".txt") {
            let path = url.appendingPathComponent(name).path
            let lower = name.lowercased()
            if lower.contains("verb") { files.verbs.append(path) }
            else if lower.contains("actor") { files.actors.append(path) }
            else if lower.contains("agent") { files.agents.append(path) }
            else if lower.contains("discard") { files.discards.append(path) }
            else if lower.contains("issue") { files.issues.append(path) }
        }
        if files.verbs.count > 1 {
            throw EntenteError(.unreadable, file: directory, line: nil,
                               "several verb dictionaries (\(files.verbs.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", "))): name one set with a PETR_config.ini")
        }
        if files.isEmpty { throw EntenteError(.unreadable, file: directory, line: nil, "no TABARI/PETRARCH dictionary files (*verbs*, *actors*, *agents*, *discards*, *issues*) here") }
        return files
    }
}

extension Dictionaries {
    /// Entente's dictionaries under `builtin` with the TABARI/PETRARCH set `files`: in place of Entente's
    /// actors and patterns when `replacing` (so only the ontology and the irregular verbs are read from
    /// `builtin`), else on top of them.
    public static func load(from builtin: URL, petrarch files: PetrarchFiles, replacing: Bool, strict: Bool = true) throws(EntenteError) -> Dictionaries {
        var dictionaries = replacing ? try loadGrammar(from: builtin) : try load(from: builtin)
        try dictionaries.addPetrarch(files, replacing: replacing, strict: strict)
        return dictionaries
    }

    /// Adds a TABARI/PETRARCH dictionary set; with `replacing`, its actors and patterns take the place of
    /// the ones loaded so far (the ontology and the irregular verbs stay: they are English and CAMEO).
    public mutating func addPetrarch(_ files: PetrarchFiles, replacing: Bool, strict: Bool = true) throws(EntenteError) {
        if replacing {
            actors = ActorLexicon()
            patterns = PatternLexicon()
            discards = DiscardList()
        }
        // The files are parsed on all cores (a Phoenix set's actors and its verbs take about as long),
        // then added in a fixed order so that the lexicons are the same on any machine: actors before
        // agents (an agent phrase never displaces an actor of the same words; whether a code names a
        // state depends on the actor files before), then discards, issues and verbs.
        let jobs = [PetrarchFiles.Kind.actors, .agents, .discards, .issues, .verbs].flatMap { kind in files[kind].map { (kind, $0) } }
        let parsed = Slots<Result<PetrarchParsedFile, EntenteError>>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            parsed.set(i, Result { () throws(EntenteError) in try PetrarchParsedFile(jobs[i].0, path: jobs[i].1, strict: strict) })
        }
        // The first failing file in that order is the one reported, as when they were read one by one.
        for result in parsed.values() {
            let file = try result.get()
            switch file.content {
            case .actors(let records): PetrarchActorReader.add(records, into: &actors)
            case .agents(let phrases): PetrarchAgentReader.add(phrases, into: &actors)
            case .discards(let entries): PetrarchDiscardReader.add(entries, into: &discards)
            case .issues(let entries): PetrarchIssueReader.add(entries, into: &issues)
            case .verbs(let verbs): addPetrarchVerbs(verbs)
            }
            diagnostics += file.diagnostics
        }
    }

    /// Adds translated verb patterns: their irregular forms first (for verbs the grammar does not know
    /// already), then the patterns, admitting their codes to the ontology.
    public mutating func addPetrarchVerbs(_ verbs: PetrarchVerbs) {
        for (base, forms) in verbs.forms where inflector.irregular[base] == nil {
            let third = forms.filter { $0.hasSuffix("s") && !$0.hasSuffix("ss") }
            let past = forms.filter { !$0.hasSuffix("ing") && !third.contains($0) }
            guard !past.isEmpty else { continue }
            inflector.irregular[base] = (past, past, third)
        }
        for pattern in verbs.patterns {
            ontology.admit(pattern.code)
            if let reverse = pattern.reverseCode { ontology.admit(reverse) }
            patterns.add(pattern, inflector: inflector)
        }
    }
}
