/// A news article as read from input: an id, an optional date and title, and the text to code.
public struct Article: Sendable, Hashable {
    public var id: String
    public var date: SimpleDate?
    public var title: String?
    public var text: String
    /// The outlet or feed it came from ("source" in JSON Lines, a feed's title, a page's site name), if known.
    public var source: String?
    /// Where it was published, if known (a feed item's link, a page's canonical URL).
    public var url: String?

    public init(id: String, date: SimpleDate?, title: String? = nil, text: String, source: String? = nil, url: String? = nil) {
        self.id = id
        self.date = date
        self.title = title
        self.text = text
        self.source = source
        self.url = url
    }

    /// Removes U+0000 from every field (a JSON `\u0000`, an HTML `&#0;`): no text means it, and PostgreSQL
    /// cannot store it. Returns how many were removed, for a warning.
    public mutating func removeNULs() -> Int {
        func clean(_ s: inout String) -> Int {
            guard s.utf8.contains(0) else { return 0 }
            let before = s.utf8.count
            s.removeAll { $0 == "\u{0}" }
            return before - s.utf8.count
        }
        func clean(_ s: inout String?) -> Int {
            guard var value = s else { return 0 }
            let removed = clean(&value)
            s = value
            return removed
        }
        return clean(&id) + clean(&title) + clean(&text) + clean(&source) + clean(&url)
    }
}

/// An article split into tokens and sentences: the shared input of every pipeline stage.
public struct Document: Sendable {
    public let article: Article
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// Number of leading tokens taken as a dateline.
    public let datelineLength: Int
    /// Tags and dependency trees of the sentences, when a `SyntaxModel` has parsed them.
    public var syntax: SyntaxParse?

    /// Splits `article` into tokens and sentences; `isKnownName` tells the dateline detector whether
    /// an upper-case first word is an actor ("NATO") rather than a place or agency. The piece of an
    /// article after a cut (`hasDateline` false) has no dateline.
    public init(article: Article, hasDateline: Bool = true, isKnownName: (String) -> Bool = { _ in false }) {
        self.article = article
        self.scalars = Array(article.text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        self.tokens = tokens
        let dateline = hasDateline ? DatelineDetector().datelineLength(tokens) { isKnownName(tokens[$0].norm) } : 0
        self.datelineLength = dateline
        self.sentences = SentenceSplitter().split(tokens, skip: dateline)
    }

    /// The text of scalars `start..<end`.
    public func text(_ start: Int, _ end: Int) -> String {
        ScalarClass.string(scalars[max(0, start)..<min(end, scalars.count)])
    }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String { text(sentence.start, sentence.end) }
}
