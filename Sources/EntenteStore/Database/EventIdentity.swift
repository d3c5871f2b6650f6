import Crypto
import EntenteCore
import Foundation

/// What makes two coded events one event, as GDELT dedupes: the same date, source, target, CAMEO code and
/// modality (a denied attack is not the same event as an attack), whatever the article, sentence or place.
/// An event with no date (its article had none) is one only with the other mentions in its own article.
enum EventIdentity {
    /// The identity as text: `date|source|target|code|modality`, the date `?article-id` when unknown.
    static func key(_ event: Event) -> String {
        [event.date?.description ?? "?\(event.article)", event.source.code, event.target?.code ?? "", event.code.code, event.modality.rawValue]
            .joined(separator: "|")
    }

    /// The event's id: the first 63 bits of the SHA-256 of its key, so that every ingest, in any order, on any
    /// machine, gives an event the same id (a sequence would not survive a killed ingest or two at once).
    static func id(_ event: Event) -> Int64 {
        let digest = SHA256.hash(data: Data(key(event).utf8))
        let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int64(bitPattern: value & UInt64(Int64.max))
    }
}

/// The hash that, with its id, identifies an article: SHA-256 of its date, title and text.
enum ContentHash {
    static func of(_ article: Article) -> String {
        let content = [article.date?.description ?? "", article.title ?? "", article.text].joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(content.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension SimpleDate {
    /// YYYYMMDD of the date's first day (2023-05 gives 20230501), as GDELT's Day wants a whole date.
    var sqlDate: Int { let d = firstDay; return d.year * 10_000 + (d.month ?? 1) * 100 + (d.day ?? 1) }
}

extension String {
    /// Byte order of UTF-8, the order both databases use for keys.
    func precedesInBytes(_ other: String) -> Bool { Array(utf8).lexicographicallyPrecedes(other.utf8) }
}
