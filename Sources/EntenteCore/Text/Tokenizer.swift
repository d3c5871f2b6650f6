/// Splits article text into tokens, keeping abbreviations, initials, decimals and hyphenated names whole.
public struct Tokenizer: Sendable {
    /// Words that keep their trailing period ("Mr.", "Gen.") and do not end a sentence.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cpl", "adm", "cmdr",
        "gov", "sen", "rep", "pres", "sec", "amb", "hon", "rev", "st", "mt", "ft", "no", "nos", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "ltd", "co", "bros", "jr", "sr", "vs", "etc", "approx", "dept", "est", "fig",
        "e.g", "i.e", "a.m", "p.m",
    ]

    public init() {}

    /// Tokens of `scalars`, in order.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var newlines = 0
        var space = false
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if ScalarClass.isSpace(s) {
                if s == "\n" || s.value == 0x2029 || s.value == 0x2028 { newlines += 1 }
                space = true
                i += 1
                continue
            }
            let start = i
            let kind: Token.Kind
            if Self.isWordScalar(s) {
                i = wordEnd(scalars, from: i)
                kind = Self.isNumber(scalars[start..<i]) ? .number : .word
            } else if s == "'" || Normalizer.fold(s) == "'" {
                // Possessive and contracted forms: 's, 're, 've, 'll, 'd, 'm after a word.
                if let endOfClitic = cliticEnd(scalars, at: i, afterWord: !space && !tokens.isEmpty && tokens[tokens.count - 1].kind != .punctuation) {
                    i = endOfClitic
                    kind = .word
                } else {
                    i += 1
                    kind = .quote
                }
            } else if Normalizer.fold(s) == "\"" {
                i += 1
                kind = .quote
            } else if s == "-" || s.value == 0x2013 || s.value == 0x2014 {
                // Runs of dashes are one token.
                i += 1
                while i < n, scalars[i] == "-" || scalars[i].value == 0x2013 || scalars[i].value == 0x2014 { i += 1 }
                kind = .punctuation
            } else {
                i += 1
                kind = .punctuation
            }
            let slice = scalars[start..<i]
            let norm = Self.norm(slice, kind: kind)
            tokens.append(Token(
                start: start, end: i, text: ScalarClass.string(slice), norm: norm, kind: kind,
                isCapitalized: ScalarClass.isUppercase(scalars[start]),
                newlinesBefore: newlines, spaceBefore: space))
            newlines = 0
            space = false
        }
        splitNegations(&tokens)
        return tokens
    }

    /// The normal form of a token's scalars: folded and lower-cased; a run of dashes is "--" (one hyphen stays "-").
    static func norm<C: Collection>(_ scalars: C, kind: Token.Kind) -> String where C.Element == Unicode.Scalar {
        let norm = Normalizer.norm(scalars)
        if kind == .punctuation, norm.unicodeScalars.allSatisfy({ $0 == "-" || $0.value == 0x2013 || $0.value == 0x2014 }) {
            return norm.count > 1 || norm != "-" ? "--" : "-"
        }
        return norm
    }

    /// The normal form of a token known only by its text (a CoNLL-U file's FORM column).
    public static func norm(of text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let isPunctuation = !scalars.isEmpty && !scalars.contains(where: { ScalarClass.isWord($0) || $0 == "'" })
        return uncontracted(norm(scalars, kind: isPunctuation ? .punctuation : .word))
    }

    /// The stems a negation leaves behind ("ca" of "can't", "wo" of "won't", "sha" of "shan't") read as
    /// the verbs they are, so that "can't", "can not" and "cannot" read alike.
    static func uncontracted(_ norm: String) -> String {
        switch norm {
        case "ca": return "can"
        case "wo": return "will"
        case "sha": return "shall"
        default: return norm
        }
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { ScalarClass.isWord(s) }

    static func isNumber(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
        var digit = false
        for s in slice {
            if ScalarClass.isDigit(s) { digit = true } else if s != "," && s != "." { return false }
        }
        return digit
    }

    /// End of the word starting at `start`: letters and digits joined by apostrophes, hyphens,
    /// periods of initials and decimals, and thousands separators.
    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let n = scalars.count
        var i = start
        var letterRun = 0   // letters since the last period, to recognise initials (U.S.)
        var onlyInitials = true
        while i < n {
            let s = scalars[i]
            if Self.isWordScalar(s) {
                letterRun += 1
                i += 1
                continue
            }
            let next: Unicode.Scalar? = i + 1 < n ? scalars[i + 1] : nil
            let prev = scalars[i - 1]
            let folded = Normalizer.fold(s)
            if folded == "-", let next, Self.isWordScalar(next) {
                onlyInitials = false
                letterRun = 0
                i += 1
                continue
            }
            if folded == "'", let next, ScalarClass.isAlphabetic(next) {
                // Keep "d'Ivoire", "O'Brien"; split the clitics 's, 're, 've, 'll, 'd, 'm, n't.
                if isClitic(scalars, at: i) { break }
                onlyInitials = false
                letterRun = 0
                i += 1
                continue
            }
            if (s == "," || s == "."), let next, ScalarClass.isDigit(next), ScalarClass.isDigit(prev) {
                i += 1
                continue
            }
            if s == "." {
                if onlyInitials && letterRun == 1 {
                    // Initials: U.S., U.N., W.
                    if let next, ScalarClass.isAlphabetic(next), i + 2 >= n || !Self.isWordScalar(scalars[i + 2]) || scalars[i + 2] == "." {
                        letterRun = 0
                        i += 1
                        continue
                    }
                    return i + 1
                }
                let word = Normalizer.norm(scalars[start..<i])
                if Self.abbreviations.contains(word), next.map({ !ScalarClass.isAlphabetic($0) }) ?? true {
                    return i + 1
                }
                break
            }
            break
        }
        if letterRun > 1 { onlyInitials = false }
        return i
    }

    private func isClitic(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        cliticEnd(scalars, at: i, afterWord: true) != nil
    }

    /// End of a clitic ('s, 're, 've, 'll, 'd, 'm) starting at the apostrophe `i`, if there is one.
    private func cliticEnd(_ scalars: [Unicode.Scalar], at i: Int, afterWord: Bool) -> Int? {
        guard afterWord else { return nil }
        let n = scalars.count
        var j = i + 1
        while j < n, ScalarClass.isAlphabetic(scalars[j]) { j += 1 }
        let word = Normalizer.norm(scalars[(i + 1)..<j])
        guard ["s", "re", "ve", "ll", "d", "m", "t"].contains(word) else {
            return j == i + 1 && i > 0 && (scalars[i - 1] == "s" || scalars[i - 1] == "S") ? i + 1 : nil
        }
        return j
    }

    /// "don't" → "do" + "n't"; "can't" → "ca" + "n't"; so negation is a token of its own.
    private func splitNegations(_ tokens: inout [Token]) {
        guard tokens.contains(where: { $0.norm.hasSuffix("n't") || $0.norm == "'t" }) else { return }
        var out: [Token] = []
        out.reserveCapacity(tokens.count + 4)
        for token in tokens {
            if token.norm == "'t", !token.spaceBefore, let last = out.last, last.norm == "n" {
                // "WO N'T": the n stands alone, so the negation is "n" and "'t" joined.
                var neg = token
                neg.start = last.start
                neg.text = last.text + token.text
                neg.norm = "n't"
                neg.spaceBefore = last.spaceBefore
                neg.newlinesBefore = last.newlinesBefore
                neg.isCapitalized = last.isCapitalized
                out[out.count - 1] = neg
            } else if token.norm == "'t", !token.spaceBefore, var last = out.popLast(), last.norm.hasSuffix("n") {
                // "don" + "'t" split at the apostrophe: move the n.
                let textScalars = Array(last.text.unicodeScalars)
                last.text = String(String.UnicodeScalarView(textScalars.dropLast()))
                last.norm = Self.uncontracted(String(last.norm.dropLast()))
                last.end -= 1
                out.append(last)
                var neg = token
                neg.start -= 1
                neg.text = "n" + token.text
                neg.norm = "n't"
                neg.spaceBefore = false
                out.append(neg)
            } else {
                out.append(token)
            }
        }
        tokens = out
    }
}
