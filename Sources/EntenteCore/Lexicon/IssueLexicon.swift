/// Issue phrases (PETRARCH's issue coding): phrases that tag a sentence with issue codes, and
/// phrases that cancel issue coding of the sentence they appear in.
public struct IssueLexicon: Sendable {
    public var phrases = PhraseTable<String>()
    public var ignored = PhraseTable<Bool>()
    public private(set) var count = 0

    public init() {}

    public mutating func add(_ words: [String], code: String) {
        phrases.insert(words, code)
        count += 1
    }

    /// Issue codes in `norms[range]` with the number of phrases found for each, in order of first
    /// appearance; none when an ignore phrase is present.
    public func issues(_ norms: [String], in range: Range<Int>) -> [(code: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var t = range.lowerBound
        while t < range.upperBound {
            if ignored.longestMatch(norms, at: t, limit: range.upperBound) != nil { return [] }
            if let (code, length) = phrases.longestMatch(norms, at: t, limit: range.upperBound) {
                if counts[code] == nil { order.append(code) }
                counts[code, default: 0] += 1
                t += length
            } else {
                t += 1
            }
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }
}
