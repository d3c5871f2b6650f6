extension EventCoder {
    /// A readable account of how each sentence of `article` was read: actors, speaker, pattern matches.
    /// For dictionary writers and for users asking why an event was or was not coded.
    public func explain(_ article: Article) -> String {
        let document = Document(article: article) { dictionaries.actors.phrases.startsWith($0) }
        let norms = document.tokens.map(\.norm)
        let matcher = PatternMatcher(patterns: dictionaries.patterns, norms: norms)
        var discourse = Discourse()
        var out = ""
        for sentence in document.sentences {
            var recognizer = ActorRecognizer(lexicon: dictionaries.actors, document: document, norms: norms, date: article.date)
            recognizer.knownPeople = discourse.knownPeople
            recognizer.verbForms = verbForms
            var mentions = recognizer.mentions(in: sentence)
            discourse.nextSentence()
            discourse.resolve(&mentions, norms: norms)
            let analysis = SentenceAnalysis(sentence: sentence, mentions: mentions, norms: norms)
            out += "[\(sentence.index)] \(document.text(of: sentence))\n"
            for mention in mentions {
                let words = mention.tokens.map { document.tokens[$0].text }.joined(separator: " ")
                out += "  actor   \(words) = \(mention.members.map(\.code).joined(separator: "+")) (\(mention.kind)\(mention.isModifier ? ", modifier" : ""))\n"
            }
            for match in matcher.matches(in: analysis) {
                let pattern = dictionaries.patterns.patterns[match.pattern]
                out += "  pattern \(pattern.code) \(pattern.id) at '\(document.tokens[match.head].text)'\(match.isPassive ? " (passive)" : "")  \(pattern.file.split(separator: "/").last ?? ""):\(pattern.line)\n"
            }
        }
        for event in code(article) {
            out += "  event   [\(event.sentence)] \(event.code.code) \(event.source.code) > \(event.target?.code ?? "-") \(event.modality.rawValue) \(event.date?.description ?? "-")\n"
        }
        return out
    }
}
