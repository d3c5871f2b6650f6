/// An article's events with the number of sentences read to find them, for ingest summaries.
public struct CodedArticle: Sendable {
    public var article: Article
    public var sentences: Int
    public var events: [Event]
}
