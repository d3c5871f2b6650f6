/// A pattern matched in a sentence.
struct PatternMatch {
    var pattern: Int
    var head: Int
    /// First and last token the pattern covers.
    var first: Int
    var last: Int
    /// Tokens taken by the pattern's literals (a later pattern may not use them as its head).
    var consumed: [Int]
    var targetSlot: Int?
    var sourceSlot: Int?
    var specificity: Int
    var isVerb: Bool
    /// Whether the verb is in the passive voice.
    var isPassive: Bool
    /// 0 for a finite verb of a main clause, 1 for subordinate predicates (infinitives, participles,
    /// relative clauses, nominal events): the principal event of a sentence has the lowest rank.
    var rank: Int = 0
}

/// Matches the event dictionary's patterns against an analysed sentence.
struct PatternMatcher {
    let patterns: PatternLexicon
    let norms: [String]
    /// Each token's number in the patterns' vocabulary.
    private let ids: [Int32]
    /// Whether each token ends a clause.
    private let breaks: [Bool]

    init(patterns: PatternLexicon, norms: [String]) {
        self.patterns = patterns
        self.norms = norms
        let ids = norms.map { patterns.vocabulary.id($0) }
        self.ids = ids
        breaks = ids.map { $0 >= 0 && patterns.entries[Int($0)].classes.contains(.clauseBreak) }
    }

    /// Whether token `t` is a word of `wordClass`.
    @inline(__always)
    private func isWord(_ t: Int, _ wordClass: WordClassSet) -> Bool {
        ids[t] >= 0 && patterns.entries[Int(ids[t])].classes.contains(wordClass)
    }

    /// Whether token `t` is a form of some pattern's verb head.
    @inline(__always)
    private func isVerbForm(_ t: Int) -> Bool {
        ids[t] >= 0 && patterns.entries[Int(ids[t])].isVerbForm
    }
    /// Endings of adjectives ("current", "political", "massive", "serious", "economic").
    static let adjectiveEndings = ["ent", "ant", "al", "ive", "ous", "ic", "ful", "less", "ary", "ible", "able", "ed"]

    /// Whether token `t` can be read as a verb here.
    func isVerb(_ t: Int, in analysis: SentenceAnalysis) -> Bool {
        guard isVerbForm(t) || isWord(t, .beForm) else { return false }
        return verbReading(t, in: analysis)
    }

    private func verbReading(_ t: Int, in analysis: SentenceAnalysis) -> Bool {
        guard t > analysis.start else { return true }
        let previous = norms[t - 1]
        // "the first attack" is a noun; "Lithuania first opened its borders" is a verb: "first" before a
        // past form and after no determiner is an adverb.
        if isWord(t - 1, .nounMarker), !(previous == "first" && norms[t].hasSuffix("ed") && (t - 2 < analysis.start || !isWord(t - 2, .nounMarker))) {
            return false
        }
        if previous == "to", t - 2 >= analysis.start, WordClasses.destinationNouns.contains(norms[t - 2]) { return false }
        // "their current state": an adjective between a determiner and the word (not "the government lifted").
        if t - 2 >= analysis.start, analysis.mention(at: t - 1) == nil, Self.adjectiveEndings.contains(where: { previous.hasSuffix($0) }),
           isWord(t - 2, .nounMarker) || analysis.mention(at: t - 2).map({ analysis.mentions[$0].isModifier }) == true {
            return false
        }
        // "during a weekly briefing": a gerund after an article and an adjective in "-ly" is a noun (not "the
        // army quickly attacked", where no article stands before).
        if t - 2 >= analysis.start, norms[t - 2] == "a" || norms[t - 2] == "an" || norms[t - 2] == "the", previous.hasSuffix("ly"), norms[t].hasSuffix("ing") {
            return false
        }
        if let m = analysis.mention(at: t - 1), analysis.mentions[m].isModifier {
            // "Russian support": a country adjective before it makes a noun.
            return false
        }
        return true
    }

