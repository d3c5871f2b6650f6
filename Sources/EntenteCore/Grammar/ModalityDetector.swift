/// Reads the modality of a predicate from the words before it: negation, modal verbs, future markers,
/// verbs such as "refused to" and "plans to", and the if-clause it may stand in.
struct ModalityDetector {
    let norms: [String]

    /// What the words before the head say, and whether the head lies in an if/unless clause.
    struct Reading {
        var modality: Modality
        /// Whether the predicate itself is negated, whatever else its modality says ("would not attack" is
        /// hypothetical and negated).
        var negated: Bool
        /// Whether the negation is the subject's refusal: "refused to", "declined to", "will not" (not "did
        /// not", "failed to" or "would not"), which CAMEO codes as rejecting the act (`CameoOntology.refusal`).
        var refusal: Bool
        /// Whether a modal of obligation ("must", "should") governs the predicate.
        var obligation: Bool
        /// Whether the subject promises the act ("pledged to", "agreed to", "vowed to").
        var promised: Bool
        /// Whether "will" (or "shall") puts the act ahead.
        var will: Bool
        /// Whether "would" is the only thing that makes the act hypothetical: in reported speech it is the
        /// "will" of the words reported ("said it would send troops").
        var onlyWould: Bool
        var inCondition: Bool
        /// Token of the "if"/"unless" opening the condition.
        var conditionStart: Int?
    }

    /// Adjectives that make an event named by a noun possible rather than real ("a possible blockade").
    static let possibleAdjectives: Set<String> = ["possible", "potential", "feared", "threatened", "alleged", "rumoured", "rumored", "hypothetical", "likely"]
    /// Nouns whose "of" names what may happen, not what has ("the risk of attack", "the threat of sanctions").
    static let possibilityNouns: Set<String> = [
        "risk", "risks", "danger", "dangers", "threat", "threats", "fear", "fears", "possibility", "prospect", "prospects",
        "chance", "chances", "likelihood", "spectre", "specter", "warning", "warnings",
    ]
    /// Adjectives that put an event named by a noun ahead ("the planned withdrawal").
    static let plannedAdjectives: Set<String> = ["planned", "proposed", "upcoming", "forthcoming", "future", "scheduled", "impending", "expected"]

    /// The modality the words modifying a nominal event give it: up to three words before the noun, in
    /// its noun phrase ("a possible Chinese blockade", "the planned US withdrawal").
    private func nounPhraseModality(before first: Int, from start: Int) -> Modality? {
        var q = first - 1
        var words = 0
        while q >= start, words < 3 {
            let w = norms[q]
            if Self.possibleAdjectives.contains(w) { return .hypothetical }
            if Self.plannedAdjectives.contains(w) { return .future }
            // "the risk of (an) Iranian attack", "fears of a blockade": what is feared has not happened.
            let of = WordClasses.determiners.contains(w) ? q - 1 : q
            if of > start, norms[of] == "of", Self.possibilityNouns.contains(norms[of - 1]) { return .hypothetical }
            if WordClasses.determiners.contains(w) || w == "," || w == "of" { return nil }
            // The stops of an abbreviation ("possible U.N. sanctions") are not words of the phrase.
            if w != "." { words += 1 }
            q -= 1
        }
        return nil
    }

    /// Openers of a condition of more than one word; "if" and "unless" open their own clauses.
    static let conditionOpeners: [[String]] = [["provided", "that"], ["providing", "that"], ["provided"], ["on", "condition", "that"],
                                               ["as", "long", "as"], ["so", "long", "as"], ["in", "case"]]

    /// The last word of a condition opener ("provided that", "as long as") ending just before token `t`.
    private func conditionOpener(endingBefore t: Int, from start: Int) -> Int? {
        for opener in Self.conditionOpeners where t - opener.count >= start {
            if zip(opener, norms[(t - opener.count)..<t]).allSatisfy({ $0 == $1 }) { return t - 1 }
        }
        return nil
    }

