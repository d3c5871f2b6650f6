/// One sentence of a CoNLL-U file (universaldependencies.org/format.html): forms, tags, heads and labels.
public struct ConllSentence: Sendable, Equatable {
    /// Comment lines without their "# ".
    public var comments: [String] = []
    public var forms: [String] = []
    /// Penn Treebank tags (the XPOS column), "_" where there are none.
    public var tags: [String] = []
    /// Heads as 0-based indices into the sentence, -1 for the root, nil where the file has none.
    public var heads: [Int?] = []
    public var labels: [String] = []
    /// Whether a space follows each token (MISC has no `SpaceAfter=No`).
    public var spaceAfter: [Bool] = []

    public init() {}

    /// The value of a `# key = value` comment.
    public func comment(_ key: String) -> String? {
        for line in comments {
            guard line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).drop { $0 == " " }
            if rest.first == "=" { return String(rest.dropFirst().drop { $0 == " " }) }
        }
        return nil
    }

    /// Whether every token has a head and the heads form one tree.
    public var isTree: Bool {
        guard heads.allSatisfy({ $0 != nil }), heads.filter({ $0 == -1 }).count == 1 else { return false }
        for start in heads.indices {
            var t = start, steps = 0
            while let h = heads[t], h >= 0 {
                guard h < heads.count, steps <= heads.count else { return false }
                t = h
                steps += 1
            }
        }
        return true
    }

    /// Whether no two arcs cross (the arc-hybrid system can only build such trees).
    public var isProjective: Bool {
        let arcs = heads.enumerated().compactMap { i, h -> (Int, Int)? in
            guard let h, h >= 0 else { return nil }
            return (min(i, h), max(i, h))
        }
        for (a, b) in arcs {
            for (c, d) in arcs where a < c && c < b && d > b { return false }
        }
        return true
    }
}

/// Reads and writes CoNLL-U.
public enum ConllU {
    /// The sentences of a CoNLL-U text; `file` names it in errors. Multi-word and empty-node lines are skipped.
    public static func read(_ text: String, file: String) throws(EntenteError) -> [ConllSentence] {
        var sentences: [ConllSentence] = []
        var current = ConllSentence()
        var pendingHeads: [Int] = []
        var lineNumber = 0
        func finish() throws(EntenteError) {
            guard !current.forms.isEmpty else { current = ConllSentence(); return }
            current.heads = pendingHeads.map { $0 == Int.min ? nil : ($0 == 0 ? -1 : $0 - 1) }
            if current.heads.contains(where: { ($0 ?? -1) >= current.forms.count }) {
                throw EntenteError(.malformedConllU, file: file, line: lineNumber, "a head points past the end of its sentence")
            }
            sentences.append(current)
            current = ConllSentence()
            pendingHeads = []
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                try finish()
                continue
            }
            if line.hasPrefix("#") {
                current.comments.append(String(line.dropFirst().drop { $0 == " " }))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw EntenteError(.malformedConllU, file: file, line: lineNumber, "\(columns.count) columns where CoNLL-U has 10")
            }
            if columns[0].contains("-") || columns[0].contains(".") { continue }
            guard let id = Int(columns[0]), id == current.forms.count + 1 else {
                throw EntenteError(.malformedConllU, file: file, line: lineNumber, "token id '\(columns[0])' where \(current.forms.count + 1) was expected")
            }
            current.forms.append(String(columns[1]))
            current.tags.append(String(columns[4]))
            if columns[6] == "_" {
                pendingHeads.append(Int.min)
            } else if let head = Int(columns[6]), head >= 0 {
                pendingHeads.append(head)
            } else {
                throw EntenteError(.malformedConllU, file: file, line: lineNumber, "head '\(columns[6])' is not a token number")
            }
            current.labels.append(String(columns[7]))
            current.spaceAfter.append(!columns[9].split(separator: "|").contains("SpaceAfter=No"))
        }
        try finish()
        return sentences
    }

    /// The sentences of `document` as CoNLL-U, with the parse's columns where there is one.
    public static func write(_ document: Document, parse: SyntaxParse?) -> String {
        var out = "# newdoc id = \(oneLine(document.article.id))\n"
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            out += "# sent_id = \(oneLine(document.article.id))-\(sentence.index + 1)\n"
            out += "# text = \(oneLine(document.text(of: sentence)))\n"
            // Where the sentence is in the article's text, in Unicode scalars, so that annotations can name it.
            out += "# offsets = \(sentence.start) \(sentence.end)\n"
            for (offset, t) in sentence.tokens.enumerated() {
                let token = document.tokens[t]
                var tag = "_", upos = "_", head = "_", label = "_"
                if let parse {
                    tag = parse.tag(t)
                    upos = universalTag(tag)
                    head = parse.head(t).map { String($0 - sentence.tokens.lowerBound + 1) } ?? "0"
                    label = parse.label(t)
                }
                let next = t + 1
                let spaceAfter = next >= sentence.tokens.upperBound || document.tokens[next].spaceBefore
                out += "\(offset + 1)\t\(token.text)\t_\t\(upos)\t\(tag)\t_\t\(head)\t\(label)\t_\t\(spaceAfter ? "_" : "SpaceAfter=No")\n"
            }
            out += "\n"
        }
        return out
    }

    private static func oneLine(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }

    /// The universal part of speech of a Penn Treebank tag (the usual conversion table).
    public static func universalTag(_ tag: String) -> String {
        switch tag {
        case "NN", "NNS": return "NOUN"
        case "NNP", "NNPS": return "PROPN"
        case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ": return "VERB"
        case "MD": return "AUX"
        case "JJ", "JJR", "JJS", "AFX": return "ADJ"
        case "RB", "RBR", "RBS", "WRB": return "ADV"
        case "PRP", "WP", "EX": return "PRON"
        case "PRP$", "WP$", "DT", "PDT", "WDT": return "DET"
        case "IN", "RP": return "ADP"
        case "CC": return "CCONJ"
        case "CD": return "NUM"
        case "TO", "POS": return "PART"
        case "UH": return "INTJ"
        case "SYM", "$": return "SYM"
        case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP": return "PUNCT"
        default: return "X"
        }
    }
}
