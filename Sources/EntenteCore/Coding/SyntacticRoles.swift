/// Who did what to whom, read from the dependency parse of a sentence: the subject or passive agent of
/// an event verb is its source; its object, dative, passive subject or the object of its own preposition
/// ("against", "on", "to", "with", "at") is its target. Verbs without a subject of their own take one
/// through the tree: "Russia refused to allow" (xcomp), "Seoul imposed and enforced" (conj), "the army,
/// which had been accused by Pakistan" (relcl), "missiles fired by Israel" (acl).
struct SyntacticRoles {
    let parse: SyntaxParse
    let analysis: SentenceAnalysis
    /// Children of each token of the sentence (indices offset by the sentence's first token).
    private let children: [[Int]]

    /// Prepositions whose object is the one an event is done to.
    static let targetPrepositions: Set<String> = ["against", "on", "to", "with", "at", "toward", "towards", "into", "upon", "over", "for"]
    /// Labels followed inside a noun phrase to the actor it names ("the Indian army", "Kenyan and Ugandan officials").
    private static let nounPhrase: Set<String> = ["compound", "amod", "poss", "nmod", "det", "appos", "conj", "nummod", "npadvmod"]
    private static let relativeWords: Set<String> = ["which", "who", "that", "whom"]

    init(parse: SyntaxParse, analysis: SentenceAnalysis) {
        self.parse = parse
        self.analysis = analysis
        var children = [[Int]](repeating: [], count: analysis.end - analysis.start)
        for t in analysis.start..<analysis.end {
            if let h = parse.head(t), h >= analysis.start, h < analysis.end { children[h - analysis.start].append(t) }
        }
        self.children = children
    }

    private func kids(_ t: Int) -> [Int] { t >= analysis.start && t < analysis.end ? children[t - analysis.start] : [] }
    private func label(_ t: Int) -> String { parse.label(t) }
    private func head(_ t: Int) -> Int? {
        guard let h = parse.head(t), h >= analysis.start, h < analysis.end else { return nil }
        return h
    }
    private func child(_ t: Int, _ labels: Set<String>) -> Int? { kids(t).first { labels.contains(label($0)) } }

    /// Whether the verb `t` is passive: it has a passive subject or auxiliary.
    func isPassive(_ t: Int) -> Bool { kids(t).contains { ["nsubjpass", "auxpass"].contains(label($0)) } }

    /// The actor mention a nominal token names: the mention at it, else the nearest one inside its noun
    /// phrase (not inside a clause or a prepositional phrase other than "of").
    func mention(for t: Int) -> Int? {
        if let m = analysis.mention(at: t), !analysis.mentions[m].members.isEmpty { return m }
        var queue = kids(t)
        var seen = 0
        while !queue.isEmpty, seen < 24 {
            let c = queue.removeFirst()
            seen += 1
            let l = label(c)
            let followed = Self.nounPhrase.contains(l) || (l == "prep" && analysis.norms[c] == "of") || (l == "pobj" && head(c).map { analysis.norms[$0] == "of" } == true)
            guard followed else { continue }
            if let m = analysis.mention(at: c), !analysis.mentions[m].members.isEmpty { return m }
            queue.append(contentsOf: kids(c))
        }
        return nil
    }

    /// The source and target mentions of the event whose head word is the verb `verb`, if the parse names a source.
    func participants(ofVerb verb: Int) -> (source: Int, target: Int?)? {
        var target: Int?
        // The passive's subject is what was done to; the agent ("by France") is the doer.
        if isPassive(verb) {
            let patient = child(verb, ["nsubjpass"]).flatMap(subjectMention)
            if let agent = child(verb, ["agent"]).flatMap({ child($0, ["pobj"]) }).flatMap(mention(for:)) {
                return (agent, objectMention(of: verb, excluding: agent) ?? patient.flatMap { $0 == agent ? nil : $0 })
            }
            return nil
        }
        guard let source = subject(of: verb, depth: 0) else { return nil }
        target = objectMention(of: verb, excluding: source)
        return (source, target)
    }

    /// The subject's mention of a nsubj token, resolving relative pronouns to the noun they stand for.
    private func subjectMention(_ s: Int) -> Int? {
        if Self.relativeWords.contains(analysis.norms[s]), let clause = head(s), label(clause) == "relcl", let noun = head(clause) {
            return mention(for: noun)
        }
        return mention(for: s)
    }

    /// The subject of `verb`, its own or one it shares through the tree.
    private func subject(of verb: Int, depth: Int) -> Int? {
        guard depth < 4 else { return nil }
        if let s = child(verb, ["nsubj", "csubj"]) { return subjectMention(s) }
        guard let up = head(verb) else { return nil }
        switch label(verb) {
        case "xcomp":
            // "urged Iran to stop": the object of the verb above is the subject here; else its subject.
            if let object = child(up, ["dobj"]).flatMap(mention(for:)) { return object }
            return subject(of: up, depth: depth + 1)
        case "conj", "advcl", "pcomp":
            return subject(of: up, depth: depth + 1)
        case "relcl":
            return mention(for: up)
        default:
            return nil
        }
    }

    /// The object, dative or object of a target preposition of `verb`, other than `source`.
    private func objectMention(of verb: Int, excluding source: Int) -> Int? {
        let sourceCodes = analysis.mentions[source].members.map(\.code)
        func usable(_ m: Int?) -> Int? {
            guard let m, m != source, analysis.mentions[m].members.map(\.code) != sourceCodes else { return nil }
            return m
        }
        for c in kids(verb) where ["dobj", "dative", "attr", "oprd"].contains(label(c)) {
            if let m = usable(mention(for: c)) { return m }
            // "imposed sanctions on Moscow": the object's own preposition.
            for p in kids(c) where label(p) == "prep" && Self.targetPrepositions.contains(analysis.norms[p]) {
                if let m = usable(child(p, ["pobj"]).flatMap(mention(for:))) { return m }
            }
        }
        for p in kids(verb) where label(p) == "prep" && Self.targetPrepositions.contains(analysis.norms[p]) {
            if let m = usable(child(p, ["pobj"]).flatMap(mention(for:))) { return m }
        }
        return nil
    }
}
