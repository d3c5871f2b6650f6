/// A calendar date as precise as the text allows: a year, a month of a year, or a day.
public struct SimpleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), let m = month,
                  (1...SimpleDate.daysIn(month: m, year: year)).contains(d) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        var out = String(format4(year))
        if let month { out += "-" + pad2(month) }
        if let month, let day { _ = month; out += "-" + pad2(day) }
        return out
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// Whether every day this date covers comes after every day `other` covers ("2019" after 2018-12-25;
    /// "2019-03" not after 2019-03-12).
    public func isWhollyAfter(_ other: SimpleDate) -> Bool {
        (year, month ?? 1, day ?? 1) > (other.year, other.month ?? 12, other.day ?? 31)
    }

    /// The first day this date covers, for comparisons with date ranges.
    public var firstDay: SimpleDate { SimpleDate(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day this date covers ("2024" → 2024-12-31, "2024-02" → 2024-02-29).
    public var lastDay: SimpleDate {
        let m = month ?? 12
        return SimpleDate(year: year, month: m, day: day ?? SimpleDate.daysIn(month: m, year: year))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of the first day this date covers (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month ?? 1 <= 2 ? year - 1 : year
        let m = month ?? 1
        let d = day ?? 1
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The full date of a day number (inverse of `dayNumber`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// This full date moved by `days`.
    public func adding(days: Int) -> SimpleDate { SimpleDate(dayNumber: dayNumber + days) }

    /// 1 = Sunday … 7 = Saturday.
    var weekday: Int { ((dayNumber % 7) + 11) % 7 + 1 }
}

private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func format4(_ n: Int) -> String {
    let s = String(n)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}