    /// Words after a plural noun that open no object: auxiliaries and conjunctions ("military strikes have").
    static let auxiliariesAndConjunctions: Set<String> = [
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does", "and", "or", "but",
    ]

    /// "The Israeli military struck": after a whole actor, a form that is only a verb's ("struck", not "attack"
    /// or "support", which "military" before them makes nouns) is the verb. Asked only where the ordinary
    /// reading says noun, so the hot path pays nothing for it.
    /// A third-person form ("gives", "trains") is the verb too when what follows it opens an object: an actor,
    /// a determiner, a number or another word that is no preposition, auxiliary or past form ("the US military
    /// trains Afghan soldiers", "gives medical equipment"), which a plural noun ("military attacks on",
    /// "military strikes killed") does not take.
    private func isOnlyVerbAfterActor(_ t: Int, _ candidates: [(Int, VerbForms)], in analysis: SentenceAnalysis) -> Bool {
        guard t > analysis.start, let m = analysis.mention(at: t - 1), !analysis.mentions[m].isModifier, !analysis.mentions[m].members.isEmpty else { return false }
        let objectFollows = t + 1 < analysis.end && {
            let next = norms[t + 1]
            if analysis.mention(at: t + 1) != nil || WordClasses.determiners.contains(next) || next.first?.isNumber == true { return true }
            // "gives medical equipment": a word that is no preposition, break, auxiliary or past form opens an object.
            return next.first?.isLetter == true && !WordClasses.prepositions.contains(next) && !WordClasses.clauseBreaks.contains(next)
                && !WordClasses.beForms.contains(next) && !Self.auxiliariesAndConjunctions.contains(next)
                && !next.hasSuffix("ed")
        }()
        return candidates.allSatisfy { $0.1.isDisjoint(with: objectFollows ? [.base] : [.base, .third]) }
    }

    /// Every pattern match of the sentence, best first.
    func matches(in analysis: SentenceAnalysis) -> [PatternMatch] {
        var found: [PatternMatch] = []
        let signature = WordSignature(ids[analysis.start..<analysis.end])
        for t in analysis.start..<analysis.end where ids[t] >= 0 && analysis.mention(at: t) == nil {
            let entry = patterns.entries[Int(ids[t])]
            let candidates = entry.verbPatterns
            // "the U.S.-backed forces", "the Saudi-led coalition": a participle after a hyphen is half of an
            // adjective, not a verb.
            let compound = t > analysis.start && norms[t - 1] == "-"
            if !candidates.isEmpty, !compound, verbReading(t, in: analysis) || isOnlyVerbAfterActor(t, candidates, in: analysis) {
                var best: PatternMatch?
                let word = norms[t]
                let canBeParticiple = entry.canBeParticiple
                // A word that is also another verb's past ("left", "met") is no bare base form.
                let baseIsVerb = baseFormIsVerb(t, in: analysis) || isPastOfAnotherVerb(word)
                for (index, forms) in candidates where patterns.signatures.mayMatch(index, signature) {
                    if forms == .base, !baseIsVerb { continue }
                    guard var match = match(index, head: t, canBeParticiple: canBeParticiple, in: analysis) else { continue }
                    match.isVerb = true
                    match.isPassive = forms.contains(.participle) && (isPassive(t, in: analysis) || isReducedRelative(t, in: analysis))
                    match.rank = rank(t, forms: forms, passive: match.isPassive, in: analysis)
                    if best == nil || match.specificity > best!.specificity || match.specificity == best!.specificity && prefersExactHead(index, over: best!.pattern, word) { best = match }
                }
                if let best { found.append(best); continue }
            }
            if !entry.nounPatterns.isEmpty {
                var best: PatternMatch?
                for index in entry.nounPatterns where patterns.signatures.mayMatch(index, signature) {
                    guard var match = match(index, head: t, canBeParticiple: false, in: analysis) else { continue }
                    match.rank = 1
                    if best == nil || match.specificity > best!.specificity { best = match }
                }
                if let best { found.append(best) }
            }
        }
        found.sort { $0.specificity != $1.specificity ? $0.specificity > $1.specificity : $0.head < $1.head }
        var accepted: [PatternMatch] = []
        var used = Set<Int>()
        for match in found where !used.contains(match.head) {
            accepted.append(match)
            used.insert(match.head)
            used.formUnion(match.consumed)
        }
        // A match whose head another accepted match consumed was skipped above; drop earlier-accepted
        // matches whose literals include a better match's head.
        accepted = accepted.filter { m in !accepted.contains { other in other.head != m.head && other.consumed.contains(m.head) && other.specificity >= m.specificity } }
        return accepted.sorted { $0.head < $1.head }
    }

