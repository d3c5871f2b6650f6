import EntenteCore

/// What the server reads and writes: coded events with filters and cursors, dyad series, actors, articles.
///
/// The in-memory `MemoryStore` implements it today; the persistent store (SQLite or PostgreSQL) is meant
/// to implement the same requirements, so the routes and pages never see which one they run on.
public protocol RelationsStore: Sendable {
    /// Events matching `filter`, in the store's stable order, from `cursor` on, at most `limit` of them.
    func events(matching filter: EventFilter, after cursor: EventCursor?, limit: Int) async throws -> EventPage
    /// The relation between two countries over time, either direction, one point per period with events.
    func dyadSeries(_ dyad: Dyad, by granularity: Granularity, filter: EventFilter) async throws -> DyadSeries
    /// Every pair of countries with events between them that count in a relation (`countsInRelation`),
    /// with totals: the edges of the network of states.
    func dyads(filter: EventFilter) async throws -> [DyadSummary]
    /// Every event that moves a relation, reduced to what the dashboard's pictures count (map, network,
    /// country pages, changes), in the store's order.
    func relationFacts() async throws -> [RelationFact]
    /// Actors (full CAMEO codes) with the number of events they take part in.
    func actors() async throws -> [ActorSummary]
    /// Articles, newest first, without their events.
    /// Articles dated in `period`, newest first, without their events (undated ones only when the period is open).
    func articles(limit: Int, in period: DashboardPeriod) async throws -> [ArticleSummary]
    /// One article with its text and its events; nil when the store has no article with that id.
    func article(id: String) async throws -> StoredArticle?
    /// Codes `articles` and stores them with their events; an id already stored is an error.
    func add(_ articles: [Article]) async throws -> [ArticleSummary]
    /// A token that changes whenever what the store reports does (after a write by anyone): answers
    /// worked out under one generation hold for as long as it is the store's.
    func generation() async throws -> String
}
