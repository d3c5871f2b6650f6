import EntenteCore

/// The period every page of the dashboard shows (`from` and `to` in the URL, either or both left open), and
/// the one before it of the same length that changes are measured against.
public struct DashboardPeriod: Sendable, Equatable {
    public var from: SimpleDate?
    public var to: SimpleDate?

    public init(from: SimpleDate? = nil, to: SimpleDate? = nil) {
        self.from = from
        self.to = to
    }

    /// Whether a fact dated `days` falls in the period; as the event filters read dates, a less precise date
    /// ("2024") counts when its span overlaps. Undated facts count only when the period is left open.
    public func contains(_ days: ClosedRange<Int>?) -> Bool {
        guard from != nil || to != nil else { return true }
        guard let days else { return false }
        if let from, days.upperBound < from.dayNumber { return false }
        if let to, days.lowerBound > to.lastDay.dayNumber { return false }
        return true
    }

    /// The period as whole days, open ends closed by the facts' own first and last days; nil when nothing is dated.
    public func resolved(over facts: [RelationFact]) -> ClosedRange<Int>? {
        let dated = facts.compactMap(\.days)
        guard let first = from?.dayNumber ?? dated.map(\.lowerBound).min(),
              let last = to?.lastDay.dayNumber ?? dated.map(\.upperBound).max(), first <= last else { return nil }
        return first...last
    }

    /// The window changes are measured in and the one before it of the same length. With no `from`, the
    /// window is the last 365 days up to `to` (or the latest fact), so that "change" means the last year
    /// against the year before rather than everything against nothing.
    public func comparison(over facts: [RelationFact]) -> (current: ClosedRange<Int>, previous: ClosedRange<Int>)? {
        guard let whole = resolved(over: facts) else { return nil }
        let current = from == nil ? max(whole.lowerBound, whole.upperBound - 364)...whole.upperBound : whole
        let length = current.upperBound - current.lowerBound + 1
        return (current, (current.lowerBound - length)...(current.lowerBound - 1))
    }

    /// The slots of a small series across the period: every month from its first to its last when there are
    /// at most `maxMonths`, else every year, so that empty periods show as empty and a long span stays legible.
    public func slots(over facts: [RelationFact], maxMonths: Int = 60) -> (granularity: Granularity, periods: [SimpleDate]) {
        guard let whole = resolved(over: facts) else { return (.month, []) }
        let first = SimpleDate(dayNumber: whole.lowerBound), last = SimpleDate(dayNumber: whole.upperBound)
        let (firstMonth, lastMonth) = (first.month ?? 1, last.month ?? 12)
        guard (last.year - first.year) * 12 + lastMonth - firstMonth < maxMonths else {
            return (.year, (first.year...last.year).map { SimpleDate(year: $0) })
        }
        var months: [SimpleDate] = []
        var (year, month) = (first.year, firstMonth)
        while (year, month) <= (last.year, lastMonth) {
            months.append(SimpleDate(year: year, month: month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return (.month, months)
    }

    /// `from` and `to` as query items, for links that keep the period.
    public var queryItems: [(String, String)] {
        [("from", from?.description), ("to", to?.description)].compactMap { name, value in value.map { (name, $0) } }
    }

    /// The period as words: "2022-01 to 2024-12", "from 2022", "all dates".
    public var label: String {
        switch (from, to) {
        case let (from?, to?): return "\(from) to \(to)"
        case let (from?, nil): return "from \(from)"
        case let (nil, to?): return "up to \(to)"
        case (nil, nil): return "all dates"
        }
    }

    /// Days as an ISO date.
    static func date(_ day: Int) -> String { SimpleDate(dayNumber: day).description }
}