    /// The modality of the event whose first word is `head`, in the clause starting at `clauseStart`, with
    /// its subject (when it stands before the head); a nominal event ("blockade") also takes it from the
    /// adjectives of its noun phrase.
    func read(head: Int, clauseStart: Int, subject: Range<Int>?, isIntent: Bool, isNominal: Bool) -> Reading {
        var negated = false
        var refused = false
        var will = false
        var obligation = false
        var promised = false
        var otherModal = false
        var hypothetical = false
        var future = false
        var inCondition = false
        var conditionStart: Int?
        if clauseStart > 0, norms[clauseStart - 1] == "if" || norms[clauseStart - 1] == "unless" {
            inCondition = true
            conditionStart = clauseStart - 1
            if norms[clauseStart - 1] == "unless" { negated = true }
        } else if !isNominal, let subject, let opener = conditionOpener(endingBefore: subject.lowerBound, from: clauseStart) {
            // "… provided that Seoul stops …", "as long as Seoul does not send …": the opener stands before the subject.
            inCondition = true
            conditionStart = opener
        }
        // "allowed the World Food Program to deliver food": the subject of the infinitive is the object of a
        // directive verb; what it is asked or allowed to do has not happened.
        if head > 0, norms[head - 1] == "to", let subject, subject.lowerBound > clauseStart {
            var p = subject.lowerBound - 1
            while p > clauseStart, WordClasses.determiners.contains(norms[p]) { p -= 1 }
            if WordClasses.directiveVerbs.contains(norms[p]) { hypothetical = true; otherModal = true }
        }
        var q = head - 1
        var steps = 0
        let floor = max(clauseStart, subject?.upperBound ?? clauseStart)
        while q >= floor, steps < 10 {
            let w = norms[q]
            // "… could erupt into a major war, and demanded that …": a modal before ", and" is the other verb's,
            // when this verb is finite (a modal governs a base form: "would like to stay, and fight").
            if w == ",", q + 1 < head, ["and", "or", "but"].contains(norms[q + 1]), norms[head].hasSuffix("ed") { break }
            if WordClasses.negations.contains(w) { negated = true }
            if WordClasses.hypotheticalModals.contains(w) { hypothetical = true; if w != "would" { otherModal = true } }
            if WordClasses.obligationModals.contains(w) { obligation = true }
            if WordClasses.futureMarkers.contains(w) { future = true; will = true }
            if w == "to", q > 0 {
                let before = norms[q - 1]
                if WordClasses.negatingVerbs.contains(before) { negated = true }
                if WordClasses.refusingVerbs.contains(before) { refused = true }
                if WordClasses.promisingVerbs.contains(before) { promised = true }
                // "urged to release": a directive verb right before.
                if WordClasses.directiveVerbs.contains(before) { hypothetical = true; otherModal = true }
                if WordClasses.futureVerbs.contains(before) || WordClasses.beForms.contains(before) && before != "been" { future = true }
            }
            if w == "no", q + 1 < norms.count, norms[q + 1] == "longer" { negated = true }
            q -= 1
            steps += 1
        }
        // "possible US sanctions", "a possible Chinese blockade", read as a verb after its subject: an adjective
        // before the "subject" makes the whole a noun phrase, and the event no more than possible or planned.
        var nounPhrase: Modality?
        if let subject, subject.upperBound == head, subject.lowerBound > clauseStart {
            nounPhrase = nounPhraseModality(before: subject.lowerBound, from: max(clauseStart, subject.lowerBound - 1))
            if nounPhrase == .hypothetical { hypothetical = true; otherModal = true }
            if nounPhrase == .future { future = true }
        }
        let modality: Modality
        if hypothetical && !inCondition { modality = .hypothetical }
        else if inCondition { modality = negated ? .negated : .hypothetical }
        else if negated { modality = .negated }
        else if future { modality = isIntent ? .asserted : .future }
        else { modality = isNominal ? nounPhraseModality(before: head, from: clauseStart) ?? .asserted : .asserted }
        // "Will not" refuses; "is not expected to" or "does not plan to" only forecasts.
        let refusal = negated && !inCondition && !hypothetical && (refused || will)
        return Reading(modality: modality, negated: negated, refusal: refusal, obligation: obligation && !inCondition,
                       promised: promised && !negated && !inCondition && !otherModal, will: will && !negated && !inCondition && !otherModal,
                       onlyWould: hypothetical && !otherModal && !inCondition,
                       inCondition: inCondition, conditionStart: conditionStart)
    }
}
