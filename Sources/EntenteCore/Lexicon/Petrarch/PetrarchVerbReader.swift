import Foundation

/// A PETRARCH-2 transformation (`~ a (a b ATTACK) SAY = a b 138`): a verb reporting another verb's
/// event recoded as one event. Read and kept; the coder's own reported-speech handling applies instead.
public struct PetrarchTransformation: Sendable {
    public var pattern: String
    public var result: String
    public var line: Int
}

/// The content of a TABARI/PETRARCH verb dictionary, translated into Entente's pattern model.
public struct PetrarchVerbs: Sendable {
    public var patterns: [EventPattern] = []
    /// Irregular forms written in `{…}` after a verb, by base.
    public var forms: [String: [String]] = [:]
    public var transformations: [PetrarchTransformation] = []
    /// Synsets by label (without `&`), as word sequences.
    public var synsets: [String: [[String]]] = [:]
}

/// Reads verb dictionaries in both syntaxes: TABARI/PETRARCH-1 (`PETR.Validate.verbs.txt`: `$ + % ^ _`
/// and `*` for the verb) and PETRARCH-2 (`CAMEO.2.0.txt`: `{noun phrase}`, `(PREP NOUN)`,
/// transformations). Both share synsets (`&LABEL` and `+` lines), `--- NAME [CODE] ---` blocks, verb
/// lines with `{irregular forms}` and `[code]`, multi-word verbs (`+BEEF_UP`, `WIRE_+TAP`) and paired
/// codes (`[032:033]`).
public struct PetrarchVerbReader {
    /// Words allowed between pattern elements: PETRARCH's patterns are written loosely.
    public var gapBefore = 4
    public var gapAfter = 6

    /// Whether a malformed entry stops the reading; otherwise it is reported in `diagnostics` and skipped.
    public var strict = true
    /// The malformed entries skipped when not strict, each naming file, line and what was expected.
    public private(set) var diagnostics: [EntenteError] = []

    public init() {}

    /// A verb of a block: its head word, the words joined to it, and its own code if any.
    struct Verb {
        var head: String
        var before: [String]
        var after: [String]
        var code: String?
        var reverse: String?
    }

