/// Targets that no pattern slot marks.
extension EventCoder {
    /// The target of a match whose pattern does not mark it: the object of the verb's own preposition when the
    /// pattern ends in one ("withdrew peacekeepers from Sinai", "sent paratroopers to Lebanon": what is
    /// withdrawn or sent is no target); else an actor inside the pattern ("rejected the EU proposal"); else the
    /// first actor after it.
    func unslottedTarget(_ match: PatternMatch, _ analysis: SentenceAnalysis, excluding source: Int) -> Int? {
        let norms = analysis.norms
        if Self.directionalPrepositions.contains(norms[match.last]) {
            if let after = object(after: match.last + 1, analysis, excluding: source), analysis.mentions[after].tokens.lowerBound <= match.last + 4 { return after }
            // The verb's direct object is what moves, not the target: leave the target to the place, if any.
            if let inside = mentionInside(match, analysis, excluding: source), Self.isDirectObject(analysis.mentions[inside].tokens, of: match.head, norms) { return nil }
        }
        if let inside = mentionInside(match, analysis, excluding: source) { return inside }
        let after = object(after: match.last + 1, analysis, excluding: source)
        // The place the act happens in is the target when no actor follows the pattern closely: "held talks
        // in Beijing on Thursday, said …", but "met in Paris with the leaders of Germany".
        if let place = placeInside(match, analysis, excluding: source), after.map({ analysis.mentions[$0].tokens.lowerBound > match.last + 4 }) ?? true {
            return place
        }
        return after
    }

    /// The pattern's target slot, unless it is the source's own ("Russia withdrew its troops from Syria": the
    /// troops named by the pattern are Russia's, and the target is where they are withdrawn from).
    func ownTargetSlot(_ match: PatternMatch, _ analysis: SentenceAnalysis, source: Int) -> Int? {
        guard let slot = match.targetSlot else { return nil }
        return isSourcesOwn(analysis.mentions[slot], analysis.mentions[source], analysis.norms) ? nil : slot
    }

    /// Whether mention `m`, found as an object, is part of the act rather than whom it is done to: a word
    /// of the pattern other than its last ("suspended military aid"), the source's own ("its troops") or
    /// its means.
    func isMeans(_ m: Int, of source: Int, _ match: PatternMatch, _ analysis: SentenceAnalysis) -> Bool {
        let mention = analysis.mentions[m]
        if mention.tokens.contains(where: { match.consumed.contains($0) && $0 != match.last }) { return true }
        return isSourcesOwn(mention, analysis.mentions[source], analysis.norms) || isInstrument(mention, of: analysis.mentions[source])
    }

    /// The first actor of another state than the source's that the words it reports name: what a statement
    /// is about.
    func reportedActor(after last: Int, _ analysis: SentenceAnalysis, source: Int) -> Int? {
        // A source of no known state may be of the state its words name ("Oil Minister Hisham Nazer told
        // Reuters … Saudi Arabia's quota"): no dyad can be told.
        let sourceCountries = analysis.mentions[source].countries
        guard !sourceCountries.isEmpty else { return nil }
        return analysis.mentions.indices.first { m in
            let mention = analysis.mentions[m]
            return mention.tokens.lowerBound > last && m != source && mention.kind != .pronoun && mention.kind != .firstPerson
                && !mention.members.isEmpty && mention.members.allSatisfy { $0.country.map { !sourceCountries.contains($0) } ?? false }
        }
    }

    /// "sent troops to Liberia", "mobilized the army", "shared intelligence": forces, officials and firms
    /// of no other state named are what the source acts with, not whom it acts on. Those of another state
    /// ("expelled Russian diplomats") and people ("freed activists", "arrested protesters") are targets.
    func isInstrument(_ mention: ActorMention, of source: ActorMention) -> Bool {
        let sourceCountries = source.countries
        if mention.members.contains(where: { $0.country.map { !sourceCountries.contains($0) } ?? false }) { return false }
        return mention.members.contains { member in Self.instrumentSectors.contains { member.code.contains($0) } }
    }

    /// Sectors of a state's or a firm's own means: its forces, police, spies, officials and diplomats.
    static let instrumentSectors = ["MIL", "COP", "SPY", "GOV", "DIP", "PKO", "BUS"]

