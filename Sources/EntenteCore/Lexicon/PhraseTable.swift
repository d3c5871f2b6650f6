/// Multi-word names looked up token by token: longest match first.
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    /// Entries by their first word, longest first.
    private var byFirstWord: [String: [Entry]] = [:]

    public init() {}

    /// Number of distinct phrases.
    public var count: Int { byFirstWord.values.reduce(0) { $0 + $1.count } }

    /// Adds a phrase given as normalised words; a phrase already present keeps its first value.
    public mutating func insert(_ words: [String], _ value: Value) {
        guard let first = words.first else { return }
        // The list is changed in place: copying it out and sorting it back on every insert made reading
        // a Phoenix actor file (hundreds of phrases on one first word) quadratic.
        Self.insert(Entry(words: words, value: value), into: &byFirstWord[first, default: []])
    }

    /// Replaces the value of the phrase `words`, or inserts it where there is none.
    public mutating func replace(_ words: [String], _ value: Value) {
        guard let first = words.first else { return }
        if let index = byFirstWord[first]?.firstIndex(where: { $0.words == words }) {
            byFirstWord[first]?[index] = Entry(words: words, value: value)
        } else {
            insert(words, value)
        }
    }

    /// Inserts `entry` after the entries at least as long as it: where appending and a stable sort by
    /// length would put it.
    private static func insert(_ entry: Entry, into list: inout [Entry]) {
        if list.contains(where: { $0.words == entry.words }) { return }
        list.insert(entry, at: list.firstIndex { $0.words.count < entry.words.count } ?? list.endIndex)
    }

    /// Whether some phrase starts with `word`.
    public func startsWith(_ word: String) -> Bool { byFirstWord[word] != nil }

    /// The longest phrase at `start` in `norms` (not past `limit`), with its length in words.
    public func longestMatch(_ norms: [String], at start: Int, limit: Int) -> (value: Value, length: Int)? {
        guard start < limit, let list = byFirstWord[norms[start]] else { return nil }
        for entry in list where start + entry.words.count <= limit {
            var ok = true
            for k in 1..<entry.words.count where norms[start + k] != entry.words[k] {
                ok = false
                break
            }
            if ok { return (entry.value, entry.words.count) }
        }
        return nil
    }

    /// The phrase equal to `words`, if present.
    public func exact(_ words: [String]) -> Value? {
        guard let first = words.first else { return nil }
        return byFirstWord[first]?.first(where: { $0.words == words })?.value
    }
}

/// Normalised words of a dictionary name, tokenised as article text is.
func phraseWords(_ name: String) -> [String] {
    Tokenizer().tokenize(Array(name.unicodeScalars)).map(\.norm)
}