    public mutating func read(_ lines: [PetrarchLine]) throws(EntenteError) -> PetrarchVerbs {
        var out = PetrarchVerbs()
        var synset: (label: String, plurals: Bool)?
        var blockCode: (String, String?) = ("---", nil)
        var verbs: [Verb] = []
        var inBlock = false
        func handle(_ line: PetrarchLine) throws(EntenteError) {
            let text = line.trimmed
            if text.hasPrefix("&") {
                let label = String(text.dropFirst()).trimmedBlanks
                guard !label.isEmpty, !label.has(" ") else { throw line.error("expected a synset label '&NAME', found '\(text)'") }
                let plurals = !label.hasSuffix("_")
                let name = plurals ? label : String(label.dropLast())
                synset = (name, plurals)
                out.synsets[name] = []
                return
            }
            if text.hasPrefix("+"), let (name, plurals) = synset {
                let member = String(text.dropFirst()).trimmedBlanks
                guard !member.isEmpty else { throw line.error("expected a word or phrase after '+' in synset &\(name)") }
                if member.hasPrefix("&") {
                    guard let inner = out.synsets[Self.label(member)] else { throw line.error("synset '\(member)' is used before it is defined") }
                    out.synsets[name, default: []] += inner
                    return
                }
                let noPlural = member.hasSuffix("_")
                let words = PetrarchSource.words(member)
                guard !words.isEmpty else { throw line.error("expected a word or phrase after '+'") }
                out.synsets[name, default: []].append(words)
                if plurals, !noPlural, let last = words.last, last.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
                    out.synsets[name, default: []].append(words.dropLast() + [Inflector.plural(last)])
                }
                return
            }
            synset = nil
            if text.hasPrefix("---") {
                inBlock = true
                verbs = []
                if let (_, inside, _) = PetrarchSource.bracketed(text) {
                    blockCode = try Self.code(inside, line)
                } else {
                    blockCode = ("---", nil)
                }
                return
            }
            if text.hasPrefix("~") {
                guard let equals = text.firstIndex(of: "="), text.has("("), text.has(")") else {
                    throw line.error("expected a transformation '~ a (a b VERB) VERB = a b CODE'")
                }
                out.transformations.append(PetrarchTransformation(pattern: String(text[..<equals]), result: String(text[text.index(after: equals)...]).trimmedBlanks, line: line.number))
                return
            }
            guard inBlock else { throw line.error("expected a synset '&NAME' or a verb block '--- NAME [CODE] ---' before '\(text)'") }
            if text.hasPrefix("-") {
                let body = text.dropFirst()
                guard let (before, inside, _) = PetrarchSource.bracketed(String(body)) else {
                    throw line.error("expected a pattern '- WORDS * WORDS [CODE]' with its code in brackets")
                }
                let (code, reverse) = try Self.code(inside, line)
                guard let elements = try pattern(before, line: line, synsets: out.synsets) else { return }
                let compound = before.has("%")
                for verb in verbs {
                    var pattern = make(verb, elements, code: code, reverse: reverse, line: line)
                    pattern.requiresCompound = compound
                    out.patterns.append(pattern)
                }
                return
            }
            var verb = try Self.verb(text, line: line)
            if verb.code == nil { (verb.code, verb.reverse) = blockCode }
            verbs.append(verb)
            if let forms = Self.irregular(text) {
                let heads = forms.map { Self.headWord(of: $0) }.filter { !$0.isEmpty && $0 != verb.head }
                if !heads.isEmpty { out.forms[verb.head, default: []] += heads }
            }
            if let code = verb.code, code != "---" {
                out.patterns.append(make(verb, ([], []), code: code, reverse: verb.reverse, line: line))
            }
        }
        for line in lines {
            do { try handle(line) } catch {
                // A malformed entry is reported and skipped, or stops the reading when strict.
                if strict { throw error }
                diagnostics.append(error)
            }
        }
        return out
    }

    private func make(_ verb: Verb, _ elements: ([EventPattern.Element], [EventPattern.Element]), code: String, reverse: String?, line: PetrarchLine) -> EventPattern {
        var before = elements.0
        var after = elements.1
        if !verb.before.isEmpty { before.append(.phrase([verb.before], adjacent: true)) }
        if !verb.after.isEmpty { after.insert(.phrase([verb.after], adjacent: true), at: 0) }
        let id = (verb.before + [verb.head] + verb.after).joined(separator: "-")
        var pattern = EventPattern(code: code, head: .verb(verb.head), before: before, after: after, id: id, file: line.file, line: line.number)
        pattern.reverseCode = reverse
        pattern.gapBefore = gapBefore
        pattern.gapAfter = gapAfter
        pattern.countsSlots = true
        return pattern
    }

    /// `064`, `032:033`, `---`: a code and the optional code of the reverse event.
    static func code(_ inside: String, _ line: PetrarchLine) throws(EntenteError) -> (String, String?) {
        let parts = inside.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmedBlanks }
        let valid = { (s: String) in !s.isEmpty && s.count <= 6 && s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-+#?".unicodeScalars.contains($0) } }
        // `[:070]`: PETRARCH-2's code for the reverse event alone; the forward event is null.
        if parts.count == 2, parts[0].isEmpty, valid(parts[1]) { return ("---", parts[1]) }
        guard (1...2).contains(parts.count), parts.allSatisfy(valid) else {
            throw line.error("expected an event code in brackets such as [064] or [032:033], found '[\(inside)]'")
        }
        return (parts[0], parts.count == 2 ? parts[1] : nil)
    }

    static func label(_ word: String) -> String {
        var label = String(word.dropFirst())
        if label.hasSuffix("_") { label.removeLast() }
        return label
    }

    /// `{GAVE GIVEN}` after a verb, as its forms.
    static func irregular(_ text: String) -> [String]? {
        guard let open = text.firstIndex(of: "{"), let close = text.firstIndex(of: "}"), open < close else { return nil }
        return text[text.index(after: open)..<close].fields(separatedBy: " \t")
    }

    /// The word marked with `+` in `WIRE_+TAPPED`, else the first word, lower-cased.
    static func headWord(of form: String) -> String {
        let parts = form.split(separator: "_").map(String.init)
        let marked = parts.first { $0.hasPrefix("+") } ?? parts.first ?? ""
        return marked.trimmingCharacters(in: CharacterSet(charactersIn: "+")).lowercased()
    }

    /// A verb line: `VERB`, `+BREAK_DOWN {…}`, `WIRE_+TAP {…} [code]`, `LASH OUT`.
    static func verb(_ text: String, line: PetrarchLine) throws(EntenteError) -> Verb {
        var rest = text
        var code: String?
        var reverse: String?
        if let (before, inside, after) = PetrarchSource.bracketed(rest) {
            (code, reverse) = try Self.code(inside, line)
            rest = before + " " + after
        }
        if let open = rest.firstIndex(of: "{") {
            guard let close = rest.firstIndex(of: "}"), open < close else { throw line.error("expected '}' to close the verb forms in '\(text)'") }
            rest = String(rest[..<open]) + " " + String(rest[rest.index(after: close)...])
        }
        let parts = rest.fields(separatedBy: " \t_")
        guard !parts.isEmpty, parts.allSatisfy({ $0.unicodeScalars.allSatisfy { CharacterSet.letters.contains($0) || "+-'.".unicodeScalars.contains($0) } }) else {
            throw line.error("expected a verb ('VERB', '+VERB_PARTICLE', 'WORD_+VERB') with optional {forms} and [code], found '\(text)'")
        }
        let marked = parts.firstIndex { $0.hasPrefix("+") } ?? 0
        let words = parts.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "+")).lowercased() }
        return Verb(head: words[marked], before: Array(words[..<marked]), after: Array(words[(marked + 1)...]), code: code, reverse: reverse)
    }

    /// One item of a pattern before grouping.
    private enum Item {
        case head, source, target, skip, words([[String]])
    }

    /// The elements before and after `*` of a pattern's text; nil for a pattern PETRARCH itself skips
    /// (a TABARI disjunction `{a|b}`).
    func pattern(_ body: String, line: PetrarchLine, synsets: [String: [[String]]]) throws(EntenteError) -> ([EventPattern.Element], [EventPattern.Element])? {
        if body.has("|") { return nil }
        // PETRARCH-2 marks noun phrases with {} and prepositional phrases with (): the words keep their
        // order, so the marks separate tokens as blanks do.
        var items: [(Item, adjacentToPrevious: Bool)] = []
        var joinNext = false
        for token in body.fields(separatedBy: " \t{}()") {
            let parts = token.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
            for (k, part) in parts.enumerated() {
                let adjacent = k > 0 || joinNext
                if part.isEmpty { continue }
                let item: Item
                switch part {
                case "*", "**": item = .head
                case "$": item = .source
                case "+", "%": item = part == "+" ? .target : (items.contains { if case .head = $0.0 { return true }; return false } ? .target : .source)
                case "^": item = .skip
                default:
                    if part.hasPrefix("&") {
                        guard let members = synsets[Self.label(part)] else { throw line.error("synset '\(part)' is used before it is defined") }
                        item = .words(members)
                    } else {
                        let words = PetrarchSource.words(part)
                        guard !words.isEmpty else { throw line.error("expected a word, '&SYNSET', '*', '$', '+', '%' or '^', found '\(part)'") }
                        item = .words([words])
                    }
                }
                items.append((item, adjacent))
            }
            joinNext = token.hasSuffix("_")
        }
        guard let headIndex = items.firstIndex(where: { if case .head = $0.0 { return true }; return false }) else {
            throw line.error("expected '*' marking the verb in the pattern '\(body.trimmedBlanks)'")
        }
        // Words joined by `_` become one phrase; a phrase is adjacent to its neighbour towards the head.
        var before: [EventPattern.Element] = []
        var k = 0
        while k < headIndex {
            var (element, next) = group(items, from: k, upTo: headIndex)
            let towardsHead = next < items.count && items[next].adjacentToPrevious
            if case .phrase(let alternatives, _) = element { element = .phrase(alternatives, adjacent: towardsHead) }
            if let element { before.append(element) }
            k = next
        }
        var after: [EventPattern.Element] = []
        k = headIndex + 1
        while k < items.count {
            var (element, next) = group(items, from: k, upTo: items.count)
            if case .phrase(let alternatives, _) = element { element = .phrase(alternatives, adjacent: items[k].adjacentToPrevious) }
            if let element { after.append(element) }
            k = next
        }
        return (before, after)
    }

    /// The element starting at item `k`: a slot, or consecutive words (joined by `_`) as one phrase.
    private func group(_ items: [(Item, adjacentToPrevious: Bool)], from k: Int, upTo end: Int) -> (EventPattern.Element?, Int) {
        switch items[k].0 {
        case .source: return (.source, k + 1)
        case .target: return (.target, k + 1)
        case .skip, .head: return (nil, k + 1)
        case .words(let first):
            var alternatives = first
            var next = k + 1
            while next < end, items[next].adjacentToPrevious, case .words(let more) = items[next].0 {
                alternatives = alternatives.flatMap { a in more.map { a + $0 } }
                next += 1
            }
            return (.phrase(alternatives, adjacent: false), next)
        }
    }
}
