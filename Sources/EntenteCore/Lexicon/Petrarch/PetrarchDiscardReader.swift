/// Reads TABARI/PETRARCH discard lists: one phrase a line, `+` before it for a story-level discard,
/// `_` after it when its last word must be whole (otherwise it is a stem).
public struct PetrarchDiscardReader {
    public init() {}

    public func read(_ lines: [PetrarchLine], into list: inout DiscardList) throws(EntenteError) {
        for line in lines {
            var text = line.trimmed
            let story = text.hasPrefix("+")
            if story { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            guard !text.contains("["), !text.contains("]") else { throw line.error("expected a discard phrase without a code, found '\(line.trimmed)'") }
            let whole = text.hasSuffix("_")
            let words = PetrarchSource.words(text)
            guard !words.isEmpty else { throw line.error("expected a discard phrase after '+'") }
            list.add(DiscardList.Entry(words: words, stem: !whole, story: story, text: text))
        }
    }
}
