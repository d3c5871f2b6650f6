/// PETRARCH's comma rule: comma-delimited clauses of a given length (in words) are dropped before coding,
/// at the start of a sentence, inside it, and at its end.
enum CommaClauses {
    /// Token ranges of `sentence` to drop under `limits`.
    static func dropped(_ tokens: [Token], in sentence: Range<Int>, limits: CodingOptions.CommaLimits) -> [Range<Int>] {
        let commas = sentence.filter { tokens[$0].norm == "," }
        guard !commas.isEmpty else { return [] }
        // The sentence's closing punctuation is not part of its last clause.
        var end = sentence.upperBound
        while end > sentence.lowerBound, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .quote { end -= 1 }
        func words(_ range: Range<Int>) -> Int { range.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }.count }
        func within(_ n: Int, _ low: Int, _ high: Int) -> Bool { high > 0 && n >= low && n <= high }
        // A clause that goes on a list of names is no clause ("with Mordor, Rohan, Fornost and Bree after …",
        // "Evil Mordor, the awful Fornost, and good Gondor"): PETRARCH reads lists from its parse first.
        func continuesList(_ comma: Int, next: Int?) -> Bool {
            var first = comma + 1
            while first < end, tokens[first].norm == "the" { first += 1 }
            if let next, next + 1 < end, tokens[next + 1].norm == "and" || tokens[next + 1].norm == "or" { return true }
            return first < end && comma > sentence.lowerBound && tokens[first].isCapitalized && tokens[comma - 1].isCapitalized
                && (first + 1..<min(end, first + 4)).contains { tokens[$0].norm == "and" || tokens[$0].norm == "," }
        }
        var out: [Range<Int>] = []
        if let first = commas.first, within(words(sentence.lowerBound..<first), limits.beginMin, limits.beginMax) {
            out.append(sentence.lowerBound..<(first + 1))
        }
        for (a, b) in zip(commas, commas.dropFirst()) where within(words((a + 1)..<b), limits.min, limits.max) && !continuesList(a, next: b) {
            out.append(a..<b)
        }
        if let last = commas.last, last < end, within(words((last + 1)..<end), limits.endMin, limits.endMax), !continuesList(last, next: nil) {
            out.append(last..<end)
        }
        return out
    }
}
