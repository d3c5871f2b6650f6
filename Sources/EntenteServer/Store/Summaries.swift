import EntenteCore

extension DyadSummary {
    /// The edges of the network of states from `events` (already filtered): pairs of distinct countries with
    /// the totals of their events that count in a relation, most events first.
    static func summaries(of events: some Sequence<StoredEvent>) -> [DyadSummary] {
        summaries(of: events.compactMap(RelationFact.init), in: DashboardPeriod())
    }

    /// The edges of the network of states from the facts that fall in `period`, most events first.
    static func summaries(of facts: [RelationFact], in period: DashboardPeriod) -> [DyadSummary] {
        var totals: [Dyad: RelationTotals] = [:]
        for fact in facts where period.contains(fact.days) {
            guard let dyad = fact.dyad else { continue }
            totals[dyad, default: RelationTotals()].add(fact)
        }
        return totals.map { DyadSummary(dyad: $0.key, totals: $0.value) }
            .sorted { ($0.totals.count, $1.dyad.description) > ($1.totals.count, $0.dyad.description) }
    }
}

extension ActorSummary {
    /// Every actor of `events` with how often it is source and target, most events first.
    static func summaries(of events: some Sequence<StoredEvent>) -> [ActorSummary] {
        var summaries: [String: ActorSummary] = [:]
        var names: [String: [String: Int]] = [:]
        for stored in events {
            let e = stored.event
            for (actor, isSource) in [(e.source, true)] + (e.target.map { [($0, false)] } ?? []) {
                var summary = summaries[actor.code] ?? ActorSummary(code: actor.code, country: actor.country, name: actor.text, asSource: 0, asTarget: 0)
                if isSource { summary.asSource += 1 } else { summary.asTarget += 1 }
                summaries[actor.code] = summary
                names[actor.code, default: [:]][actor.text, default: 0] += 1
            }
        }
        return summaries.values.map { summary in
            var named = summary
            // The most frequent wording names the actor; ties go to the alphabetically first, for stable output.
            named.name = names[summary.code]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? summary.code
            return named
        }.sorted { ($0.asSource + $0.asTarget, $1.code) > ($1.asSource + $1.asTarget, $0.code) }
    }
}
