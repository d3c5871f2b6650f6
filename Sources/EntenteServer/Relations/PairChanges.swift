import EntenteCore
import Foundation

/// "What changed this week": the pairs of states whose mean Goldstein value in the last seven days of the
/// period moved most against their own history before that week.
public struct PairChanges: Sendable {
    /// One pair's week against its history.
    public struct Change: Sendable {
        public var dyad: Dyad
        public var week: RelationTotals
        public var history: RelationTotals
        /// The week's mean Goldstein minus the history's.
        public var shift: Double
        /// The shift in units of its own uncertainty: the history's spread over the square root of the week's
        /// events, plus one Goldstein point so that a pair with a steady history of two events cannot top the list.
        public var score: Double
    }

    /// The week's first and last day (day numbers); nil when the store has no dated event in the period.
    public var week: ClosedRange<Int>?
    /// Pairs with at least `minimumWeek` events in the week and `minimumHistory` before it, largest |score| first.
    public var changes: [Change]

    public static let days = 7, minimumWeek = 2, minimumHistory = 3, limit = 15

    /// The week ends on the period's last day (its `to`, else the latest fact). Only facts dated to a day or
    /// a span within the week count in it; history is everything wholly before it.
    public init(facts: [RelationFact], period: DashboardPeriod) {
        guard let end = period.resolved(over: facts)?.upperBound else {
            week = nil
            changes = []
            return
        }
        let week = (end - Self.days + 1)...end
        var inWeek: [Dyad: RelationTotals] = [:]
        var before: [Dyad: (totals: RelationTotals, squares: Double)] = [:]
        for fact in facts {
            guard let dyad = fact.dyad, let days = fact.days else { continue }
            if week.contains(days.lowerBound) && week.contains(days.upperBound) {
                inWeek[dyad, default: RelationTotals()].add(fact)
            } else if days.upperBound < week.lowerBound {
                before[dyad, default: (RelationTotals(), 0)].totals.add(fact)
                before[dyad]?.squares += fact.goldstein * fact.goldstein
            }
        }
        self.week = week
        changes = inWeek.compactMap { dyad, totals -> Change? in
            guard totals.count >= Self.minimumWeek, let history = before[dyad], history.totals.count >= Self.minimumHistory else { return nil }
            let mean = history.totals.goldsteinMean
            let variance = max(0, history.squares / Double(history.totals.count) - mean * mean)
            let shift = totals.goldsteinMean - mean
            let score = shift / (variance.squareRoot() / Double(totals.count).squareRoot() + 1)
            return Change(dyad: dyad, week: totals, history: history.totals, shift: shift, score: score)
        }
        .sorted { (abs($0.score), $1.dyad.description) > (abs($1.score), $0.dyad.description) }
        .prefix(Self.limit).map { $0 }
    }
}
