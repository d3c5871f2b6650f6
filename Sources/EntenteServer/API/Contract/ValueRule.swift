import EntenteCore
import Foundation

/// What one value of the API may be: the JSON Schema the OpenAPI document states for it and the check the
/// server makes, built from one definition so that the document and the server cannot drift apart. Patterns
/// are `WholeValuePattern`s, anchored so that they mean the same in every regular-expression engine.
struct ValueRule: Sendable {
    enum Kind: Sendable {
        /// A string matching `pattern` whole, of `minLength` to `maxLength` Unicode scalars.
        case text(pattern: WholeValuePattern, minLength: Int, maxLength: Int?)
        /// A decimal integer without sign or leading zeros (but "0") inside the range.
        case integer(ClosedRange<Int>)
        /// `true` or `false`.
        case boolean
        /// One of the strings, exactly.
        case choice([String])
        /// A date YYYY, YYYY-MM or YYYY-MM-DD (a real day of the calendar).
        case date
        /// An RFC 3339 date and time (2024-03-01T09:30:00Z), as JSON clients write instants.
        case dateTime
    }

    let kind: Kind

    /// Words for the document's description and the server's refusal: "an ISO alpha-3 code such as RUS".
    let meaning: String

    /// A string whose whole value matches `body`, a regular expression without anchors.
    static func text(_ body: String, minLength: Int = 0, maxLength: Int? = nil, meaning: String) -> ValueRule {
        ValueRule(kind: .text(pattern: WholeValuePattern(body), minLength: minLength, maxLength: maxLength), meaning: meaning)
    }

    /// Any text without NUL (U+0000), which no stored text holds and PostgreSQL refuses.
    static let freeText = ValueRule.text("[^\\u0000]*", meaning: "any text without NUL characters")

    static func integer(_ range: ClosedRange<Int>) -> ValueRule {
        ValueRule(kind: .integer(range), meaning: "an integer from \(range.lowerBound) to \(range.upperBound)")
    }

    static let boolean = ValueRule(kind: .boolean, meaning: "true or false")

    static func choice(_ values: [String]) -> ValueRule {
        ValueRule(kind: .choice(values), meaning: "one of " + values.joined(separator: ", "))
    }

    static let date = ValueRule(kind: .date, meaning: "a date YYYY, YYYY-MM or YYYY-MM-DD")

    static let dateTime = ValueRule(kind: .dateTime, meaning: "an RFC 3339 date and time such as 2024-03-01T09:30:00Z")

    /// Whether the server takes `raw` (as sent in a query string or path) for this value.
    func accepts(_ raw: String) -> Bool {
        switch kind {
        case let .text(pattern, minLength, maxLength):
            let length = raw.unicodeScalars.count
            return length >= minLength && length <= (maxLength ?? .max) && pattern.matches(raw)
        case .integer(let range):
            guard ValueRule.integerPattern.matches(raw), let value = Int(raw) else { return false }
            return range.contains(value)
        case .boolean:
            return raw == "true" || raw == "false"
        case .choice(let values):
            return values.contains(raw)
        case .date:
            return ValueRule.datePattern.matches(raw) && SimpleDate(iso: raw) != nil
        case .dateTime:
            return ValueRule.isDateTime(raw)
        }
    }

    /// The refusal of `raw` for the parameter `name`.
    func refusal(_ name: String, _ raw: String) -> EntenteError {
        QueryParameters.invalid("'\(name)' must be \(meaning), found '\(ValueRule.shown(raw))'")
    }

    /// The JSON Schema of this value in the OpenAPI document.
    var schema: JSONValue {
        switch kind {
        case let .text(pattern, minLength, maxLength):
            var members: [(key: String, value: JSONValue)] = [("type", "string"), ("pattern", .string(pattern.source))]
            if minLength > 0 { members.append(("minLength", .number(Double(minLength)))) }
            if let maxLength { members.append(("maxLength", .number(Double(maxLength)))) }
            return .object(members)
        case .integer(let range):
            return ["type": "integer", "minimum": .number(Double(range.lowerBound)), "maximum": .number(Double(range.upperBound))]
        case .boolean:
            return ["type": "boolean"]
        case .choice(let values):
            return ["type": "string", "enum": .array(values.map(JSONValue.string))]
        case .dateTime:
            return ["type": "string", "format": "date-time"]
        case .date:
            // The year and month forms by pattern, the day form as `format: date` so that validators check
            // the calendar (no 2024-02-30), as the server does.
            return ["anyOf": [
                ["type": "string", "pattern": .string(ValueRule.yearOrMonthPattern.source)],
                ["type": "string", "format": "date"],
            ]]
        }
    }

    /// RFC 3339 §5.6: a full date, T, a time with seconds (a leap second allowed), and Z or an offset.
    private static func isDateTime(_ raw: String) -> Bool {
        guard let match = dateTimePattern.match(raw), SimpleDate(iso: String(raw.prefix(10))) != nil else { return false }
        func number(_ group: Int) -> Int? {
            guard let range = Range(match.range(at: group), in: raw) else { return nil }
            return Int(raw[range])
        }
        let limits = [(1, 23), (2, 59), (3, 60), (4, 23), (5, 59)]
        return limits.allSatisfy { group, limit in number(group).map { $0 <= limit } ?? true }
    }

    private static let dateTimePattern = WholeValuePattern(
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|[+-]([0-9]{2}):([0-9]{2}))")
    private static let datePattern = WholeValuePattern("[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
    private static let integerPattern = WholeValuePattern("0|-?[1-9][0-9]{0,17}")
    /// The year and month forms of a date as the document states them; the day form is `format: date`.
    private static let yearOrMonthPattern = WholeValuePattern("[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?")

    /// `raw` as a refusal quotes it: its first 80 characters, escaped.
    static func shown(_ raw: String) -> String {
        let cut = raw.unicodeScalars.count > 80 ? String(raw.unicodeScalars.prefix(80)) + "…" : raw
        return String(cut.debugDescription.dropFirst().dropLast())
    }
}
