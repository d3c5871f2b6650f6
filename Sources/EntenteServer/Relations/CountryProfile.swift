import EntenteCore

/// A country's relations in a period: its partners ranked by events and by change against the period
/// before, and the monthly series of its top partners for small multiples. The events it said and heard,
/// its red lines and its denials are read from the store apart (`CountryPage`), as lists of events.
public struct CountryProfile: Sendable {
    /// A partner's totals in the period, and in the comparison windows.
    public struct Partner: Sendable {
        public var country: String
        public var totals: RelationTotals
        /// In the window changes are measured in (the period, or its last year when it has no start) and the one before.
        public var current: RelationTotals
        public var previous: RelationTotals

        /// The change of mean Goldstein between the windows; nil unless both have events.
        public var goldsteinChange: Double? {
            current.count > 0 && previous.count > 0 ? current.goldsteinMean - previous.goldsteinMean : nil
        }
    }

    /// A partner's relation month by month (or year by year); periods without events have nil totals.
    public struct Series: Sendable {
        public var partner: String
        public var points: [(period: SimpleDate, totals: RelationTotals?)]
    }

    public var country: String
    public var period: DashboardPeriod
    public var current: ClosedRange<Int>?
    public var previous: ClosedRange<Int>?
    /// Partners by events in the period, most first.
    public var partners: [Partner]
    /// Partners by change: largest move of mean Goldstein first, then largest change in the number of events.
    public var byChange: [Partner]
    public var series: [Series]
    /// The period of each series point: month, or year when the period spans more than five years.
    public var granularity: Granularity

    public static let seriesCount = 8, changeCount = 15

    public init(country: String, facts: [RelationFact], period: DashboardPeriod) {
        self.country = country
        self.period = period
        let own = facts.filter { $0.partner(of: country) != nil }
        let windows = period.comparison(over: own)
        current = windows?.current
        previous = windows?.previous
        var partners: [String: Partner] = [:]
        let inPeriod = own.filter { period.contains($0.days) }
        let (granularity, slots) = period.slots(over: inPeriod)
        self.granularity = granularity
        var bySlot: [String: [SimpleDate: RelationTotals]] = [:]
        for fact in own {
            guard let partner = fact.partner(of: country) else { continue }
            var entry = partners[partner] ?? Partner(country: partner, totals: RelationTotals(), current: RelationTotals(), previous: RelationTotals())
            if period.contains(fact.days) {
                entry.totals.add(fact)
                if let slot = granularity == .month ? fact.month : fact.year.map({ SimpleDate(year: $0) }) {
                    bySlot[partner, default: [:]][slot, default: RelationTotals()].add(fact)
                }
            }
            if let days = fact.days, let windows {
                if windows.current.overlaps(days) { entry.current.add(fact) } else if windows.previous.overlaps(days) { entry.previous.add(fact) }
            }
            partners[partner] = entry
        }
        let ranked = partners.values.filter { $0.totals.count > 0 }.sorted { ($0.totals.count, $1.country) > ($1.totals.count, $0.country) }
        self.partners = ranked
        byChange = Array(partners.values.filter { $0.current.count + $0.previous.count > 0 }.sorted { a, b in
            (abs(a.goldsteinChange ?? 0), abs(a.current.count - a.previous.count), b.country)
                > (abs(b.goldsteinChange ?? 0), abs(b.current.count - b.previous.count), a.country)
        }.prefix(Self.changeCount))
        series = ranked.prefix(Self.seriesCount).map { partner in
            Series(partner: partner.country, points: slots.map { ($0, bySlot[partner.country]?[$0]) })
        }
    }
}
