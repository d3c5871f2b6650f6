import EntenteCore

/// Everything a country's page shows, and its JSON twin: the profile worked out from the store's facts, and
/// the events read from the store itself: what the country said about other states and what they said
/// about it, its red lines (conditions it set or was set, in words the text calls a red line) and denials.
public struct CountryReport: Sendable {
    public var profile: CountryProfile
    public var world: WorldRelations
    public var saidAboutOthers: [StoredEvent]
    public var saidAboutIt: [StoredEvent]
    public var redLines: [StoredEvent]
    public var denials: [StoredEvent]

    /// At most this many events in each list.
    public static let listLimit = 25
    /// How many of the country's newest events are read to find its statements.
    static let scanned = 5000

    public static func load(_ country: String, period: DashboardPeriod, from store: any RelationsStore) async throws -> CountryReport {
        let facts = try await store.relationFacts()
        var filter = EventFilter(country: country, from: period.from, to: period.to)
        let recent = try await store.events(matching: filter, after: nil, limit: scanned).events
        filter.conditional = true
        let conditions = try await store.events(matching: filter, after: nil, limit: scanned).events
        filter.conditional = nil
        filter.modality = .negated
        let negated = try await store.events(matching: filter, after: nil, limit: listLimit).events
        return CountryReport(
            profile: CountryProfile(country: country, facts: facts, period: period),
            world: WorldRelations(facts: facts, period: period, focus: country),
            saidAboutOthers: Array(recent.filter { isStatement($0, from: country) }.prefix(listLimit)),
            saidAboutIt: Array(recent.filter { isStatement($0, about: country) }.prefix(listLimit)),
            redLines: Array(conditions.filter(DyadSeries.isRedLine).prefix(listLimit)),
            denials: negated)
    }

    /// A verbal event (CAMEO quad classes 1 and 3, but not meetings, root 04) by one state about another.
    static func isStatement(_ stored: StoredEvent, from country: String) -> Bool {
        guard let pair = stored.countries, pair.source == country, pair.target != country else { return false }
        return isVerbal(stored)
    }

    static func isStatement(_ stored: StoredEvent, about country: String) -> Bool {
        guard let pair = stored.countries, pair.target == country, pair.source != country else { return false }
        return isVerbal(stored)
    }

    private static func isVerbal(_ stored: StoredEvent) -> Bool {
        let code = stored.event.code
        return (code.quadClass == 1 || code.quadClass == 3) && code.root != "04"
    }
}
