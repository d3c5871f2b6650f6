/// The event dictionary, indexed by the written forms of pattern heads.
public struct PatternLexicon: Sendable {
    public private(set) var patterns: [EventPattern] = []
    /// Every written form of every verb head, with its base.
    public private(set) var verbBases: [String: [(String, VerbForms)]] = [:]
    /// Heads written as another verb's irregular past ("left"), which a bare base form's rules must not treat as base forms.
    public private(set) var pastHeads: Set<String> = []
    /// The patterns as the matcher reads them, in the same order as `patterns`.
    private(set) var compiled: [CompiledPattern] = []
    /// Numbers of the words the patterns name.
    private(set) var vocabulary = WordVocabulary()
    /// The written forms of each verb head seen so far, with their numbers: many patterns share a head
    /// (a Phoenix set has some 15,000 patterns on 3,000 verbs).
    private var formsOfBase: [String: [(kind: VerbForms, id: Int)]] = [:]
    /// Required-word signatures of the patterns, in the same order as `patterns`.
    private(set) var signatures = SignatureTable()
    /// What the matcher needs to know of each numbered word, by number.
    private(set) var entries: [WordEntry] = []

    public init() {
        for (words, wordClass) in [(WordClasses.clauseBreaks, WordClassSet.clauseBreak), (WordClasses.beForms, .beForm),
                                   (WordClasses.nounMarkers, .nounMarker), (WordClasses.baseFormContexts, .baseFormContext)] {
            for word in words { entries[number(word)].classes.insert(wordClass) }
        }
    }

    /// The number of `word`, adding it (and its entry) if new.
    private mutating func number(_ word: String) -> Int {
        let id = Int(vocabulary.id(adding: word))
        syncEntries()
        return id
    }

    private mutating func syncEntries() {
        while entries.count < vocabulary.count { entries.append(WordEntry()) }
    }

    /// Adds a pattern, indexing its head's forms with `inflector`.
    public mutating func add(_ pattern: EventPattern, inflector: Inflector) {
        let index = patterns.count
        patterns.append(pattern)
        compiled.append(CompiledPattern(pattern, vocabulary: &vocabulary))
        signatures.append(compiled[index].required)
        syncEntries()
        switch pattern.head {
        case .verb(let base):
            if let forms = formsOfBase[base] {
                for (kind, id) in forms { entries[id].verbPatterns.append((index, kind)) }
                break
            }
            var numbered: [(kind: VerbForms, id: Int)] = []
            // A head written as another verb's past ("--- LEFT [032:033]" in PETRARCH's dictionaries) is that past.
            if inflector.irregular.contains(where: { $0.key != base && $0.value.past.contains(base) }) { pastHeads.insert(base) }
            for (form, kind) in inflector.forms(of: base) {
                let id = number(form)
                numbered.append((kind, id))
                entries[id].verbPatterns.append((index, kind))
                entries[id].isVerbForm = true
                if kind.contains(.participle) { entries[id].canBeParticiple = true }
                if !(verbBases[form]?.contains { $0.0 == base } ?? false) {
                    verbBases[form, default: []].append((base, kind))
                }
            }
            formsOfBase[base] = numbered
        case .noun(let noun):
            entries[number(noun)].nounPatterns.append(index)
            let plural = Inflector.plural(noun)
            if plural != noun { entries[number(plural)].nounPatterns.append(index) }
        }
    }

    /// CAMEO codes that at least one pattern produces.
    public var reachableCodes: Set<String> { Set(patterns.map(\.code)) }
}
