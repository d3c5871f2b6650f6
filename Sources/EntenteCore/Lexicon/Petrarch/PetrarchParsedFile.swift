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
        case .actors: (content, diagnostics) = try Self.parse(lines, PetrarchActorReader(), strict: strict, as: Content.actors)
        case .agents: (content, diagnostics) = try Self.parse(lines, PetrarchAgentReader(), strict: strict, as: Content.agents)
        case .discards: (content, diagnostics) = try Self.parse(lines, PetrarchDiscardReader(), strict: strict, as: Content.discards)
        case .issues: content = .issues(try PetrarchIssueReader().parse(lines))
        case .verbs: (content, diagnostics) = try Self.parse(lines, PetrarchVerbReader(), strict: strict, as: Content.verbs)
        }
    }

    /// `lines` parsed by `reader`, stopping at a malformed entry or reporting it as `strict` says, with
    /// the entries it reported.
    private static func parse<Reader: PetrarchReading>(_ lines: [PetrarchLine], _ reader: Reader, strict: Bool,
                                                       as wrap: (Reader.Parsed) -> Content) throws(EntenteError) -> (Content, [EntenteError]) {
        var reader = reader
        reader.strict = strict
        let parsed = try reader.parse(lines)
        return (wrap(parsed), reader.diagnostics)
    }
}

/// A reader of one kind of TABARI/PETRARCH file that can skip and report malformed entries.
protocol PetrarchReading {
    associatedtype Parsed
    var strict: Bool { get set }
    var diagnostics: [EntenteError] { get }
    mutating func parse(_ lines: [PetrarchLine]) throws(EntenteError) -> Parsed
}

extension PetrarchActorReader: PetrarchReading {}
extension PetrarchAgentReader: PetrarchReading {}
extension PetrarchDiscardReader: PetrarchReading {}
extension PetrarchVerbReader: PetrarchReading {
    mutating func parse(_ lines: [PetrarchLine]) throws(EntenteError) -> PetrarchVerbs { try read(lines) }
}
