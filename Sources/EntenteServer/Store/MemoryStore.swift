import EntenteCore

/// A store held in memory: articles are coded with `EventCoder` when added. It serves `entente serve --demo`
/// and the tests, and is the reference behaviour for a persistent store.
public actor MemoryStore: RelationsStore {
    private let coder: EventCoder
    private var stored: [String: StoredArticle] = [:]
    /// Every event with its order key, kept sorted by key.
    private var ordered: [(key: EventOrderKey, event: StoredEvent)] = []
    /// The relation facts of `ordered`, in its order, made again when it changes.
    private var facts: [RelationFact] = []

    /// A store holding `articles`, coded now; duplicate ids are an error.
    public init(coder: EventCoder, articles: [Article] = []) throws(EntenteError) {
        self.coder = coder
        let coded = MemoryStore.code(articles, with: coder)
        try MemoryStore.checkIDs(coded, existing: [])
        for article in coded { stored[article.article.id] = article }
        ordered = MemoryStore.keyed(coded).sorted { $0.key < $1.key }
        facts = ordered.compactMap { RelationFact($0.event) }
    }

    public func events(matching filter: EventFilter, after cursor: EventCursor?, limit: Int) async throws -> EventPage {
        let start = try cursor.map { (c: EventCursor) throws(EntenteError) in try EventOrderKey(cursor: c) }
        var page: [StoredEvent] = []
        var lastKey: EventOrderKey?
        for entry in ordered where start.map({ $0 < entry.key }) ?? true && filter.matches(entry.event) {
            if page.count == limit {
                return EventPage(events: page, next: lastKey?.cursor)
            }
            page.append(entry.event)
            lastKey = entry.key
        }
        return EventPage(events: page, next: nil)
    }

    public func dyadSeries(_ dyad: Dyad, by granularity: Granularity, filter: EventFilter) async throws -> DyadSeries {
        var pairFilter = filter
        pairFilter.dyad = dyad
        // Series read oldest first; the store's order is newest first.
        let events = ordered.reversed().map(\.event).filter(pairFilter.matches)
        return DyadSeries(dyad: dyad, granularity: granularity, events: events)
    }

    public func dyads(filter: EventFilter) async throws -> [DyadSummary] {
        DyadSummary.summaries(of: ordered.lazy.map(\.event).filter(filter.matches))
    }

    public func relationFacts() async throws -> [RelationFact] { facts }

    public func actors() async throws -> [ActorSummary] {
        ActorSummary.summaries(of: ordered.lazy.map(\.event))
    }

    public func articles(limit: Int, in period: DashboardPeriod) async throws -> [ArticleSummary] {
        let dated = stored.values.filter { period.contains($0.article.date.map { $0.dayNumber...$0.lastDay.dayNumber }) }
        let newestFirst = dated.sorted {
            EventOrderKey(date: $0.article.date, article: $0.article.id, index: 0) < EventOrderKey(date: $1.article.date, article: $1.article.id, index: 0)
        }
        return newestFirst.prefix(limit).map(MemoryStore.summary)
    }

    public func article(id: String) async throws -> StoredArticle? { stored[id] }

    /// Articles are only ever added: their number changes with every write.
    public func generation() async throws -> String { "m\(stored.count)" }

    /// Codes outside the actor, so readers are not kept waiting while a large batch is coded.
    public nonisolated func add(_ articles: [Article]) async throws -> [ArticleSummary] {
        try await insert(MemoryStore.code(articles, with: coder))
    }

    private func insert(_ coded: [StoredArticle]) throws(EntenteError) -> [ArticleSummary] {
        try MemoryStore.checkIDs(coded, existing: Set(stored.keys))
        for article in coded { stored[article.article.id] = article }
        ordered = (ordered + MemoryStore.keyed(coded)).sorted { $0.key < $1.key }
        facts = ordered.compactMap { RelationFact($0.event) }
        return coded.map(MemoryStore.summary)
    }

    /// Throws when an id is taken, by the store or by another article of the batch.
    private static func checkIDs(_ articles: [StoredArticle], existing: Set<String>) throws(EntenteError) {
        var seen = existing
        for article in articles where !seen.insert(article.article.id).inserted {
            throw EntenteError(.duplicate, file: "articles", line: nil, "an article with id '\(article.article.id)' is already stored")
        }
    }

    private static func code(_ articles: [Article], with coder: EventCoder) -> [StoredArticle] {
        articles.map { article in
            let events = coder.code(article).enumerated().map { offset, event in
                StoredEvent(id: "\(article.id)#\(offset + 1)", event: event, articleDate: article.date)
            }
            return StoredArticle(article: article, events: events)
        }
    }

    private static func keyed(_ articles: [StoredArticle]) -> [(key: EventOrderKey, event: StoredEvent)] {
        articles.flatMap { article in
            article.events.enumerated().map { offset, event in
                (EventOrderKey(date: event.date, article: article.article.id, index: offset + 1), event)
            }
        }
    }

    private static func summary(_ article: StoredArticle) -> ArticleSummary {
        ArticleSummary(id: article.article.id, date: article.article.date, title: article.article.title, events: article.events.count)
    }
}
