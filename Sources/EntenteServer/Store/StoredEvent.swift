import EntenteCore

/// An event as the store keeps it: the coded event, a stable id, and the date it is counted under.
public struct StoredEvent: Sendable {
    /// Stable within a store: `ARTICLE#N`, the N-th event of the article (from 1).
    public var id: String
    public var event: Event
    /// The article's date, for events whose own date is missing or less precise than a series needs.
    public var articleDate: SimpleDate?

    public init(id: String, event: Event, articleDate: SimpleDate?) {
        self.id = id
        self.event = event
        self.articleDate = articleDate
    }

    /// The date the event is counted under: its own, else its article's.
    public var date: SimpleDate? { event.date ?? articleDate }

    /// Whether the event moves a relation: asserted, and not hanging on a condition.
    public var countsInRelation: Bool { event.modality == .asserted && event.condition == nil }

    /// The source's and target's countries when both are known states: the dyad the event belongs to.
    public var countries: (source: String, target: String)? {
        guard let source = event.source.country, let target = event.target?.country else { return nil }
        return (source, target)
    }
}

/// One page of events and the cursor of the next page (nil on the last one).
public struct EventPage: Sendable {
    public var events: [StoredEvent]
    public var next: EventCursor?

    public init(events: [StoredEvent], next: EventCursor?) {
        self.events = events
        self.next = next
    }
}

/// An article with its text and its events, for the article page.
public struct StoredArticle: Sendable {
    public var article: Article
    public var events: [StoredEvent]

    public init(article: Article, events: [StoredEvent]) {
        self.article = article
        self.events = events
    }
}

/// An article's id, date, title and number of events, for lists.
public struct ArticleSummary: Sendable, Equatable {
    public var id: String
    public var date: SimpleDate?
    public var title: String?
    public var events: Int

    public init(id: String, date: SimpleDate?, title: String?, events: Int) {
        self.id = id
        self.date = date
        self.title = title
        self.events = events
    }
}

/// An actor code with how often it acts and is acted on, and the words that most often name it.
public struct ActorSummary: Sendable, Equatable {
    public var code: String
    public var country: String?
    public var name: String
    public var asSource: Int
    public var asTarget: Int

    public init(code: String, country: String?, name: String, asSource: Int, asTarget: Int) {
        self.code = code
        self.country = country
        self.name = name
        self.asSource = asSource
        self.asTarget = asTarget
    }
}
