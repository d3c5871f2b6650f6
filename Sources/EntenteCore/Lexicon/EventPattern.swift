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

    /// How specific the pattern is: its required words, head included.
    public var specificity: Int {
        1 + (before + after).reduce(0) { count, element in
            if case .literal(_, let optional) = element, !optional { return count + 1 }
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
        for rawWord in record.fields[1].split(separator: " ") {
            let word = String(rawWord)
            if word == "+" || word == "$" || word == "..." {
                if word == "..." { continue }
                let element: Element = word == "+" ? .target : .source
                if head == nil { before.append(element) } else { after.append(element) }
                continue
            }
            if word.hasPrefix("@") {
                let noun = String(word.dropFirst())
                guard head == nil else { throw record.error("expected one head (a verb in capitals or an @noun), found a second one, '\(word)'") }
                guard !noun.isEmpty, noun == noun.lowercased() else { throw record.error("expected a lower-case noun after '@', found '\(word)'") }
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
            let alternatives = body.split(separator: "|").map(String.init)
            guard !alternatives.isEmpty, alternatives.allSatisfy({ !$0.isEmpty && $0 == $0.lowercased() }) else {
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

    private static func isVerbHead(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "'" || $0 == "-" }
    }
}
