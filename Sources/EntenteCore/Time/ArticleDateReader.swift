import Foundation

/// Why an article's date could not be read, in words a user can act on.
public struct DateProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads the date an input record gives its article, in the forms scrapers and feeds write:
/// ISO 8601 (`2025-01-15`, `2025-01-15T10:00:00Z`, `2025-01`, `2025`, `20250115`, `2025/01/15`),
/// RFC 2822 (`Wed, 15 Jan 2025 10:00:00 +0000`), words (`15 January 2025`, `January 15, 2025`,
/// `15-Jan-2025`, `January 2025`), and day, month and year in figures (`15.01.2025`, `15/01/2025`).
///
/// Figures with the year last are read day first when the points say so (`15.01.2025`, the European
/// form) or when only one reading is a date (`15/01/2025`, `01/15/2025`); `03/04/2025` could be 3 April
/// or March 4 and is refused rather than guessed, since a wrong date moves every relative date in the text.
public enum ArticleDateReader {
    public static func read(_ raw: String) throws(DateProblem) -> SimpleDate {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !s.isEmpty else { throw DateProblem("the date is empty") }
        guard s.count <= 64 else { throw DateProblem("\(s.count) characters is too long for a date") }
        if let first = s.unicodeScalars.first, ("0"..."9").contains(first) {
            if let date = try readFigures(s) { return date }
        }
        return try readWords(s)
    }

    /// `YYYY[-MM[-DD]]` with an optional time, `YYYYMMDD`, and three numbers separated by `/`, `.` or `-`;
    /// nil when `s` is not made of figures (so the word forms are tried).
    private static func readFigures(_ s: String) throws(DateProblem) -> SimpleDate? {
        // The date part ends where a time starts.
        var datePart = Substring(s)
        if let cut = s.firstIndex(where: { $0 == "T" || $0 == " " }) {
            let time = s[s.index(after: cut)...]
            guard time.allSatisfy({ "0123456789:.+-Z ".contains($0) }) || ["UTC", "GMT", "Z"].contains(time.uppercased()) else {
                return nil
            }
            datePart = s[..<cut]
        }
        if datePart.count == 8, datePart.allSatisfy(\.isASCIIDigit) {
            return try validated(year: Int(datePart.prefix(4)), month: Int(datePart.dropFirst(4).prefix(2)), day: Int(datePart.suffix(2)), raw: s)
        }
        if datePart.count == 4, let year = Int(datePart) { return SimpleDate(year: year) }
        guard let separator = datePart.first(where: { "-/.".contains($0) }) else { return nil }
        let parts = datePart.split(separator: separator, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        let numbers = parts.compactMap { Int($0) }
        if parts[0].count == 4 {
            return try validated(year: numbers[0], month: numbers[1], day: numbers.count == 3 ? numbers[2] : nil, raw: s)
        }
        guard parts.count == 3, parts[2].count == 4 else {
            throw DateProblem("'\(s)' has no four-digit year (expected e.g. 2025-01-15 or 15.01.2025)")
        }
        let (a, b, year) = (numbers[0], numbers[1], numbers[2])
        if separator == "." || a > 12 || a == b { return try validated(year: year, month: b, day: a, raw: s) }
        if b > 12 { return try validated(year: year, month: a, day: b, raw: s) }
        throw DateProblem("'\(s)' is ambiguous: day \(a) of month \(b), or month \(a) day \(b)? Write it as YYYY-MM-DD")
    }

    /// Month names with a day and a year, in either order, around weekdays, times and zones.
    private static func readWords(_ s: String) throws(DateProblem) -> SimpleDate {
        var words: [String] = []
        for word in s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }) {
            // 15-Jan-2025: hyphens join the parts only when a month name is among them.
            let pieces = word.split(separator: "-")
            if pieces.count == 3, pieces.contains(where: { MonthNames.month(String($0)) != nil }) {
                words += pieces.map(String.init)
            } else {
                words.append(String(word))
            }
        }
        var day: Int?
        var month: Int?
        var year: Int?
        for (index, word) in words.enumerated() {
            if index == 0, isWeekday(word) { continue }
            if word.contains(":") || zones.contains(word) || isZoneOffset(word) { continue }
            if let m = MonthNames.month(word) {
                guard month == nil else { throw DateProblem("'\(s)' names two months") }
                month = m
                continue
            }
            let figures = dayFigures(word)
            if figures.count == 4, let n = Int(figures), year == nil {
                year = n
            } else if (1...2).contains(figures.count), let n = Int(figures), day == nil {
                day = n
            } else {
                throw DateProblem("'\(s)' is not a date in a known form (unexpected '\(word)'; expected e.g. 2025-01-15, 15 January 2025 or Wed, 15 Jan 2025 10:00:00 +0000)")
            }
        }
        guard let month else {
            throw DateProblem("'\(s)' is not a date in a known form (expected e.g. 2025-01-15, 15 January 2025 or Wed, 15 Jan 2025 10:00:00 +0000)")
        }
        guard let year else { throw DateProblem("'\(s)' has no four-digit year") }
        return try validated(year: year, month: month, day: day, raw: s)
    }

    /// A date whose parts exist, or the reason it does not.
    private static func validated(year: Int?, month: Int?, day: Int?, raw: String) throws(DateProblem) -> SimpleDate {
        guard let year, let month else { throw DateProblem("'\(raw)' is not a date") }
        guard (1...12).contains(month) else { throw DateProblem("'\(raw)': there is no month \(month)") }
        guard let day else { return SimpleDate(year: year, month: month) }
        let days = SimpleDate.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            throw DateProblem("'\(raw)': \(monthName(month)) \(year) has \(days) days, not a day \(day)")
        }
        return SimpleDate(year: year, month: month, day: day)
    }

    private static func isWeekday(_ word: String) -> Bool {
        let stem = word.hasSuffix(".") ? String(word.dropLast()) : word
        return stem.count >= 3 && MonthNames.weekdays.keys.contains { $0.hasPrefix(stem) }
    }

    private static let zones: Set<String> = ["gmt", "utc", "z", "ut", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "msk"]

    /// `+0000`, `-0500`, `+05:30`.
    private static func isZoneOffset(_ word: String) -> Bool {
        guard let sign = word.first, sign == "+" || sign == "-" else { return false }
        let rest = word.dropFirst()
        return (4...5).contains(rest.count) && rest.allSatisfy { $0.isASCIIDigit || $0 == ":" }
    }

    /// The figures of a day or year written `15`, `15th`, `1st` or `15.`; empty for anything else.
    private static func dayFigures(_ word: String) -> Substring {
        var w = Substring(word)
        if w.hasSuffix(".") { w = w.dropLast() }
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) && w.count > 2 {
            w = w.dropLast(2)
            break
        }
        return w.allSatisfy(\.isASCIIDigit) ? w : ""
    }

    private static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
