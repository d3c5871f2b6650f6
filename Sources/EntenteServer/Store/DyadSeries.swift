import EntenteCore

/// The period a series point covers.
public enum Granularity: String, Sendable, CaseIterable {
    case day, month, year

    /// The period of `date` at this granularity; nil when the date is less precise than that.
    public func period(of date: SimpleDate) -> SimpleDate? {
        switch self {
        case .year: return SimpleDate(year: date.year)
        case .month: return date.month.map { SimpleDate(year: date.year, month: $0) }
        case .day: return date.day.map { SimpleDate(year: date.year, month: date.month, day: $0) }
        }
    }
}

/// Totals of a set of events: how many in each quad class and their Goldstein values.
public struct RelationTotals: Sendable, Equatable {
    /// Events of quad classes 1…4 (verbal cooperation, material cooperation, verbal conflict, material conflict).
    public var quadClasses: [Int] = [0, 0, 0, 0]
    public var goldsteinSum: Double = 0

    public init() {}

    public var count: Int { quadClasses.reduce(0, +) }
    public var goldsteinMean: Double { count == 0 ? 0 : goldsteinSum / Double(count) }

    public mutating func add(_ code: CameoCode) {
        if (1...4).contains(code.quadClass) { quadClasses[code.quadClass - 1] += 1 }
        goldsteinSum += code.goldstein
    }
}

/// One period of a dyad's relation and the events behind it.
public struct SeriesPoint: Sendable {
    public var period: SimpleDate
    public var totals: RelationTotals
    public var events: [StoredEvent]

    public init(period: SimpleDate, totals: RelationTotals, events: [StoredEvent]) {
        self.period = period
        self.totals = totals
        self.events = events
    }
}

/// The relation between two countries over time: points in date order counting what the text asserts
/// happened, and apart from them what did not happen: events that hang on a condition (red lines among
/// them) and events denied, possible or still to come.
public struct DyadSeries: Sendable {
    public var dyad: Dyad
    public var granularity: Granularity
    public var points: [SeriesPoint]
    public var conditions: [StoredEvent]
    /// Unconditional events that are negated, hypothetical or future.
    public var unasserted: [StoredEvent]
    /// Events of the pair whose date is unknown, neither counted nor lost.
    public var undated: [StoredEvent]

    public init(dyad: Dyad, granularity: Granularity, points: [SeriesPoint], conditions: [StoredEvent], unasserted: [StoredEvent], undated: [StoredEvent]) {
        self.dyad = dyad
        self.granularity = granularity
        self.points = points
        self.conditions = conditions
        self.unasserted = unasserted
        self.undated = undated
    }

    /// Builds the series from the pair's events (already filtered, oldest first): conditional and unasserted
    /// events go apart; the others are counted under their own date when it is precise enough for the
    /// granularity, else under their article's.
    public init(dyad: Dyad, granularity: Granularity, events: [StoredEvent]) {
        var conditions: [StoredEvent] = []
        var unasserted: [StoredEvent] = []
        var undated: [StoredEvent] = []
        var buckets: [SimpleDate: SeriesPoint] = [:]
        for stored in events {
            if stored.event.condition != nil {
                conditions.append(stored)
                continue
            }
            if !stored.countsInRelation {
                unasserted.append(stored)
                continue
            }
            let own = stored.event.date.flatMap(granularity.period(of:))
            guard let period = own ?? stored.articleDate.flatMap(granularity.period(of:)) else {
                undated.append(stored)
                continue
            }
            buckets[period, default: SeriesPoint(period: period, totals: RelationTotals(), events: [])].events.append(stored)
            buckets[period]?.totals.add(stored.event.code)
        }
        self.init(dyad: dyad, granularity: granularity, points: buckets.values.sorted { $0.period < $1.period },
                  conditions: conditions, unasserted: unasserted, undated: undated)
    }

    /// A condition is a red line when the text calls it one.
    public static func isRedLine(_ stored: StoredEvent) -> Bool {
        let e = stored.event
        return e.evidence.localizedCaseInsensitiveContains("red line") || (e.condition?.text.localizedCaseInsensitiveContains("red line") ?? false)
    }
}

/// A pair of countries with the totals of the events between them: an edge of the network of states.
public struct DyadSummary: Sendable, Equatable {
    /// The pair in alphabetical order.
    public var dyad: Dyad
    public var totals: RelationTotals

    public init(dyad: Dyad, totals: RelationTotals) {
        self.dyad = dyad
        self.totals = totals
    }
}
