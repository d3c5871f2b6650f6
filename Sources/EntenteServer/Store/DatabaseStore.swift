import EntenteCore
import EntenteStore
import Foundation
import NIOPosix

/// The persistent store (SQLite or PostgreSQL, `EntenteStore`) as the server reads it.
///
/// The dashboard lists what articles report: one server event per row of `mentions` (id `ARTICLE#N`, as in
/// `MemoryStore`), not one per distinct GDELT event, so that each keeps its own evidence, speaker and
/// condition and both stores answer alike. The store's database calls block, so they run on threads of
/// their own (`blocking`), never on the concurrency pool: on Linux that pool is Dispatch's, and the
/// PostgreSQL pool's leases need it free while store calls wait for their connections.
public struct DatabaseStore: RelationsStore {
    let store: EventStore
    let coder: BatchCoder
    let summaries = SummaryCache()
    /// Hears of writes from any process where the backend tells (PostgreSQL); nil for SQLite.
    let watch: ChangeWatch?
    /// As many threads as the store has connections: a request beyond them waits in the queue, holding no thread.
    private let blocking: NIOThreadPool

    /// Opens (and migrates) the store at `location`, a file path or a `postgres://` URL; `connections`
    /// bounds PostgreSQL's pool.
    public init(location: String, connections: Int? = nil, coder: EventCoder) throws(EntenteError) {
        store = try EventStore.open(location, connections: connections)
        watch = store.watchChanges()
        blocking = NIOThreadPool(numberOfThreads: connections ?? EventStore.defaultConnections)
        blocking.start()
        self.coder = BatchCoder(coder: coder, threads: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Where the store is, for messages.
    public var location: String { store.location }

    public func close() {
        watch?.stop()
        try? blocking.syncShutdownGracefully()
        store.close()
    }

    public func events(matching filter: EventFilter, after cursor: EventCursor?, limit: Int) async throws -> EventPage {
        let key = try cursor.map { (c: EventCursor) throws(EntenteError) in try EventOrderKey(cursor: c) }
        let after = key.map { MentionKey(date: $0.date?.description ?? "", articleID: $0.article, ordinal: $0.index - 1) }
        // One more than asked says whether there is a next page.
        let rows = try await offload { [store] () throws(EntenteError) in try store.mentions(filter.storeFilter, after: after, limit: limit + 1) }
        let events = decode(rows.prefix(limit))
        let next = rows.count > limit ? events.last?.key.cursor : nil
        return EventPage(events: events.map(\.stored), next: next)
    }

    public func dyadSeries(_ dyad: Dyad, by granularity: Granularity, filter: EventFilter) async throws -> DyadSeries {
        var pairFilter = filter
        pairFilter.dyad = dyad
        // Series read oldest first; the listing order is newest first.
        return DyadSeries(dyad: dyad, granularity: granularity, events: Array(try await all(pairFilter).reversed()))
    }

    public func dyads(filter: EventFilter) async throws -> [DyadSummary] {
        guard filter == EventFilter() else { return DyadSummary.summaries(of: try await all(filter)) }
        return try await wholeStoreSummaries().dyads
    }

    public func actors() async throws -> [ActorSummary] {
        try await wholeStoreSummaries().actors
    }

    public func relationFacts() async throws -> [RelationFact] {
        try await wholeStoreSummaries().facts
    }

    /// The whole store's summaries, kept until the store's generation changes.
    private func wholeStoreSummaries() async throws -> SummaryCache.Summaries {
        // Read before the events: rows added in between only make the kept summaries look older than they are.
        let generation = try await generation()
        if let kept = summaries.summaries(generation: generation) { return kept }
        let events = try await all(EventFilter())
        let facts = events.compactMap(RelationFact.init)
        let made = SummaryCache.Summaries(dyads: DyadSummary.summaries(of: facts, in: DashboardPeriod()), actors: ActorSummary.summaries(of: events), facts: facts)
        summaries.keep(made, generation: generation)
        return made
    }

    /// While the watch listens, the writes it heard of and this store's own, with no database call; else the
    /// store's generation row.
    public func generation() async throws -> String {
        if let heard = watch?.changes { return "w\(heard)" }
        return "r\(try await offload { [store] () throws(EntenteError) in try store.generation() })"
    }

    public func articles(limit: Int, in period: DashboardPeriod) async throws -> [ArticleSummary] {
        try await offload { [store] () throws(EntenteError) in try store.articles(limit: limit, from: period.from, to: period.to) }.map(Self.summary)
    }

    public func article(id: String) async throws -> StoredArticle? {
        guard let found = try await offload({ [store] () throws(EntenteError) in try store.article(id: id) }) else { return nil }
        return StoredArticle(article: found.record.article, events: decode(found.mentions).map(\.stored))
    }

    /// Codes and writes through the store's ingest transaction, so that the store's dedupe holds: an id
    /// already stored, or twice in the batch, is refused (as `MemoryStore` does) before anything is written.
    public func add(_ articles: [Article]) async throws -> [ArticleSummary] {
        try await offload { [store, coder] () throws(EntenteError) -> [ArticleSummary] in
            var seen = Set(try store.storedHashes(articles.map(\.id)).keys)
            for article in articles where !seen.insert(article.id).inserted {
                throw EntenteError(.duplicate, file: "articles", line: nil, "an article with id '\(article.id)' is already stored")
            }
            let result = try store.ingest(articles, hashes: [:], wait: true, code: coder.code)
            // Committed: this server's readers see it at once, before the watch hears of it.
            if !result.written.isEmpty { watch?.noteWrite() }
            if let raced = result.storedMeanwhile.first {
                throw EntenteError(.duplicate, file: "articles", line: nil, "an article with id '\(raced.id)' is already stored")
            }
            return result.written.map { ArticleSummary(id: $0.article.id, date: $0.article.date, title: $0.article.title, events: $0.events.count) }
        }
    }

    /// Those of `ids` already stored.
    public func storedIDs(_ ids: [String]) async throws -> Set<String> {
        Set(try await offload { [store] () throws(EntenteError) in try store.storedHashes(ids) }.keys)
    }

    /// Every event `filter` takes, newest first.
    private func all(_ filter: EventFilter) async throws -> [StoredEvent] {
        decode(try await offload { [store] () throws(EntenteError) in try store.mentions(filter.storeFilter) }).map(\.stored)
    }

    /// Mentions as server events with their listing keys; a row whose JSON does not read is left out.
    private func decode(_ rows: some Sequence<StoredMention>) -> [(stored: StoredEvent, key: EventOrderKey)] {
        let ontology = coder.coder.dictionaries.ontology
        return rows.compactMap { row in
            guard let event = EventJSON.decode(row.json, ontology: ontology) else { return nil }
            let stored = StoredEvent(id: "\(row.articleID)#\(row.ordinal + 1)", event: event, articleDate: row.articleDate.flatMap(SimpleDate.init(iso:)))
            return (stored, EventOrderKey(date: stored.date, article: row.articleID, index: row.ordinal + 1))
        }
    }

    private static func summary(_ record: ArticleRecord) -> ArticleSummary {
        ArticleSummary(id: record.article.id, date: record.article.date, title: record.article.title, events: record.events)
    }

    /// Runs a blocking database call on one of the store's own threads.
    private func offload<T: Sendable>(_ body: @escaping @Sendable () throws(EntenteError) -> T) async throws(EntenteError) -> T {
        do {
            return try await blocking.runIfActive { try body() }
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.unavailable, file: location, line: nil, "the store is closing (\(error))")
        }
    }
}
