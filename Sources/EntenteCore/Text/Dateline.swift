/// Recognises a dateline at the start of an article ("MOSCOW (Reuters) -", "OREANDA-NEWS",
/// "SEOUL, Jan. 5 (Yonhap) --") so that it is not read as part of the first sentence.
public struct DatelineDetector: Sendable {
    public init() {}

    /// Number of leading tokens that form a dateline (0 when there is none).
    public func datelineLength(_ tokens: [Token], isKnownName: (Int) -> Bool) -> Int {
        guard let first = tokens.first, first.isAllCaps else { return 0 }
        var i = 0
        var capsWords = 0
        // Upper-case place or agency words, commas, a date ("Jan. 5", "March 3").
        while i < tokens.count, i < 12 {
            let t = tokens[i]
            if t.isAllCaps && t.kind == .word { capsWords += 1; i += 1; continue }
            if t.norm == "," || t.norm == "/" { i += 1; continue }
            if capsWords > 0, t.kind == .number || MonthNames.month(t.norm) != nil { i += 1; continue }
            break
        }
        guard capsWords > 0, i < tokens.count else { return 0 }
        // "BAGHDAD, Iraq (Reuters) -", "NAJAF, Iraq -": the place's country or state, capitalised, after a comma.
        if i >= 2, tokens[i - 1].norm == "," {
            var k = i
            while k < tokens.count, k < i + 4, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
            if k > i, k < tokens.count, ["(", "-", "--", "—"].contains(tokens[k].norm) { i = k }
        }
        var j = i
        // An agency in brackets.
        if tokens[j].norm == "(" {
            var k = j + 1
            while k < tokens.count, k < j + 8, tokens[k].norm != ")" { k += 1 }
            guard k < tokens.count, tokens[k].norm == ")" else { return 0 }
            j = k + 1
            if j < tokens.count, tokens[j].norm == "-" || tokens[j].norm == "--" || tokens[j].norm == "—" || tokens[j].norm == ":" { j += 1 }
            return j
        }
        if tokens[j].norm == "-" || tokens[j].norm == "--" || tokens[j].norm == "—" || tokens[j].norm == ":" { return j + 1 }
        // "OREANDA-NEWS The …": an upper-case word with a hyphen, or two or more, then a capitalised word.
        let next = tokens[j]
        guard next.isCapitalized, !next.isAllCaps else { return 0 }
        if capsWords >= 2 || (tokens[0].text.contains("-") && !isKnownName(0)) { return j }
        if capsWords == 1, tokens[0].text.unicodeScalars.count >= 5, !isKnownName(0) { return j }
        return 0
    }
}
