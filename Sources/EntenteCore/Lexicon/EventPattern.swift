/// One entry of the event dictionary: a CAMEO code and the words that signal it.
public struct EventPattern: Sendable {
    /// The word a pattern hangs on.
    public enum Head: Sendable, Hashable {
        /// A verb, by its base form.
        case verb(String)
        /// A noun of a nominal event, by its singular.
        case noun(String)
    }

    /// A pattern element other than the head.
    public enum Element: Sendable, Hashable {
        /// One of these words (plurals included); optional when written in brackets.
        case literal(Set<String>, optional: Bool)
        /// Where the target stands.
        case target
        /// Where the source stands.
        case source
        /// One of several word sequences (a PETRARCH synset, or words joined by `_`); `adjacent` when no
        /// word may stand between it and its neighbour towards the head.
        case phrase([[String]], adjacent: Bool)
    }

    public var code: String
    public var head: Head
    /// Elements before the head, in text order.
    public var before: [Element]
    /// Elements after the head, in text order.
    public var after: [Element]
    /// Identifier in the output: the pattern's words joined by hyphens.
    public var id: String
    public var file: String
    public var line: Int
    /// The code of the event in the other direction that the same words report (PETRARCH's paired
    /// codes, `[032:033]`: "X left for Y" is X visiting Y and Y hosting X).
    public var reverseCode: String? = nil
    /// Words allowed between two elements before and after the head (PETRARCH's patterns skip more
    /// than Entente's own, which are written tightly).
    public var gapBefore = 1
    public var gapAfter = 3
    /// Whether the source and target slots count towards specificity and must name several actors
    /// (PETRARCH's `%`, a compound actor: "X and Y agree" is each agreeing with the other).
    public var countsSlots = false
    public var requiresCompound = false

    /// How specific the pattern is: its required words, head included. (Closures rather than key paths
    /// here and in `CompiledPattern`: key paths are not inlined, and this runs for every pattern at load.)
    public var specificity: Int {
        1 + (before + after).reduce(0) { count, element in
            if case .literal(_, let optional) = element, !optional { return count + 1 }
            if case .phrase(let alternatives, _) = element { return count + (alternatives.lazy.map { $0.count }.min() ?? 0) }
            if countsSlots, element == .target || element == .source { return count + 1 }
            return count
        }
    }

    /// Whether the pattern places the target or source explicitly.
    public var hasSlots: Bool { (before + after).contains { $0 == .target || $0 == .source } }

    /// Parses `CODE  pattern` from a verbs file; `knownCodes` are the CAMEO codes of the ontology.
    public static func parse(_ record: DictionaryRecord, knownCodes: Set<String>) throws(EntenteError) -> EventPattern {
        guard record.fields.count == 2 else { throw record.error("expected 'CODE  pattern' (2 fields), found \(record.fields.count)") }
        let code = record.fields[0]
        guard knownCodes.contains(code) else { throw record.error("expected a CAMEO event code of the ontology, found '\(code)'") }
        var head: Head?
        var before: [Element] = []
        var after: [Element] = []
        var idWords: [String] = []
        // Split on bytes: this runs for every pattern at every start.
        for rawWord in record.fields[1].utf8.split(separator: UInt8(ascii: " ")) {
            let word = String(decoding: rawWord, as: UTF8.self)
            if word == "+" || word == "$" || word == "..." {
                if word == "..." { continue }
                let element: Element = word == "+" ? .target : .source
                if head == nil { before.append(element) } else { after.append(element) }
                continue
            }
            if word.hasPrefix("@") {
                let noun = String(word.dropFirst())
                guard head == nil else { throw record.error("expected one head (a verb in capitals or an @noun), found a second one, '\(word)'") }
                guard !noun.isEmpty, isLowerCase(noun) else { throw record.error("expected a lower-case noun after '@', found '\(word)'") }
                head = .noun(noun)
                idWords.append(noun)
                continue
            }
            if isVerbHead(word) {
                guard head == nil else { throw record.error("expected one head (a verb in capitals or an @noun), found a second one, '\(word)'") }
                head = .verb(word.lowercased())
                idWords.append(word.lowercased())
                continue
            }
            var optional = false
            var body = Substring(word)
            if body.hasPrefix("("), body.hasSuffix(")") {
                optional = true
                body = body.dropFirst().dropLast()
            }
            let alternatives = body.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
            guard !alternatives.isEmpty, alternatives.allSatisfy({ !$0.isEmpty && isLowerCase($0) }) else {
                throw record.error("expected a lower-case word, 'a|b', '(word)', '+', '$' or a head, found '\(word)'")
            }
            var forms = Set<String>()
            for alternative in alternatives {
                forms.insert(alternative)
                if alternative.unicodeScalars.count > 2, alternative.unicodeScalars.allSatisfy(ScalarClass.isAlphabetic) {
                    forms.insert(Inflector.plural(alternative))
                }
            }
            let element = Element.literal(forms, optional: optional)
            if head == nil { before.append(element) } else { after.append(element) }
            if !optional { idWords.append(alternatives[0]) }
        }
        guard let head else { throw record.error("expected a head: a verb in capitals or an @noun") }
        return EventPattern(code: code, head: head, before: before, after: after,
                            id: idWords.joined(separator: "-"), file: record.file, line: record.line)
    }

    private static func isLowerCase(_ word: String) -> Bool {
        !word.unicodeScalars.contains(where: ScalarClass.isUppercase)
    }

    private static func isVerbHead(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "'" || $0 == "-" }
    }
}
