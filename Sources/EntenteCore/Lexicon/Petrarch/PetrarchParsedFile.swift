/// One file of a TABARI/PETRARCH set, parsed but not yet added to the dictionaries: the files of a set
/// are parsed on several threads, then added one after another in a fixed order.
struct PetrarchParsedFile: Sendable {
    enum Content: Sendable {
        case actors([PetrarchActorReader.Record])
        case agents([(words: [String], entry: ActorEntry)])
        case discards([DiscardList.Entry])
        case issues([PetrarchIssueReader.Entry])
        case verbs(PetrarchVerbs)
    }

    var content: Content
    /// The malformed entries skipped (when not strict), each naming file, line and what was expected.
    var diagnostics: [EntenteError] = []

    /// Reads and parses the file at `path`, a dictionary of `kind`.
    init(_ kind: PetrarchFiles.Kind, path: String, strict: Bool) throws(EntenteError) {
        // Every kind but issues takes TABARI's legacy `;` comments.
        let lines = try PetrarchSource.lines(ofFile: path, semicolonComments: kind != .issues)
        switch kind {
        case .actors:
            var reader = PetrarchActorReader()
            reader.strict = strict
            content = .actors(try reader.parse(lines))
            diagnostics = reader.diagnostics
        case .agents:
            var reader = PetrarchAgentReader()
            reader.strict = strict
            content = .agents(try reader.parse(lines))
            diagnostics = reader.diagnostics
        case .discards:
            var reader = PetrarchDiscardReader()
            reader.strict = strict
            content = .discards(try reader.parse(lines))
            diagnostics = reader.diagnostics
        case .issues:
            content = .issues(try PetrarchIssueReader().parse(lines))
        case .verbs:
            var reader = PetrarchVerbReader()
            reader.strict = strict
            content = .verbs(try reader.read(lines))
            diagnostics = reader.diagnostics
        }
    }
}