    /// A verb's base form ("launch", "state") is a verb only after a subject, an auxiliary or "to";
    /// otherwise it is the noun ("the Islamist state").
    private func baseFormIsVerb(_ t: Int, in analysis: SentenceAnalysis) -> Bool {
        guard t > analysis.start else { return true }
        let previous = norms[t - 1]
        if let m = analysis.mention(at: t - 1) {
            // "an anti-Gondor parade", "a Gondor visit": an actor opened by "a" or "an" is singular, and a
            // singular subject takes no bare base form, so the word is the noun the article opens.
            return !analysis.opensWithIndefiniteArticle(analysis.mentions[m].tokens.lowerBound)
        }
        if isWord(t - 1, .baseFormContext) || previous.hasSuffix("ly") { return true }
        return false
    }

    /// "warplanes supported by Russia": a participle right after a noun and before "by".
    private func isReducedRelative(_ t: Int, in analysis: SentenceAnalysis) -> Bool {
        guard t + 1 < analysis.end, norms[t + 1] == "by", t > analysis.start else { return false }
        return analysis.mention(at: t - 1) != nil || !isWord(t - 1, .beForm)
    }

    /// How central a verb is to its sentence (see `PatternMatch.rank`).
    private func rank(_ t: Int, forms: VerbForms, passive: Bool, in analysis: SentenceAnalysis) -> Int {
        guard t > analysis.start else { return 0 }
        let previous = norms[t - 1]
        if previous == "to" || previous == "of" || previous == "for" || previous == "by" { return 1 }
        if forms == .gerund, previous == "," || WordClasses.prepositions.contains(previous) || previous == "after" || previous == "before" { return 1 }
        if passive, isReducedRelative(t, in: analysis) { return 1 }
        // Inside a relative clause: "who", "which" or "that" before the verb in its clause.
        var q = t - 1
        while q >= analysis.start, q > t - 8 {
            let w = norms[q]
            if w == "who" || w == "which" || w == "whom" { return 1 }
            if w == "that", q > analysis.start, analysis.mention(at: q - 1) != nil, !WordClasses.reportingVerbs.contains(norms[q - 1]) { return 1 }
            if breaks[q] || w == "," { break }
            q -= 1
        }
        return 0
    }

    /// Whether the participle at `t` has its "be" before it: "was imposed", "were further tightened", "has been
    /// attacked" (not "warplanes supported by Russia", nor "and 200 wounded").
    func isPassive(_ t: Int, in analysis: SentenceAnalysis) -> Bool {
        var q = t - 1
        var steps = 0
        while q >= analysis.start, steps < 4 {
            let w = norms[q]
            if isWord(q, .beForm) { return w != "'s" || steps == 0 }
            if analysis.mention(at: q) != nil || breaks[q] || w == "," { return false }
            if isVerbForm(q), !w.hasSuffix("ly") { return false }
            q -= 1
            steps += 1
        }
        return false
    }

