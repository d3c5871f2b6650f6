import EntenteCore

/// One event reduced to what the dashboard's pictures count: its countries, its days, its CAMEO weight and
/// its place. Every map, network, country page and change list is worked out from these, so a store is read
/// (and its JSON decoded) once until it changes, not once per page.
public struct RelationFact: Sendable, Equatable {
    /// The source's and target's countries; nil where the actor is not a state.
    public var source: String?
    public var target: String?
    /// The first and last day (day numbers, `SimpleDate.dayNumber`) of the period the event is dated to: its
    /// own date, else its article's; nil when neither is known.
    public var days: ClosedRange<Int>?
    /// The month it is counted under in a monthly series (its own date when that says the month, else its
    /// article's), as `DyadSeries` counts it.
    public var month: SimpleDate?
    /// The year it is counted under: its own date's, else its article's (the year its days start in).
    public var year: Int? { days.map { SimpleDate(dayNumber: $0.lowerBound).year } }
    public var goldstein: Double
    public var quadClass: Int
    public var place: FactPlace?

    /// The fact of an event that moves a relation (asserted and unconditional), nil for the others: denied,
    /// possible and conditional events never shade a map or weigh on an edge.
    public init?(_ stored: StoredEvent) {
        guard stored.countsInRelation else { return nil }
        let e = stored.event
        source = e.source.country
        target = e.target?.country
        // An asserted event dated wholly after its own article is a misread date ("promised to end abuse by
        // 2030"): it is counted under its article's date, so a future year cannot become the store's "latest week".
        var date = stored.date
        if let own = e.date, let article = stored.articleDate, own.isWhollyAfter(article) { date = article }
        days = date.map { $0.dayNumber...$0.lastDay.dayNumber }
        month = date.flatMap(Granularity.month.period(of:)) ?? stored.articleDate.flatMap(Granularity.month.period(of:))
        goldstein = e.code.goldstein
        quadClass = e.code.quadClass
        // A country-wide place adds nothing to the country's shade; divisions and cities are the points.
        place = e.location.flatMap { $0.place.feature == .country ? nil : $0 }.map { FactPlace(id: $0.place.id, name: $0.place.name, country: $0.place.country, latitude: $0.place.latitude, longitude: $0.place.longitude) }
        guard dyad != nil || place != nil else { return nil }
    }

    /// The pair of distinct countries the event belongs to, in alphabetical order.
    public var dyad: Dyad? {
        guard let source, let target, source != target else { return nil }
        return Dyad(source, target)?.sorted
    }

    /// The partner of `country` in this event's pair, if the pair has it.
    public func partner(of country: String) -> String? {
        guard dyad != nil else { return nil }
        return source == country ? target : target == country ? source : nil
    }
}

/// Where a fact took place, as the gazetteer resolved it.
public struct FactPlace: Sendable, Equatable {
    public var id: String
    public var name: String
    public var country: String
    public var latitude: Double
    public var longitude: Double
}

extension RelationTotals {
    /// Adds one fact's weight.
    mutating func add(_ fact: RelationFact) {
        if (1...4).contains(fact.quadClass) { quadClasses[fact.quadClass - 1] += 1 }
        goldsteinSum += fact.goldstein
    }
}
