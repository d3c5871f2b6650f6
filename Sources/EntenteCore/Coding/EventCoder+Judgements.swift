/// Reports whose words judge: what a source says is a violation, illegal, reckless or a shambles is its
/// accusation or criticism, as CAMEO codes a statement by what it does (112, 111), not a bare statement (010).
extension EventCoder {
    /// Codes each lone report (a reporting verb with no other event in its sentence) whose sentence holds a
    /// word of judgement outside the source's own words: an accusation (112) for a breach of law or rule,
    /// else a criticism (111). A negation before the word ("has not done anything illegal") defends instead,
    /// and is left a statement.
    func reportsAsJudgements(_ events: inout [Event], _ analysis: SentenceAnalysis, _ document: Document) {
        for index in events.indices where events[index].isReport && events[index].code.root == "01" {
            guard let verdict = judgement(in: analysis, document, outside: events[index].source), let code = dictionaries.ontology[verdict] else { continue }
            events[index].code = code
            events[index].isReport = false
        }
    }

    /// "112" or "111" for the first word of judgement in the sentence, outside `source`'s words and not
    /// after a negation within three words.
    func judgement(in analysis: SentenceAnalysis, _ document: Document, outside source: Actor) -> String? {
        let norms = analysis.norms
        for t in analysis.start..<analysis.end {
            let word = norms[t]
            let verdict: String? = Self.breachWords.contains(word) ? "112" : Self.censureWords.contains(word) ? "111" : nil
            guard let verdict else { continue }
            let start = document.tokens[t].start
            if start >= source.start && start < source.end { continue }
            let before = norms[max(analysis.start, t - 3)..<t]
            if before.contains(where: WordClasses.negations.contains) { continue }
            return verdict
        }
        return nil
    }

    /// Words that say a law, treaty or rule was broken.
    static let breachWords: Set<String> = ["violation", "violations", "violated", "violates", "violating", "illegal", "illegally", "unlawful"]

    /// Words that condemn conduct. Not words that also describe ("a brutal war", "Isis propaganda videos",
    /// "the responsibility lies with", "denial of access"): they judge no one.
    static let censureWords: Set<String> = [
        "unacceptable", "irresponsible", "reckless", "outrageous", "shameful", "disgraceful", "deplorable", "appalling",
        "hypocrisy", "hypocritical", "provocation", "provocative", "provocations", "barbaric", "barbarism",
        "shambles", "blunder", "blunders", "destabilisation", "destabilization", "destabilising",
        "destabilizing", "sneaky", "cynical", "absurd", "ridiculous", "nonsense", "unjustified", "baseless", "groundless",
        "populism", "despicable", "heinous", "atrocious", "intolerable", "unprovoked", "discriminatory", "murderer",
        "murderers", "genocidal", "inhumane", "lawlessness", "scandalous", "unacceptably",
    ]
}
