extension EventCoder {
    /// A readable account of how each sentence of `article` was read: actors, pattern matches, events.
    /// For dictionary writers and for users asking why an event was or was not coded.
    public func explain(_ article: Article) -> String {
        let reading = read(article)
        let document = reading.document
        var out = ""
        for analysis in reading.analyses {
            out += "[\(analysis.sentence.index)] \(document.text(of: analysis.sentence))\n"
            for mention in analysis.mentions {
                let words = mention.tokens.map { document.tokens[$0].text }.joined(separator: " ")
                out += "  actor   \(words) = \(mention.members.map(\.code).joined(separator: "+")) (\(mention.kind)\(mention.isModifier ? ", modifier" : ""))\n"
            }
            if let speaker = analysis.speaker { out += "  speaker \(speaker.text) = \(speaker.code)\n" }
            if let parse = document.syntax {
                out += "  parse\n"
                for line in ParseTreeText.tree(of: analysis.sentence.tokens, document: document, parse: parse).split(separator: "\n") {
                    out += "    \(line)\n"
                }
            }
            for match in reading.matcher.matches(in: analysis) {
                let pattern = dictionaries.patterns.patterns[match.pattern]
                out += "  pattern \(pattern.code) \(pattern.id) at '\(document.tokens[match.head].text)'\(match.isPassive ? " (passive)" : "")  \(pattern.file.split(separator: "/").last ?? ""):\(pattern.line)\n"
            }
            for event in codeSentence(analysis, document: document, matcher: reading.matcher) {
                out += "  event   \(event.code.code) \(event.source.code) > \(event.target?.code ?? "-") \(event.modality.rawValue) \(event.date?.description ?? "-")\n"
            }
        }
        return out
    }
}
