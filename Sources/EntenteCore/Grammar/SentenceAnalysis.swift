/// A sentence with its actor mentions and the shallow structure the coder reads: clause breaks,
/// subjects, and the mention at each token.
struct SentenceAnalysis {
    let sentence: Sentence
    var mentions: [ActorMention]
    /// Mention index at each token of the sentence (offset by the sentence's first token), or -1.
    private(set) var mentionAt: [Int]
    /// Who is reported as saying the sentence, if anyone.
    var speaker: Actor?
    /// The token of the reporting verb ("said", "according to") that gives the speaker.
    var reportingToken: Int?
    let norms: [String]

    init(sentence: Sentence, mentions: [ActorMention], norms: [String]) {
        self.sentence = sentence
        self.mentions = mentions
        self.norms = norms
        self.mentionAt = []
        reindex()
    }

    /// Rebuilds the token → mention index after mentions change.
    mutating func reindex() {
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var at = [Int](repeating: -1, count: sentence.tokens.count)
        for (index, mention) in mentions.enumerated() {
            for t in mention.tokens where sentence.tokens.contains(t) { at[t - sentence.tokens.lowerBound] = index }
        }
        mentionAt = at
    }

    static let subordinators: Set<String> = ["after", "before", "since", "until", "as", "once", "because", "though"]
    /// Quantities and collectives whose "of" phrase is the actor: "a group of", "hundreds of" (not "members of"
    /// or "the number of", which as often stand for the object: "arrested 70 members of Hamas").
    static let collectives: Set<String> = [
        "group", "groups", "hundreds", "thousands", "dozens", "scores", "millions", "tens", "delegation", "team", "band", "crowd",
        "crowds", "handful", "majority", "contingent", "batch",
    ]

    /// Those of a group that act for it, when they open their clause.
    static let memberWords: Set<String> = ["members", "member", "fighters", "militants", "supporters", "activists", "officials", "leaders"]

