import EntenteCore
import Foundation
import Hummingbird

/// The parameters of a query string, decoded as browsers encode forms ("+" for a space), checked against
/// the names a route knows so that a misspelt filter is an error rather than silently ignored.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    /// The lenient reading of the dashboard's forms: values trimmed, and an empty field means no filter.
    /// The API checks its parameters by their rules instead (`APIOperation.query`).
    init(_ raw: String?, allowed: Set<String>) throws(EntenteError) {
        for (name, value) in try QueryParameters.pairs(raw) {
            guard allowed.contains(name) else {
                throw QueryParameters.invalid("unknown parameter '\(name)' (known: \(allowed.sorted().joined(separator: ", ")))")
            }
            guard values[name] == nil else { throw QueryParameters.invalid("parameter '\(name)' given twice") }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { values[name] = trimmed }
        }
    }

    /// Values checked already.
    init(checked: [String: String]) {
        values = checked
    }

    /// The names and values of a query string, percent-decoded, in order.
    static func pairs(_ raw: String?) throws(EntenteError) -> [(name: String, value: String)] {
        try (raw ?? "").split(separator: "&").filter { !$0.isEmpty }.map { pair throws(EntenteError) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = parts.count > 1 ? decode(parts[1]) : "" else {
                throw invalid("malformed percent-encoding in the query string")
            }
            // No stored text holds U+0000, SQLite would cut the value short there, and PostgreSQL refuses it.
            guard !value.utf8.contains(0), !name.utf8.contains(0) else { throw invalid("parameter '\(name)' contains a NUL character") }
            return (name, value)
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// The names and values given, sorted by name, for links that keep a page's filters.
    var sorted: [(name: String, value: String)] { values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

    /// An integer parameter within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(EntenteError) -> Int {
        guard let raw = values[name] else { return fallback }
        guard let value = Int(raw), range.contains(value) else {
            throw QueryParameters.invalid("'\(name)' must be an integer from \(range.lowerBound) to \(range.upperBound), found '\(raw)'")
        }
        return value
    }

    /// A parameter that must be one of a type's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(EntenteError) -> T? where T.RawValue == String {
        guard let raw = values[name] else { return nil }
        guard let value = T(rawValue: raw.lowercased()) else {
            throw QueryParameters.invalid("'\(name)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), found '\(raw)'")
        }
        return value
    }

    /// A date parameter: YYYY, YYYY-MM or YYYY-MM-DD.
    func date(_ name: String) throws(EntenteError) -> SimpleDate? {
        guard let raw = values[name] else { return nil }
        guard let date = SimpleDate(iso: raw) else { throw QueryParameters.invalid("'\(name)' must be a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(raw)'") }
        return date
    }

    static func invalid(_ message: String) -> EntenteError {
        EntenteError(.invalidQuery, file: "query", line: nil, message)
    }

    private static func decode(_ s: Substring) -> String? {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

extension BasicRequestContext {
    /// A path parameter as the client meant it: Hummingbird leaves path segments percent-encoded.
    func pathParameter(_ name: String) throws(EntenteError) -> String {
        let raw = parameters.get(name) ?? ""
        let value = raw.removingPercentEncoding ?? raw
        guard !value.utf8.contains(0) else { throw QueryParameters.invalid("the path contains a NUL character") }
        return value
    }
}
