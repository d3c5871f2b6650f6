/// An article's events with the number of sentences read to find them, for ingest summaries.
public struct CodedArticle: Sendable {
    public var article: Article
    public var sentences: Int
    public var events: [Event]
}

extension EventCoder {
    /// Codes `article` as `code(_:)` does, also telling how many sentences it has.
    public func codeCounting(_ article: Article) -> CodedArticle {
        let reading = read(article)
        let events = reading.analyses.flatMap { codeSentence($0, document: reading.document, matcher: reading.matcher) }
        return CodedArticle(article: article, sentences: reading.document.sentences.count, events: events)
    }
}
