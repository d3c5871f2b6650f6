import EntenteCore

/// What the world map shows for a period: each country's events with other states, or, with a country in
/// focus, each country's events with that one; and the places events happened, as points.
public struct WorldRelations: Sendable {
    public var period: DashboardPeriod
    /// The country whose relations the map shows; nil for every country's relations with all others.
    public var focus: String?
    /// Countries with their totals, most events first.
    public var countries: [(country: String, totals: RelationTotals)]
    /// Places with events, most events first (at most `placeLimit`).
    public var places: [(place: FactPlace, totals: RelationTotals)]

    public static let placeLimit = 300

    public init(facts: [RelationFact], period: DashboardPeriod, focus: String? = nil) {
        self.period = period
        self.focus = focus
        var countries: [String: RelationTotals] = [:]
        var places: [String: (place: FactPlace, totals: RelationTotals)] = [:]
        for fact in facts where period.contains(fact.days) {
            if let dyad = fact.dyad {
                if let focus {
                    if let partner = fact.partner(of: focus) { countries[partner, default: RelationTotals()].add(fact) }
                } else {
                    countries[dyad.first, default: RelationTotals()].add(fact)
                    countries[dyad.second, default: RelationTotals()].add(fact)
                }
            }
            // With a country in focus, only the places of its own events.
            if let place = fact.place, focus == nil || fact.source == focus || fact.target == focus {
                places[place.id, default: (place, RelationTotals())].totals.add(fact)
            }
        }
        self.countries = countries.map { ($0.key, $0.value) }.sorted { ($0.totals.count, $1.country) > ($1.totals.count, $0.country) }
        self.places = Array(places.values.sorted { ($0.totals.count, $1.place.id) > ($1.totals.count, $0.place.id) }.prefix(Self.placeLimit))
    }
}
