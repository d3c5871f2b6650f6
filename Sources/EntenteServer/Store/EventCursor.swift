import EntenteCore
import Foundation

/// Where a page of events ends: opaque to clients, meaningful only to the store that made it.
public struct EventCursor: Sendable, Equatable {
    public var token: String

    /// What a cursor looks like, `DATE.INDEX.ARTICLE`, as the API document states it and the store reads it.
    static let rule = ValueRule.text("(?:-|[0-9]{4}(?:-[0-9]{2}){0,2})\\.[0-9]{1,9}\\.[A-Za-z0-9_-]*", meaning: "the next_cursor of a previous page")

    public init(token: String) {
        self.token = token
    }
}

/// The order events are listed in: newest first, undated last, then by article id and position in it.
struct EventOrderKey: Comparable {
    var date: SimpleDate?
    var article: String
    var index: Int

    static func < (a: EventOrderKey, b: EventOrderKey) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return y < x
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.article, a.index) < (b.article, b.index)
        }
    }

    /// The key as a cursor: `DATE.INDEX.ARTICLE`, the date `-` when there is none and the article id in
    /// URL-safe base64 (RFC 4648 §5, unpadded), so that ids with any characters survive a query string.
    var cursor: EventCursor {
        let encoded = Data(article.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return EventCursor(token: "\(date?.description ?? "-").\(index).\(encoded)")
    }

    /// Reads a cursor. Every cursor of `EventCursor.pattern` names a position in the listing's order (a
    /// key need not be a stored event's, nor its date a day of the calendar), so that what the API
    /// document allows the server takes; anything else is an invalid query.
    init(cursor: EventCursor) throws(EntenteError) {
        guard EventCursor.rule.accepts(cursor.token) else {
            throw EntenteError(.invalidQuery, file: "cursor", line: nil, "unknown cursor '\(cursor.token)': use the next_cursor of a previous page")
        }
        let parts = cursor.token.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        let fields = parts[0] == "-" ? [] : parts[0].split(separator: "-").compactMap { Int($0) }
        date = fields.first.map { SimpleDate(year: $0, month: fields.count > 1 ? fields[1] : nil, day: fields.count > 2 ? fields[2] : nil) }
        index = Int(parts[1]) ?? 0
        var base64 = parts[2].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        // One character over a group of four carries no whole byte: it is dropped, as decoders do.
        if base64.count % 4 == 1 { base64.removeLast() }
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        let bytes = Data(base64Encoded: base64) ?? Data()
        // Stored ids hold no NUL, and PostgreSQL refuses it in text: a position without it sorts the same.
        article = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{0}", with: "")
    }

    init(date: SimpleDate?, article: String, index: Int) {
        self.date = date
        self.article = article
        self.index = index
    }
}
