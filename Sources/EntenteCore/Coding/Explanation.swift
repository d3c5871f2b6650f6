extension EventCoder {
    /// A readable account of how each sentence of `article` was read: actors, pattern matches, events and
    /// their places. For dictionary writers and for users asking why an event was or was not coded. The
    /// events are those `code` gives (discards, the dyad rule and places applied alike).
    public func explain(_ article: Article) -> String {
        // Every sentence's tree is shown, not only those of the sentences that may hold an event.
        let reading = read(prepared(article), parsingEvery: true)
        let document = reading.document
        let events = events(of: reading)
        var out = ""
        for (analysis, matches) in zip(reading.analyses, reading.matches) {
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
            for match in matches {
                let pattern = dictionaries.patterns.patterns[match.pattern]
                out += "  pattern \(pattern.code) \(pattern.id) at '\(document.tokens[match.head].text)'\(match.isPassive ? " (passive)" : "")  \(pattern.file.split(separator: "/").last ?? ""):\(pattern.line)\n"
            }
            for event in events where event.sentence == analysis.sentence.index {
                out += "  event   \(event.code.code) \(event.source.code) > \(event.target?.code ?? "-") \(event.modality.rawValue) \(event.date?.description ?? "-")\n"
                if let l = event.location {
                    out += "  place   \(l.text) = \(l.fullName) (\(l.place.feature.rawValue) \(l.place.country)\(l.place.adm1.map { " " + $0 } ?? ""), from the \(l.origin.rawValue))\n"
                }
            }
        }
        return out
    }
}
