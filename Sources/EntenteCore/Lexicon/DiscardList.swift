/// Phrases that mark text not to code (sports, entertainment, history): a sentence that contains one
/// is not coded, and a story-level phrase stops the whole article.
public struct DiscardList: Sendable {
    /// One discard phrase.
    public struct Entry: Sendable {
        public var words: [String]
        /// Whether the last word may be the start of a longer word (a stem), as in TABARI.
        public var stem: Bool
        /// Whether the phrase discards the whole story rather than the sentence.
        public var story: Bool
        public var text: String
    }

    /// Entries by their first word; single-word stems also under the stem itself.
    private var byFirstWord: [String: [Entry]] = [:]
    /// Lengths of single-word stems, to try a token's prefixes.
    private var stemLengths: Set<Int> = []
    public private(set) var count = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    public mutating func add(_ entry: Entry) {
        guard let first = entry.words.first else { return }
        byFirstWord[first, default: []].append(entry)
        if entry.words.count == 1, entry.stem { stemLengths.insert(first.count) }
        count += 1
    }

    /// The first discard phrase found in `norms[range]`.
    public func firstMatch(_ norms: [String], in range: Range<Int>) -> Entry? {
        for start in range {
            let word = norms[start]
            var keys = [word]
            for length in stemLengths where length < word.count { keys.append(String(word.prefix(length))) }
            for key in keys {
                for entry in byFirstWord[key] ?? [] where matches(entry, norms, at: start, end: range.upperBound) { return entry }
            }
        }
        return nil
    }

    private func matches(_ entry: Entry, _ norms: [String], at start: Int, end: Int) -> Bool {
        guard start + entry.words.count <= end else { return false }
        for (k, word) in entry.words.enumerated() {
            let token = norms[start + k]
            let isLast = k == entry.words.count - 1
            if token == word { continue }
            if isLast, entry.stem, token.hasPrefix(word) { continue }
            return false
        }
        return true
    }
}
