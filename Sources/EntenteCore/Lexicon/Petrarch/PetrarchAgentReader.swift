import Foundation

/// Reads TABARI/PETRARCH agent dictionaries into the actor lexicon: `PHRASE {PLURAL} [~CODE]`, with
/// `~` before the code when it follows its actor's (`~GOV`: "Arnor official" is ARNGOV) and after it
/// when it precedes (`NGO~`), `{}` for no plural, and `!SET! = A, B` substitutions used as `CONGRESS!PERSON!`.
public struct PetrarchAgentReader {
    /// Whether a malformed entry stops the reading; otherwise it is reported in `diagnostics` and skipped.
    public var strict = true
    /// The malformed entries skipped when not strict, each naming file, line and what was expected.
    public private(set) var diagnostics: [EntenteError] = []

    public init() {}

    /// Adds the agents of `lines` to `lexicon`.
    public mutating func read(_ lines: [PetrarchLine], into lexicon: inout ActorLexicon) throws(EntenteError) {
        Self.add(try parse(lines), into: &lexicon)
    }

    /// Adds one file's agent phrases to `lexicon`, in file order (a phrase already there keeps its entry).
    static func add(_ phrases: [(words: [String], entry: ActorEntry)], into lexicon: inout ActorLexicon) {
        for (words, entry) in phrases { lexicon.phrases.insert(words, entry) }
    }

    /// The agent phrases of `lines` in file order, without touching a lexicon: files are parsed on several threads.
    mutating func parse(_ lines: [PetrarchLine]) throws(EntenteError) -> [(words: [String], entry: ActorEntry)] {
        var phrases: [(words: [String], entry: ActorEntry)] = []
        var sets: [String: [String]] = [:]
        func handle(_ line: PetrarchLine) throws(EntenteError) {
            let text = line.trimmed
            if text.hasPrefix("!"), let equals = text.firstIndex(of: "=") {
                let marker = text[..<equals].trimmedBlanks
                guard marker.count > 2, marker.hasSuffix("!") else { throw line.error("expected a substitution set '!NAME! = A, B, C', found '\(text)'") }
                let members = text[text.index(after: equals)...].split(separator: ",").map { $0.trimmedBlanks }
                guard !members.contains(where: \.isEmpty) else { throw line.error("empty member in the substitution set '\(text)'") }
                sets[marker] = members
                return
            }
            guard let (before, inside, _) = PetrarchSource.bracketed(text) else {
                throw line.error("expected an agent 'PHRASE {PLURAL} [~CODE]' with its code in brackets, found '\(text)'")
            }
            let code = inside.replacingOccurrences(of: " ", with: "")
            let placedBefore = code.hasSuffix("~")
            let bare = code.replacingOccurrences(of: "~", with: "")
            guard code.hasPrefix("~") != placedBefore, !bare.isEmpty, bare.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                throw line.error("expected an agent code with '~' before it (~GOV) or after it (NGO~), found '[\(inside)]'")
            }
            var phrase = before.trimmedBlanks
            var plurals: [String]?
            if let open = phrase.firstIndex(of: "{") {
                guard let close = phrase.firstIndex(of: "}"), open < close else { throw line.error("expected '}' to close the plural in '\(text)'") }
                plurals = phrase[phrase.index(after: open)..<close].split(separator: " ").map(String.init)
                phrase = phrase[..<open].trimmedBlanks
            }
            guard !phrase.isEmpty else { throw line.error("expected an agent phrase before '[\(inside)]'") }
            let entry = ActorEntry.agent(code: bare, before: placedBefore)
            let forms = try substituted(phrase, sets, line)
            for form in forms {
                let words = PetrarchSource.words(form)
                guard !words.isEmpty else { throw line.error("expected words in the agent phrase '\(phrase)'") }
                phrases.append((words, entry))
                // Substituted forms are written out in full; others take the regular plural unless `{…}` says otherwise.
                if plurals == nil, forms.count == 1, let last = words.last, last.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
                    phrases.append((words.dropLast() + [Inflector.plural(last)], entry))
                }
            }
            for plural in plurals ?? [] {
                for form in try substituted(plural, sets, line) { phrases.append((PetrarchSource.words(form), entry)) }
            }
        }
        for line in lines {
            do { try handle(line) } catch {
                // A malformed entry is reported and skipped, or stops the reading when strict.
                if strict { throw error }
                diagnostics.append(error)
            }
        }
        return phrases
    }

    /// `CONGRESS!PERSON!` with every member of `!PERSON!` in place of the marker. A member is put in as it is
    /// written and only the rest of the phrase is read for markers, so that a set naming itself
    /// ("!A! = the!A!") cannot recurse without end.
    private func substituted(_ phrase: String, _ sets: [String: [String]], _ line: PetrarchLine) throws(EntenteError) -> [String] {
        guard let open = phrase.firstIndex(of: "!") else { return [phrase] }
        guard let close = phrase[phrase.index(after: open)...].firstIndex(of: "!") else { throw line.error("expected a closing '!' in '\(phrase)'") }
        let marker = String(phrase[open...close])
        guard let members = sets[marker] else { throw line.error("substitution set \(marker) is used before it is defined") }
        let head = phrase[..<open]
        let rests = try substituted(String(phrase[phrase.index(after: close)...]), sets, line)
        return members.flatMap { member in rests.map { head + member + $0 } }
    }
}
