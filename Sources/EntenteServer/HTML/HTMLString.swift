import Foundation

/// Markup whose interpolated strings are escaped: the literal parts of a template are trusted, every
/// `String` put into it is text. Values of other types must be turned into text or markup explicitly.
public struct HTMLString: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var html: String

    public init(stringLiteral value: String) { html = value }
    public init(stringInterpolation: StringInterpolation) { html = stringInterpolation.html }
    /// Markup built elsewhere and known to be safe (a number formatted by us, an escaped fragment).
    init(trusted html: String) { self.html = html }

    public var description: String { html }

    /// The pieces in order, with nothing between them.
    static func join(_ parts: [HTMLString], separator: HTMLString = "") -> HTMLString {
        HTMLString(trusted: parts.map(\.html).joined(separator: separator.html))
    }

    /// Collects a template's parts, escaping text.
    public struct StringInterpolation: StringInterpolationProtocol {
        var html = ""

        public init(literalCapacity: Int, interpolationCount: Int) { html.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { html += literal }
        public mutating func appendInterpolation(_ text: String) { html += HTMLString.escape(text) }
        public mutating func appendInterpolation(_ text: String?) { html += HTMLString.escape(text ?? "") }
        public mutating func appendInterpolation(_ markup: HTMLString) { html += markup.html }
        public mutating func appendInterpolation(_ parts: [HTMLString]) { html += parts.map(\.html).joined() }
        public mutating func appendInterpolation(_ number: Int) { html += String(number) }
        /// A number with a fixed count of decimals, as charts and tables show it.
        public mutating func appendInterpolation(_ number: Double, decimals: Int) { html += String(format: "%.\(decimals)f", number) }
    }

    /// Escapes the five characters that could end text or a quoted attribute value.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Links to the dashboard's pages, with each part percent-encoded (the template then escapes the whole).
enum Link {
    private static let segment: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/?#&=+;")
        return set
    }()
    private static let queryValue: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+#;?/")
        return set
    }()

    static func component(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: segment) ?? "" }

    /// `path?name=value&…`, dropping empty values.
    static func withQuery(_ path: String, _ parameters: [(String, String)]) -> String {
        let pairs = parameters.filter { !$0.1.isEmpty }.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: queryValue) ?? "")" }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    static func dyad(_ dyad: Dyad, by: Granularity = .month, period: DashboardPeriod = DashboardPeriod()) -> String {
        withQuery("/dyads/\(component(dyad.first))/\(component(dyad.second))", [("by", by.rawValue)] + period.queryItems)
    }

    static func country(_ code: String, period: DashboardPeriod = DashboardPeriod()) -> String {
        withQuery("/countries/" + component(code), period.queryItems)
    }

    static func article(_ id: String) -> String { "/articles/" + component(id) }

    /// The place of an event on its article's page.
    static func event(_ stored: StoredEvent) -> String { article(stored.event.article) + "#" + anchor(stored.id) }

    /// An element id for an event id ("a#2" → "ev-2" within its article).
    static func anchor(_ eventID: String) -> String {
        "ev-" + (eventID.split(separator: "#").last.map(String.init) ?? eventID)
    }
}
