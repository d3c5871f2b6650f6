import Foundation
import EntenteCore

extension EventStore {
    /// The events `filter` takes, by day then id; with `mentions`, each with its mentions' JSON and speakers.
    public func events(_ filter: EventFilter, mentions: Bool = false) throws(EntenteError) -> [StoredEvent] {
        try wrap {
            try database.read { session in
                let (clause, values) = filter.whereClause()
                let limit = filter.limit.map { " LIMIT \(max(0, $0))" } ?? ""
                var events = try session.query("SELECT \(StoredEvent.columns) FROM events\(clause) ORDER BY day, id\(limit)", values)
                    .compactMap(StoredEvent.init(row:))
                if mentions { try Self.attachMentions(&events, session) }
                return events
            }
        }
    }

    /// Fills in mentions and speakers, a few hundred events a query.
    static func attachMentions(_ events: inout [StoredEvent], _ session: any SQLSession) throws {
        var index: [Int64: Int] = [:]
        for (i, event) in events.enumerated() { index[event.id] = i }
        for start in stride(from: 0, to: events.count, by: 500) {
            let ids = events[start..<min(events.count, start + 500)].map { SQLValue.int($0.id) }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let rows = try session.query("SELECT event_id, article_id, ordinal, json, speaker_code FROM mentions WHERE event_id IN (\(marks))", ids)
            let sorted = rows.sorted { a, b in
                let (x, y) = (a[1].string ?? "", b[1].string ?? "")
                return x == y ? (a[2].int ?? 0) < (b[2].int ?? 0) : x.precedesInBytes(y)
            }
            for row in sorted {
                guard let id = row[0].int, let i = index[Int64(id)], let json = row[3].string else { continue }
                events[i].mentions.append(json)
                if let speaker = row[4].string, !events[i].speakers.contains(speaker) { events[i].speakers.append(speaker) }
            }
        }
    }

    /// How a dyad's events add up per period.
    public struct PeriodTotals: Sendable, Equatable {
        public var period: String
        public var events = 0
        /// Events of quad classes 1-4 (index 0-3).
        public var quadClasses = [0, 0, 0, 0]
        public var goldsteinSum = 0.0
        public var goldsteinMean: Double { events > 0 ? goldsteinSum / Double(events) : 0 }
    }

    /// Periods for `dyad`: "day", "month" or "year".
    public enum Period: String, Sendable, CaseIterable {
        case day, month, year

        func label(_ day: Int) -> String {
            let y = day / 10_000, m = day / 100 % 100, d = day % 100
            switch self {
            case .day: return String(format: "%04d-%02d-%02d", y, m, d)
            case .month: return String(format: "%04d-%02d", y, m)
            case .year: return String(format: "%04d", y)
            }
        }
    }

    /// Events of `filter` (a dyad, usually) per period, in date order; events with no date are left out.
    public func totals(_ filter: EventFilter, by period: Period) throws(EntenteError) -> [PeriodTotals] {
        var totals: [String: PeriodTotals] = [:]
        for event in try events(filter) where event.day > 0 {
            let label = period.label(event.day)
            var t = totals[label] ?? PeriodTotals(period: label)
            t.events += 1
            if (1...4).contains(event.quadClass) { t.quadClasses[event.quadClass - 1] += 1 }
            t.goldsteinSum += event.goldstein
            totals[label] = t
        }
        return totals.values.sorted { $0.period < $1.period }
    }

    /// One actor's share of the events.
    public struct ActorTotals: Sendable, Equatable {
        public var code: String
        public var country: String?
        public var asSource = 0
        public var asTarget = 0
        public var goldsteinSum = 0.0
        public var events: Int { asSource + asTarget }
    }

    /// Actors of the events `filter` takes, most events first.
    public func actors(_ filter: EventFilter) throws(EntenteError) -> [ActorTotals] {
        var totals: [String: ActorTotals] = [:]
        for event in try events(filter) {
            var s = totals[event.source.code] ?? ActorTotals(code: event.source.code, country: event.source.country)
            s.asSource += 1
            s.goldsteinSum += event.goldstein
            totals[event.source.code] = s
            if let target = event.target {
                var t = totals[target.code] ?? ActorTotals(code: target.code, country: target.country)
                t.asTarget += 1
                t.goldsteinSum += event.goldstein
                totals[target.code] = t
            }
        }
        return totals.values.sorted { $0.events != $1.events ? $0.events > $1.events : $0.code < $1.code }
    }
}
