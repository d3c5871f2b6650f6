/// A date expression found in a sentence and what it resolves to.
public struct DateExpression: Sendable, Hashable {
    /// Token range in the document.
    public var tokens: Range<Int>
    public var date: SimpleDate
    /// Whether the expression was relative to the article's date ("last year").
    public var relative: Bool
}

/// Finds absolute and relative date expressions and resolves them against the article's date.
public struct DateExpressionFinder: Sendable {
    public init() {}

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a few": 3,
    ]

    /// Date expressions in `range` of `tokens`, resolved against `today` (the article's date) where relative.
    public func find(_ tokens: [Token], in range: Range<Int>, today: SimpleDate?) -> [DateExpression] {
        var out: [DateExpression] = []
        var i = range.lowerBound
        let end = range.upperBound
        func norm(_ k: Int) -> String { k < end && k >= range.lowerBound ? tokens[k].norm : "" }
        func year(_ k: Int) -> Int? {
            guard k < end, tokens[k].kind == .number, tokens[k].text.count == 4, let y = Int(tokens[k].text), (1900...2100).contains(y) else { return nil }
            return y
        }
        func day(_ k: Int) -> Int? {
            guard k < end, tokens[k].kind == .number else { return nil }
            var text = tokens[k].norm
            for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text = String(text.dropLast(2)) }
            guard let d = Int(text), (1...31).contains(d) else { return nil }
            return d
        }
        func ordinalDay(_ k: Int) -> Int? {
            guard k < end else { return nil }
            let text = tokens[k].norm
            for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
                if let d = Int(text.dropLast(2)), (1...31).contains(d) { return d }
            }
            return day(k)
        }
        while i < end {
            let word = tokens[i].norm
            // Month Day, Year | Month Day | Month Year
            if let month = MonthNames.month(word), word != "may" || tokens[i].isCapitalized, tokens[i].isCapitalized {
                if let d = ordinalDay(i + 1) {
                    var j = i + 2
                    if norm(j) == "," { j += 1 }
                    if let y = year(j) {
                        if let date = valid(y, month, d) { out.append(DateExpression(tokens: i..<(j + 1), date: date, relative: false)) }
                        i = j + 1
                        continue
                    }
                    if let today, let date = valid(inferYear(month: month, day: d, today: today), month, d) {
                        out.append(DateExpression(tokens: i..<(i + 2), date: date, relative: true))
                    }
                    i += 2
                    continue
                }
                if let y = year(i + 1) {
                    out.append(DateExpression(tokens: i..<(i + 2), date: SimpleDate(year: y, month: month), relative: false))
                    i += 2
                    continue
                }
                if norm(i - 1) == "in" || norm(i - 1) == "since" || norm(i - 1) == "last" || norm(i - 1) == "this" || norm(i - 1) == "early" || norm(i - 1) == "late", let today {
                    var y = today.year
                    if norm(i - 1) == "last" || (month > (today.month ?? 12) && norm(i - 1) != "this") { y -= 1 }
                    out.append(DateExpression(tokens: (i - 1)..<(i + 1), date: SimpleDate(year: y, month: month), relative: true))
                    i += 1
                    continue
                }
            }
            // Day Month Year ("24 February 2022")
            if let d = day(i), let month = MonthNames.month(norm(i + 1)) {
                if let y = year(i + 2), let date = valid(y, month, d) {
                    out.append(DateExpression(tokens: i..<(i + 3), date: date, relative: false))
                    i += 3
                    continue
                }
                if let today, let date = valid(inferYear(month: month, day: d, today: today), month, d) {
                    out.append(DateExpression(tokens: i..<(i + 2), date: date, relative: true))
                    i += 2
                    continue
                }
            }
            if let y = year(i), !(norm(i + 1) == "-" || norm(i - 1) == "-") {
                // A bare year: "in 2023", "2023 and 2024"; not a count ("2023 people") — a year is followed by no noun.
                let next = norm(i + 1)
                let nextIsNoun = i + 1 < end && tokens[i + 1].kind == .word && !["and", "or", "to", "when", "after", "before", "as", "that", "the", "but", "while", "with", "until"].contains(next) && !tokens[i + 1].isCapitalized && WordClasses.prepositions.contains(next) == false
                // "the 1973 War Powers Act", "the 1972 ABM treaty", "Iran's 2015 nuclear deal": the year of a law or an
                // agreement named, not of the event. A year naming an event ("the 2008 Mumbai attacks", "the 1948
                // war") still dates what happened in it.
                let namesInstrument = i > 0 && WordClasses.determiners.contains(norm(i - 1))
                    && ((i + 1)..<min(end, i + 5)).contains { Self.instruments.contains(norm($0)) }
                if !nextIsNoun && !namesInstrument {
                    out.append(DateExpression(tokens: i..<(i + 1), date: SimpleDate(year: y), relative: false))
                }
                i += 1
                continue
            }
            if let today {
                if let (date, length) = relative(tokens, at: i, end: end, today: today) {
                    out.append(DateExpression(tokens: i..<(i + length), date: date, relative: true))
                    i += length
                    continue
                }
            }
            i += 1
        }
        return out
    }

    private func valid(_ y: Int, _ m: Int, _ d: Int) -> SimpleDate? {
        guard (1...SimpleDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        return SimpleDate(year: y, month: m, day: d)
    }

    /// Laws and agreements, which a year names ("the 2015 nuclear deal").
    static let instruments: Set<String> = [
        "act", "law", "treaty", "accord", "accords", "agreement", "deal", "pact", "resolution", "convention", "protocol",
        "charter", "constitution", "declaration", "memorandum", "ceasefire", "truce", "armistice",
    ]

    /// A day and month without a year belong to the most recent such day on or before the article's date,
    /// unless that is more than ten months back (news speaks of the near future too).
    private func inferYear(month: Int, day: Int, today: SimpleDate) -> Int {
        let thisYear = SimpleDate(year: today.year, month: month, day: min(day, SimpleDate.daysIn(month: month, year: today.year)))
        guard let todayFull = today.day.map({ SimpleDate(year: today.year, month: today.month ?? 1, day: $0) }) else { return today.year }
        if thisYear.dayNumber - todayFull.dayNumber > 60 { return today.year - 1 }
        return today.year
    }

    /// Relative expressions: yesterday, today, last/this/next year|month|week, on Tuesday, N days|weeks|months|years ago,
    /// N years after (opening the sentence), earlier this month|year.
    private func relative(_ tokens: [Token], at i: Int, end: Int, today: SimpleDate) -> (SimpleDate, Int)? {
        let w = tokens[i].norm
        func n(_ k: Int) -> String { k < end ? tokens[k].norm : "" }
        let full = SimpleDate(year: today.year, month: today.month ?? 6, day: today.day ?? 15)
        switch w {
        case "yesterday": return today.day == nil ? nil : (full.adding(days: -1), 1)
        case "today", "tonight": return today.day == nil ? nil : (full, 1)
        case "tomorrow": return today.day == nil ? nil : (full.adding(days: 1), 1)
        case "last", "this", "next", "past":
            let offset = w == "last" || w == "past" ? -1 : (w == "next" ? 1 : 0)
            switch n(i + 1) {
            case "year": return (SimpleDate(year: today.year + offset), 2)
            case "month":
                let m = (today.month ?? 1) - 1 + offset
                return (SimpleDate(year: today.year + (m < 0 ? -1 : (m > 11 ? 1 : 0)), month: (m + 12) % 12 + 1), 2)
            case "week":
                guard today.day != nil else { return nil }
                return (full.adding(days: 7 * offset), 2)
            default:
                if let weekday = MonthNames.weekdays[n(i + 1)], today.day != nil {
                    return (weekdayDate(weekday, from: full, forward: offset > 0), 2)
                }
                return nil
            }
        case "earlier", "later":
            if n(i + 1) == "this", n(i + 2) == "month" { return (SimpleDate(year: today.year, month: today.month ?? 1), 3) }
            if n(i + 1) == "this", n(i + 2) == "year" { return (SimpleDate(year: today.year), 3) }
            return nil
        case "on":
            if let weekday = MonthNames.weekdays[n(i + 1)], today.day != nil {
                return (weekdayDate(weekday, from: full, forward: false), 2)
            }
            return nil
        default:
            if let weekday = MonthNames.weekdays[w], today.day != nil, tokens[i].isCapitalized {
                return (weekdayDate(weekday, from: full, forward: false), 1)
            }
            var count: Int?
            if tokens[i].kind == .number, let v = Int(w), v < 100 { count = v } else { count = Self.numberWords[w] }
            if let count {
                let unit = n(i + 1)
                // "Five years after Isis swept across Syria, all that remains …": opening the sentence, what
                // follows "after" happened that long before the time the sentence speaks of, the article's.
                let opensSentence = i == 0 || [".", "\"", "“", "'"].contains(tokens[i - 1].norm)
                guard n(i + 2) == "ago" || n(i + 2) == "after" && opensSentence else { return nil }
                switch unit {
                case "day", "days": return today.day == nil ? nil : (full.adding(days: -count), 3)
                case "week", "weeks": return today.day == nil ? nil : (full.adding(days: -7 * count), 3)
                case "month", "months":
                    let m = (today.month ?? 1) - 1 - count
                    let y = today.year + Int((Double(m) / 12).rounded(.down))
                    return (SimpleDate(year: y, month: ((m % 12) + 12) % 12 + 1), 3)
                case "year", "years": return (SimpleDate(year: today.year - count), 3)
                default: return nil
                }
            }
            return nil
        }
    }

    /// The most recent `weekday` strictly before `date` (or the next one after it when `forward`); the date
    /// itself when it is that weekday and not forward.
    private func weekdayDate(_ weekday: Int, from date: SimpleDate, forward: Bool) -> SimpleDate {
        let current = date.weekday
        if forward {
            var delta = (weekday - current + 7) % 7
            if delta == 0 { delta = 7 }
            return date.adding(days: delta)
        }
        let delta = (current - weekday + 7) % 7
        return date.adding(days: -delta)
    }
}
