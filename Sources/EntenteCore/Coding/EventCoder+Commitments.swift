/// What actors commit themselves or others to: the intents and threats before the acts a source says it will
/// do, and the demands in reports of what another must do.
extension EventCoder {
    /// "Trump said the oppression of the Venezuelan people must end": a report of what another must do,
    /// whose act no pattern names, is still the speaker's demand of them (100).
    func reportsAsDemands(_ events: inout [Event], _ analysis: SentenceAnalysis) {
        for index in events.indices where events[index].isReport {
            guard let obligated = obligatedActor(after: events[index].head, analysis), let demand = dictionaries.ontology["100"],
                  !obligated.members.contains(where: { $0.code == events[index].source.code || $0.code == events[index].source.country }) else { continue }
            events[index].code = demand
            events[index].target = obligated.members.first
            events[index].isReport = false
        }
    }

    /// Before each act the source commits itself to ("Farc said it will release the sergeant", "pledged to
    /// send aid"), the expression of that intent or threat (`CameoOntology.intent`), asserted: that is what
    /// happened that day, and CAMEO codes it so. The act stays, future. A sentence that already codes an
    /// intent or threat of the source (a pattern such as "PLEDGE to provide weapon") gets no second one.
    /// The expression is not dated after the article (`today`): "will meet April 13" was said by then.
    func withIntents(_ events: [Event], today: SimpleDate?) -> [Event] {
        guard events.contains(where: \.isCommitment) else { return events }
        var out: [Event] = []
        for event in events {
            if event.isCommitment, event.modality == .future || event.modality == .asserted, !["03", "13"].contains(event.code.root),
               let intent = dictionaries.ontology.intent(of: event.code),
               !events.contains(where: { ["03", "13"].contains($0.code.root) && $0.source.code == event.source.code }),
               !out.contains(where: { $0.code == intent && $0.source.code == event.source.code && $0.target?.code == event.target?.code }) {
                var expressed = event
                expressed.code = intent
                expressed.modality = .asserted
                expressed.isCommitment = false
                if let today, let date = expressed.date, date.isWhollyAfter(today) { expressed.date = today }
                out.append(expressed)
            }
            out.append(event)
        }
        return out
    }

    /// The actor a reported clause says must or should act: "said [the Sri Lankan government] must ensure
    /// security"; nil unless an actor stands within a few words after the reporting verb and an obligation
    /// modal follows it, before a verb that is no form of "be".
    func obligatedActor(after head: Int, _ analysis: SentenceAnalysis) -> ActorMention? {
        let norms = analysis.norms
        var t = head + 1
        if t < analysis.end, norms[t] == "that" || norms[t] == "on" || norms[t] == "," { t += 1 }
        var steps = 0
        while t < analysis.end, steps < 8, !analysis.isBreak(t) {
            if let m = analysis.mention(at: t) {
                let mention = analysis.mentions[m]
                guard !mention.members.isEmpty else { return nil }
                var q = mention.tokens.upperBound
                var gap = 0
                while q < analysis.end, gap < 6, !analysis.isBreak(q), !WordClasses.obligationModals.contains(norms[q]) { q += 1; gap += 1 }
                guard q + 1 < analysis.end, WordClasses.obligationModals.contains(norms[q]) else { return nil }
                var verb = q + 1
                if norms[verb] == "not" || norms[verb] == "also" { verb += 1 }
                guard verb < analysis.end, !WordClasses.beForms.contains(norms[verb]) else { return nil }
                return mention
            }
            t += 1
            steps += 1
        }
        return nil
    }
}
