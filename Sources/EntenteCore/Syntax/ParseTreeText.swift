/// Renders a sentence's dependency tree as indented text, one token a line:
/// ```
/// imposed  VBD  ROOT
/// ├── Seoul  NNP  nsubj
/// ├── sanctions  NNS  dobj
/// │   └── on  IN  prep
/// │       └── Moscow  NNP  pobj
/// └── .  .  punct
/// ```
public enum ParseTreeText {
    /// Every sentence of `document`, its text and then its tree (the text alone without a parse).
    public static func render(_ document: Document, parse: SyntaxParse?) -> String {
        var out = ""
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            out += "# \(document.text(of: sentence).split(whereSeparator: \.isNewline).joined(separator: " "))\n"
            if let parse { out += tree(of: sentence.tokens, document: document, parse: parse) }
            out += "\n"
        }
        return out
    }

    /// The tree of the tokens `range`, roots first in order.
    public static func tree(of range: Range<Int>, document: Document, parse: SyntaxParse) -> String {
        var children = [[Int]](repeating: [], count: range.count)
        var roots: [Int] = []
        for t in range {
            if let h = parse.head(t), range.contains(h), h != t { children[h - range.lowerBound].append(t) } else { roots.append(t) }
        }
        var out = ""
        var visited = Set<Int>()
        func line(_ t: Int, _ prefix: String, _ branch: String) {
            out += prefix + branch + "\(document.tokens[t].text)  \(parse.tag(t))  \(parse.label(t))\n"
        }
        func walk(_ t: Int, _ prefix: String) {
            guard visited.insert(t).inserted else { return }
            let kids = children[t - range.lowerBound]
            for (i, child) in kids.enumerated() {
                let last = i == kids.count - 1
                line(child, prefix, last ? "└── " : "├── ")
                walk(child, prefix + (last ? "    " : "│   "))
            }
        }
        for root in roots {
            line(root, "", "")
            walk(root, "")
        }
        return out
    }
}
