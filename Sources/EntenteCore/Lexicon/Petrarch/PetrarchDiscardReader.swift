/// Reads TABARI/PETRARCH discard lists: one phrase a line, `+` before it for a story-level discard,
/// `_` after it when its last word must be whole (otherwise it is a stem).
public struct PetrarchDiscardReader {
    /// Whether a malformed entry stops the reading; otherwise it is reported in `diagnostics` and skipped.
    public var strict = true
    /// The malformed entries skipped when not strict, each naming file, line and what was expected.
    public private(set) var diagnostics: [EntenteError] = []

    public init() {}

    public mutating func read(_ lines: [PetrarchLine], into list: inout DiscardList) throws(EntenteError) {
        Self.add(try parse(lines), into: &list)
    }

    /// Adds one file's discards to `list`, in file order.
    static func add(_ entries: [DiscardList.Entry], into list: inout DiscardList) {
        for entry in entries { list.add(entry) }
    }

    /// The discards of `lines` in file order, without touching a list: files are parsed on several threads.
    mutating func parse(_ lines: [PetrarchLine]) throws(EntenteError) -> [DiscardList.Entry] {
        var entries: [DiscardList.Entry] = []
        func handle(_ line: PetrarchLine) throws(EntenteError) {
            var text = line.trimmed
            let story = text.hasPrefix("+")
            if story { text = String(text.dropFirst()).trimmedBlanks }
            guard !text.has("["), !text.has("]") else { throw line.error("expected a discard phrase without a code, found '\(line.trimmed)'") }
            let whole = text.hasSuffix("_")
            let words = PetrarchSource.words(text)
            guard !words.isEmpty else { throw line.error("expected a discard phrase after '+'") }
            entries.append(DiscardList.Entry(words: words, stem: !whole, story: story, text: text))
        }
        for line in lines {
            do { try handle(line) } catch {
                // A malformed entry is reported and skipped, or stops the reading when strict.
                if strict { throw error }
                diagnostics.append(error)
            }
        }
        return entries
    }
}
