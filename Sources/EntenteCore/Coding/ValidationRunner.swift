/// The outcome of coding one validation record.
public struct ValidationResult: Sendable {
    public var record: ValidationRecord
    public var got: [EventTriple]
    /// The error the record raised instead of being coded (`bad_input_parse`, `storydiscard`, …).
    public var error: String?
    public var passed: Bool
}

/// Runs a PETRARCH validation suite through the event coder: each scored record is coded from its text
/// with the options in force where it stands, and passes when its set of triples is the expected one
/// (no event for `noevents` and `error` records).
public struct ValidationRunner: Sendable {
    public var coder: EventCoder

    public init(coder: EventCoder) { self.coder = coder }

    public func run(_ suite: ValidationSuite) -> [ValidationResult] {
        suite.records.filter(\.scored).map(run)
    }

    public func run(_ record: ValidationRecord) -> ValidationResult {
        var coder = self.coder
        coder.options = record.options
        let expected = Set(record.expected)
        if let parse = record.parse, !Self.isBalanced(parse) {
            // The record's own parse is malformed: PETRARCH rejects it as bad input, and so does Entente.
            return ValidationResult(record: record, got: [], error: "bad_input_parse", passed: expected.isEmpty)
        }
        let article = Article(id: record.id, date: record.date, text: record.text)
        let document = Document(article: article)
        let norms = document.tokens.map(\.norm)
        var error: String?
        if coder.storyDiscard(document, norms: norms) != nil {
            error = "storydiscard"
        } else if document.sentences.contains(where: { coder.sentenceDiscard($0, norms: norms) != nil }) {
            error = "sentencediscard"
        } else if document.datelineLength > 0 {
            error = "dateline"
        }
        let got = Set(coder.code(article).map { event in
            EventTriple(code: event.code.code, source: event.source.code, target: event.target?.code ?? "---")
        })
        return ValidationResult(record: record, got: got.sorted(), error: error, passed: got == expected)
    }

    /// Whether the brackets of a Treebank parse balance.
    static func isBalanced(_ parse: String) -> Bool {
        var depth = 0
        for ch in parse {
            if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }
}
