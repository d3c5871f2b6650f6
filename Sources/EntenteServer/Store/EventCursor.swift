import EntenteCore
import Foundation

/// Where a page of events ends: opaque to clients, meaningful only to the store that made it.
public struct EventCursor: Sendable, Equatable {
    public var token: String

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

    /// The key as a cursor: `date|index|article` in URL-safe base64, so ids with any characters survive.
    var cursor: EventCursor {
        let plain = "\(date?.description ?? "-")|\(index)|\(article)"
        let encoded = Data(plain.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return EventCursor(token: encoded)
    }

    /// Reads a cursor this type made; anything else is an invalid query.
    init(cursor: EventCursor) throws(EntenteError) {
        let invalid = EntenteError(.invalidQuery, file: "cursor", line: nil, "unknown cursor '\(cursor.token)': use the next_cursor of a previous page")
        var base64 = cursor.token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let plain = String(data: data, encoding: .utf8) else { throw invalid }
        let parts = plain.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let index = Int(parts[1]) else { throw invalid }
        if parts[0] == "-" {
            date = nil
        } else {
            guard let parsed = SimpleDate(iso: String(parts[0])) else { throw invalid }
            date = parsed
        }
        self.index = index
        article = String(parts[2])
    }

    init(date: SimpleDate?, article: String, index: Int) {
        self.date = date
        self.article = article
        self.index = index
    }
}
