/// The parts of coding that PETRARCH's dictionaries and options bring: paired codes, discards, comma clauses.
extension EventCoder {
    /// The event in the other direction for a pattern with a paired code (`[032:033]`).
    func reversed(_ event: Event, _ pattern: EventPattern) -> Event? {
        guard let reverseCode = pattern.reverseCode, let target = event.target, let code = dictionaries.ontology[reverseCode] else { return nil }
        var reverse = event
        reverse.source = target
        reverse.target = event.source
        reverse.code = code
        reverse.rank = event.rank + 1
        return reverse
    }

    /// The story-level discard phrase of `document`, if it has one.
    public func storyDiscard(_ document: Document, norms: [String]) -> DiscardList.Entry? {
        guard !dictionaries.discards.isEmpty else { return nil }
        for sentence in document.sentences {
            if let entry = dictionaries.discards.firstMatch(norms, in: sentence.tokens), entry.story { return entry }
        }
        return nil
    }

    /// The discard phrase of `sentence`, if it has one.
    public func sentenceDiscard(_ sentence: Sentence, norms: [String]) -> DiscardList.Entry? {
        guard !dictionaries.discards.isEmpty else { return nil }
        return dictionaries.discards.firstMatch(norms, in: sentence.tokens)
    }

    /// The article with the comma clauses `options.commas` drops blanked out (offsets are kept, so the
    /// evidence of the remaining events still points into the original text).
    func prepared(_ article: Article) -> Article {
        guard let limits = options.commas else { return article }
        let document = Document(article: article)
        var scalars = document.scalars
        var changed = false
        for sentence in document.sentences {
            for range in CommaClauses.dropped(document.tokens, in: sentence.tokens, limits: limits) where !range.isEmpty {
                for i in document.tokens[range.lowerBound].start..<document.tokens[range.upperBound - 1].end where scalars[i] != "\n" {
                    scalars[i] = " "
                }
                changed = true
            }
        }
        guard changed else { return article }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var out = article
        out.text = String(view)
        return out
    }
}