    private func match(_ index: Int, head: Int, canBeParticiple: Bool, in analysis: SentenceAnalysis) -> PatternMatch? {
        let pattern = patterns.compiled[index]
        var consumed: [Int] = []
        var targetSlot: Int?
        var sourceSlot: Int?
        // Elements after the head.
        var p = head + 1
        var last = head
        for element in pattern.after {
            switch element {
            case .literal(let words, let optional):
                var q = p
                var skipped = 0
                var hit: Int?
                while q < analysis.end, skipped <= pattern.gapAfter {
                    if words.contains(ids[q]) { hit = q; break }
                    if breaks[q] || norms[q] == "," && skipped > 0 { break }
                    if let m = analysis.mention(at: q) {
                        // "released German journalist X": the literal names the actor, which is the target.
                        if let inside = analysis.mentions[m].tokens.first(where: { $0 >= q && words.contains(ids[$0]) }) {
                            hit = inside
                            if targetSlot == nil, sourceSlot != m { targetSlot = m }
                            break
                        }
                        q = analysis.mentions[m].tokens.upperBound
                    } else {
                        q += 1
                    }
                    skipped += 1
                }
                if hit == nil, consumed.isEmpty, last == head, canBeParticiple {
                    // Passive: "sanctions were imposed on Iran" puts the object before the verb.
                    var q = head - 1
                    while q >= analysis.start, q >= head - 4, !breaks[q] {
                        if words.contains(ids[q]) { consumed.append(q); break }
                        q -= 1
                    }
                    if !consumed.isEmpty { continue }
                }
                if let hit {
                    consumed.append(hit)
                    p = analysis.mention(at: hit).map { analysis.mentions[$0].tokens.upperBound } ?? hit + 1
                    last = p - 1
                } else if !optional {
                    return nil
                }
            case .phrase(let alternatives, let adjacent):
                guard let hit = phraseAfter(alternatives, from: p, gap: adjacent ? 0 : pattern.gapAfter, in: analysis) else { return nil }
                consumed.append(contentsOf: hit)
                p = hit.upperBound
                last = p - 1
            case .target, .source:
                var q = p
                var skipped = 0
                var slot: Int?
                while q < analysis.end, skipped <= pattern.gapAfter {
                    if let m = analysis.mention(at: q) { slot = m; break }
                    if breaks[q] { break }
                    q += 1
                    skipped += 1
                }
                guard let slot else { return nil }
                if element == .target { targetSlot = slot } else { sourceSlot = slot }
                p = analysis.mentions[slot].tokens.upperBound
                last = p - 1
            }
        }
        // Elements before the head, matched backwards.
        var first = head
        var b = head - 1
        for element in pattern.before.reversed() {
            switch element {
            case .literal(let words, let optional):
                var q = b
                var skipped = 0
                var hit: Int?
                while q >= analysis.start, skipped <= pattern.gapBefore {
                    if words.contains(ids[q]) { hit = q; break }
                    if breaks[q] { break }
                    q -= 1
                    skipped += 1
                }
                if let hit {
                    consumed.append(hit)
                    b = hit - 1
                    first = hit
                } else if !optional {
                    return nil
                }
            case .phrase(let alternatives, let adjacent):
                guard let hit = phraseBefore(alternatives, endingAt: b, gap: adjacent ? 0 : pattern.gapBefore, in: analysis) else { return nil }
                consumed.append(contentsOf: hit)
                b = hit.lowerBound - 1
                first = hit.lowerBound
            case .target, .source:
                guard let m = slotBefore(b, gap: pattern.gapBefore > 1 ? pattern.gapBefore : 0, in: analysis) else { return nil }
                if element == .target { targetSlot = m } else { sourceSlot = m }
                b = analysis.mentions[m].tokens.lowerBound - 1
                first = b + 1
            }
        }
        if pattern.requiresCompound, ![sourceSlot, targetSlot].contains(where: { $0.map { analysis.mentions[$0].members.count > 1 } == true }) { return nil }
        return PatternMatch(pattern: index, head: head, first: first, last: last, consumed: consumed,
                            targetSlot: targetSlot, sourceSlot: sourceSlot, specificity: pattern.specificity,
                            isVerb: false, isPassive: false)
    }
}
