/// Matching of multi-word pattern elements (PETRARCH synsets and `_`-joined words) and of slots
/// that may stand a few words before the head.
extension PatternMatcher {
    /// The tokens of the first alternative found at `p` or up to `gap` words after it, in the clause.
    func phraseAfter(_ alternatives: [[String]], from p: Int, gap: Int, in analysis: SentenceAnalysis) -> Range<Int>? {
        var q = p
        var skipped = 0
        while q < analysis.end, skipped <= gap {
            for words in alternatives where q + words.count <= analysis.end && matches(words, at: q) {
                return q..<(q + words.count)
            }
            if analysis.isBreak(q) { return nil }
            q += 1
            skipped += 1
        }
        return nil
    }

    /// The tokens of the first alternative ending at `b` or up to `gap` words before it, in the clause.
    func phraseBefore(_ alternatives: [[String]], endingAt b: Int, gap: Int, in analysis: SentenceAnalysis) -> Range<Int>? {
        var q = b
        var skipped = 0
        while q >= analysis.start, skipped <= gap {
            for words in alternatives where q - words.count + 1 >= analysis.start && matches(words, at: q - words.count + 1) {
                return (q - words.count + 1)..<(q + 1)
            }
            if analysis.isBreak(q) { return nil }
            q -= 1
            skipped += 1
        }
        return nil
    }

    /// The mention ending at `b` or up to `gap` words before it, in the clause.
    func slotBefore(_ b: Int, gap: Int, in analysis: SentenceAnalysis) -> Int? {
        var q = b
        var skipped = 0
        while q >= analysis.start, skipped <= gap {
            if let m = analysis.mention(at: q) { return m }
            if analysis.isBreak(q) { return nil }
            q -= 1
            skipped += 1
        }
        return nil
    }

    /// Whether `word` is a past form of some verb of the dictionary ("left" of leave, "met" of meet).
    func isPastOfAnotherVerb(_ word: String) -> Bool {
        patterns.pastHeads.contains(word) || patterns.verbBases[word]?.contains { $0.0 != word && $0.1.contains(.past) } == true
    }

    /// On equal specificity, a pattern whose head is written as the very word found ("LEFT [032:033]")
    /// goes before one reached through another verb's forms (leave → left).
    func prefersExactHead(_ candidate: Int, over current: Int, _ word: String) -> Bool {
        patterns.patterns[candidate].head == .verb(word) && patterns.patterns[current].head != .verb(word)
    }

    private func matches(_ words: [String], at q: Int) -> Bool {
        for (k, word) in words.enumerated() where norms[q + k] != word { return false }
        return true
    }
}
