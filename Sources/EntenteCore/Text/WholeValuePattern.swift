import Foundation

/// A regular expression that a whole value must match, compiled once (rules are checked on every request).
/// It is anchored with `^(?:…)(?![\s\S])` rather than `$`: in Python's regular expressions (which
/// schemathesis and most validators use) `$` also matches before a final newline, so "RUS\n" would pass a
/// `^[A-Z]{3}$`; the look-ahead means "end of the value" alike in ECMAScript, Python and ICU, so the pattern
/// an API document states means there what it means here.
public struct WholeValuePattern: Sendable {
    /// The anchored pattern, as a document states it.
    public let source: String
    private let regex: NSRegularExpression?

    /// `body` is a regular expression without anchors.
    public init(_ body: String) {
        source = "^(?:" + body + ")(?![\\s\\S])"
        regex = try? NSRegularExpression(pattern: source)
    }

    /// The match of the whole of `value`, if any, for reading its groups.
    public func match(_ value: String) -> NSTextCheckingResult? {
        regex?.firstMatch(in: value, range: NSRange(value.startIndex..., in: value))
    }

    public func matches(_ value: String) -> Bool { match(value) != nil }
}
