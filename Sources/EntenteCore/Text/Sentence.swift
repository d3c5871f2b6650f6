/// A sentence of an article: a run of tokens and the paragraph it belongs to.
public struct Sentence: Sendable, Hashable {
    /// 0-based index within the article's text.
    public var index: Int
    /// Indices into the document's tokens.
    public var tokens: Range<Int>
    /// 0-based paragraph index.
    public var paragraph: Int
    /// Offsets of the sentence in the article text, in Unicode scalars.
    public var start: Int
    public var end: Int
}