    /// "its troops", "their own diplomats", "(Maduro) closed Venezuela's borders with Brazil": a possessive
    /// mention of the source's own country.
    func isSourcesOwn(_ mention: ActorMention, _ source: ActorMention, _ norms: [String]) -> Bool {
        let sourceCountries = source.countries
        if mention.isModifier, mention.kind == .state, !mention.members.isEmpty,
           mention.members.allSatisfy({ $0.country.map(sourceCountries.contains) ?? false }) {
            return true
        }
        return ActorRecognizer.possessives.contains(norms[mention.tokens.lowerBound])
            && mention.members.contains(where: { $0.country.map(sourceCountries.contains) ?? false })
    }

    /// Whom a purpose clause after a cooperative act says it is for: "donated 250 ventilators and other
    /// equipment to assist Ethiopia", "earmarked 1.5 million euros in emergency aid to help Haiti cope".
    func beneficiary(after last: Int, _ analysis: SentenceAnalysis, excluding source: Int) -> Int? {
        guard let to = firstTo(after: last, analysis, before: Self.helpingVerbs.contains),
              let m = analysis.object(from: to + 2, limit: 4), m != source, !sameActors(analysis.mentions[m], analysis.mentions[source]) else { return nil }
        return m
    }

    /// Where aid goes when no one is named to receive it: the first state named after "in" in the words that
    /// follow ("relief supplies aimed at food shortages in Yemen", "saved more than 130 lives in Haiti"), not
    /// the giver's own.
    func aidedPlace(after last: Int, _ analysis: SentenceAnalysis, excluding source: Int) -> Int? {
        let norms = analysis.norms
        var t = last + 1
        while t < analysis.end, t <= last + 25, !Self.purposeStops.contains(norms[t]) {
            if let m = analysis.mention(at: t) {
                let mention = analysis.mentions[m]
                let opener = (max(analysis.start, t - 3)..<t).contains { norms[$0] == "in" }
                if mention.kind == .state, !mention.isModifier, opener, m != source, !sameActors(mention, analysis.mentions[source]),
                   !mention.members.contains(where: { a in analysis.mentions[source].members.contains { $0.country == a.country } }) {
                    return m
                }
                t = mention.tokens.upperBound
                continue
            }
            t += 1
        }
        return nil
    }

    /// Who aid is given to: "sent emergency supplies and personnel such as doctors to Nepal", "$1.2 billion in
    /// U.S. military assistance to Egypt". The doctors and the military are what is given, not who gets it.
    func recipient(after last: Int, _ analysis: SentenceAnalysis, excluding source: Int) -> Int? {
        guard let to = firstTo(after: last, analysis, before: { !Self.helpingVerbs.contains($0) }) else { return nil }
        var u = to + 1
        while u < analysis.end, u < to + 4, WordClasses.determiners.contains(analysis.norms[u]) { u += 1 }
        guard let m = analysis.mention(at: u), !analysis.mentions[m].members.isEmpty, m != source,
              !sameActors(analysis.mentions[m], analysis.mentions[source]) else { return nil }
        return m
    }

    /// The first "to" before a word that `next` accepts, within 30 words after a match and before the
    /// sentence's end or a relative clause: where what is given goes, or what it is for.
    private func firstTo(after last: Int, _ analysis: SentenceAnalysis, before next: (String) -> Bool) -> Int? {
        let norms = analysis.norms
        var t = last + 1
        while t + 1 < analysis.end, t <= last + 30, !Self.purposeStops.contains(norms[t]) {
            if norms[t] == "to", next(norms[t + 1]) { return t }
            t += 1
        }
        return nil
    }

    /// Where the clause of what is given ends: a relative clause, or another clause joined by a conjunction
    /// ("will not release the tanker unless it can prove it was not shipping oil to Syria").
    static let purposeStops: Set<String> = [";", ".", "that", "which", "who", "where", "unless", "if", "because", "although", "though", "but", "while", "whereas"]

    /// Verbs of a purpose clause whose object is who the help is for.
    static let helpingVerbs: Set<String> = ["help", "assist", "aid", "support", "benefit", "feed", "rebuild", "relieve", "protect"]

    static let directionalPrepositions: Set<String> = ["from", "to", "into", "toward", "towards", "against", "on", "at"]

    /// Whether `tokens` follow `head` with at most determiners and numbers between.
    static func isDirectObject(_ tokens: Range<Int>, of head: Int, _ norms: [String]) -> Bool {
        guard tokens.lowerBound > head else { return false }
        return norms[(head + 1)..<tokens.lowerBound].allSatisfy { WordClasses.determiners.contains($0) || $0.first?.isNumber == true || $0 == "some" || $0 == "its" || $0 == "their" }
    }
}