    /// Words that may stand before members opening their clause: numbers and descriptions ("two suspected
    /// members of").
    static let memberQualifiers: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "dozens", "hundreds", "suspected", "armed", "alleged"]

    /// Whether only determiners, numbers and `memberQualifiers` stand between the clause's start and token `t`.
    func opensClause(_ t: Int) -> Bool {
        var q = t - 1
        while q >= start, WordClasses.determiners.contains(norms[q]) || norms[q].first?.isNumber == true || Self.memberQualifiers.contains(norms[q]) { q -= 1 }
        return q < start || isBreak(q)
    }

    /// Whether "a" or "an" opens the noun phrase whose actor starts at token `start`, with at most three
    /// words between ("an anti- Gondor", "a new Russian").
    func opensWithIndefiniteArticle(_ start: Int) -> Bool {
        var i = start
        while i >= self.start, i >= start - 3 {
            let word = norms[i]
            if word == "a" || word == "an" { return true }
            // Hyphens are tokens of their own: "anti", "-", "gondor".
            let isModifier = word == "-" || norms[i + 1] == "-" || (word.contains("-") && word.first?.isLetter == true)
                || PatternMatcher.adjectiveEndings.contains(where: { word.hasSuffix($0) }) || (i < start && mention(at: i) != nil)
            if i < start, !isModifier { return false }
            i -= 1
        }
        return false
    }

    /// The mention whose actor is reported as speaking ("…, the ministry said"): never an event's target.
    var speakerToken: Int?

    var start: Int { sentence.tokens.lowerBound }
    var end: Int { sentence.tokens.upperBound }

    /// The mention covering token `t`, if any.
    func mention(at t: Int) -> Int? {
        guard t >= start, t < end else { return nil }
        let m = mentionAt[t - start]
        return m >= 0 ? m : nil
    }

    func isBreak(_ t: Int) -> Bool { WordClasses.clauseBreaks.contains(norms[t]) }

    /// Whether the sentence speaks of peacekeeping ("peacekeepers", "a peacekeeping mission").
    var mentionsPeacekeeping: Bool { norms[start..<end].contains { $0.hasPrefix("peacekeep") || $0.hasPrefix("peace-keep") } }

    /// The subject of the predicate whose first word is `index`: the nearest actor before it in the same
    /// clause that is not the object of a preposition; across "X, who …" the antecedent of "who".
    func subject(before index: Int, isVerb: (Int) -> Bool) -> Int? {
        var q = index - 1
        // "The missiles fired by the Israeli military struck …": with no other subject, the agent of a participle.
        var agent: Int?
        while q >= start {
            let word = norms[q]
            if word == "who" || word == "which" {
                var p = q - 1
                if p >= start, norms[p] == "," { p -= 1 }
                return mention(at: p)
            }
            if let m = mention(at: q) {
                let mention = mentions[m]
                if mention.members.isEmpty { q = mention.tokens.lowerBound - 1; continue }
                var before = mention.tokens.lowerBound - 1
                // "of the presidential administration", "in northern Ethiopia": look past a determiner and one modifier.
                var skipped = 0
                while before > start, skipped < 2, WordClasses.determiners.contains(norms[before])
                        || ((norms[before].hasSuffix("al") || WordClasses.compass.contains(norms[before])
                             || norms[before - 1] == "in" && WordClasses.compassPoints.contains(norms[before])) && skipped == 0) {
                    if WordClasses.prepositions.contains(norms[before - 1]) || WordClasses.determiners.contains(norms[before - 1]) { before -= 1; skipped += 1 } else { break }
                }
                if before >= start {
                    let prev = norms[before]
                    // "with South Korea", "the support of Russia": not a subject.
                    // "after North Korea fired": a subordinating conjunction, not a preposition.
                    if Self.subordinators.contains(prev) { return m }
                    // "A group of asylum seekers has gone on hunger strike", "hundreds of workers stopped work":
                    // a quantity or a collective of the actor is the actor.
                    if prev == "of", before > start, Self.collectives.contains(norms[before - 1]) { return m }
                    // "Members of the New People's Army attacked a police station": members opening their clause
                    // are the subject, and they act for their group ("arrested 70 members of Hamas" does not).
                    if prev == "of", before > start, Self.memberWords.contains(norms[before - 1]), opensClause(before - 1) { return m }
                    // "Imprisoned opposition leader Navalny has started …": a participle opening the sentence
                    // (or after a determiner) describes the subject, it does not govern it.
                    let adjectival = before == start || (before > start && WordClasses.determiners.contains(norms[before - 1]))
                    // "Israel would arrest the men and deport them": a verb's object after its determiner; not that
                    // of a directive verb, the subject of what follows ("allowed the World Food Program to deliver").
                    let objectAfterDeterminer = ["the", "a", "an", "these", "those"].contains(prev) && before > start && isVerb(before - 1)
                        && !WordClasses.beForms.contains(norms[before - 1]) && !WordClasses.directiveVerbs.contains(norms[before - 1])
                    if WordClasses.prepositions.contains(prev) || objectAfterDeterminer
                        || isVerb(before) && !adjectival && !WordClasses.beForms.contains(prev) && prev != "that" {
                        if prev == "by", agent == nil { agent = m }
                        q = before - 1
                        continue
                    }
                }
                return m
            }
            if isBreak(q) { return agent }
            q -= 1
        }
        return agent
    }

    /// Participles that make an actor before them, with a hyphen, an adjective: "U.S.-backed", "Saudi-led".
    static let compoundParticiples: Set<String> = ["backed", "led", "supported", "sponsored", "funded", "allied", "aligned", "brokered",
                                                   "mediated", "controlled", "held", "run", "owned", "based", "born", "trained", "armed"]

    /// The first actor at or after `index` in the same clause, within `limit` tokens.
    func object(from index: Int, limit: Int = 12) -> Int? {
        var q = index
        var stop = index + limit
        while q < end, q < stop {
            if let m = mention(at: q), !mentions[m].members.isEmpty {
                if mentions[m].tokens.lowerBound == speakerToken { return nil }
                // "attacked the U.S.-backed Syrian Democratic Forces": who backs them only qualifies the object,
                // whose words the limit does not count.
                let end = mentions[m].tokens.upperBound
                if end + 1 < self.end, norms[end] == "-", Self.compoundParticiples.contains(norms[end + 1]) {
                    stop += end + 2 - q
                    q = end + 2
                    continue
                }
                return m
            }
            // "said that …": what follows a complementiser is another clause.
            if isBreak(q) || norms[q] == "that" { return nil }
            q += 1
        }
        return nil
    }

    /// Start and end (exclusive) of the clause around token `t`.
    func clause(around t: Int) -> Range<Int> {
        var a = t
        while a > start, !isBreak(a - 1) { a -= 1 }
        var b = t + 1
        while b < end, !isBreak(b) { b += 1 }
        return a..<b
    }
}
