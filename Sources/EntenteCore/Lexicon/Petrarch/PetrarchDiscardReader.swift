/// Reads TABARI/PETRARCH discard lists: one phrase a line, `+` before it for a story-level discard,
/// `_` after it when its last word must be whole (otherwise it is a stem).
public struct PetrarchDiscardReader {
    /// Whether a malformed entry stops the reading; otherwise it is reported in `diagnostics` and skipped.
    public var strict = true
    /// The malformed entries skipped when not strict, each naming file, line and what was expected.
    public private(set) var diagnostics: [EntenteError] = []

    public init() {}

    public mutating func read(_ lines: [PetrarchLine], into list: inout DiscardList) throws(EntenteError) {
        func handle(_ line: PetrarchLine) throws(EntenteError) {
            var text = line.trimmed
            let story = text.hasPrefix("+")
            if story { text = String(text.dropFirst()).trimmedBlanks }
            guard !text.contains("["), !text.contains("]") else { throw line.error("expected a discard phrase without a code, found '\(line.trimmed)'") }
            let whole = text.hasSuffix("_")
            let words = PetrarchSource.words(text)
            guard !words.isEmpty else { throw line.error("expected a discard phrase after '+'") }
            list.add(DiscardList.Entry(words: words, stem: !whole, story: story, text: text))
        }
        for line in lines {
            do { try handle(line) } catch {
                // A malformed entry is reported and skipped, or stops the reading when strict.
                if strict { throw error }
                diagnostics.append(error)
            }
        }
    }
}
