import Foundation

/// Reads PETRARCH issue dictionaries: `phrase [CODE]` lines inside `<ISSUE CATEGORY="…">` blocks, with
/// `n:` (noun: singular and plural), `v:` (verb: regular forms) and `+` (written with a space or a
/// hyphen) expansions, and `~` phrases that cancel issue coding.
public struct PetrarchIssueReader {
    public init() {}

    /// An issue phrase with its code, or (no code) a phrase that cancels issue coding.
    typealias Entry = (words: [String], code: String?)

    public func read(_ lines: [PetrarchLine], into issues: inout IssueLexicon) throws(EntenteError) {
        Self.add(try parse(lines), into: &issues)
    }

    /// Adds one file's phrases to `issues`, in file order.
    static func add(_ entries: [Entry], into issues: inout IssueLexicon) {
        for (words, code) in entries {
            if let code { issues.add(words, code: code) } else { issues.ignored.insert(words, true) }
        }
    }

    /// The phrases of `lines` in file order, without touching a lexicon: files are parsed on several threads.
    func parse(_ lines: [PetrarchLine]) throws(EntenteError) -> [Entry] {
        var entries: [Entry] = []
        var category: String?
        for line in lines {
            let text = line.trimmed
            if text.hasPrefix("<ISSUE") {
                guard let open = text.firstIndex(of: "\""), let close = text[text.index(after: open)...].firstIndex(of: "\"") else {
                    throw line.error("expected '<ISSUE CATEGORY=\"NAME\">', found '\(text)'")
                }
                category = String(text[text.index(after: open)..<close])
                continue
            }
            if text.hasPrefix("</ISSUE") { category = nil; continue }
            if text.hasPrefix("~") {
                for variant in expansions(String(text.drop(while: { $0 == "~" })).trimmedBlanks) {
                    let words = PetrarchSource.words(variant)
                    if !words.isEmpty { entries.append((words, nil)) }
                }
                continue
            }
            let phrase: String
            let code: String
            if let (before, inside, _) = PetrarchSource.bracketed(text) {
                guard !inside.isEmpty, !inside.has(" ") else { throw line.error("expected an issue code in brackets, found '[\(inside)]'") }
                phrase = before.trimmedBlanks
                code = inside
            } else if let category {
                // Inside a block, a phrase without a code takes the block's category.
                phrase = text
                code = category
            } else {
                throw line.error("expected 'phrase [CODE]' or a phrase inside an <ISSUE> block, found '\(text)'")
            }
            guard !phrase.isEmpty else { throw line.error("expected an issue phrase before '[\(code)]'") }
            for variant in expansions(phrase) {
                let words = PetrarchSource.words(variant)
                if !words.isEmpty { entries.append((words, code)) }
            }
        }
        return entries
    }

    /// The phrases `n:`, `v:` and `+` stand for.
    func expansions(_ phrase: String) -> [String] {
        var variants = [""]
        for word in phrase.split(separator: " ") {
            var forms: [String]
            if word.hasPrefix("n:") {
                let noun = String(word.dropFirst(2))
                forms = [noun, Inflector.plural(noun.lowercased())]
            } else if word.hasPrefix("v:") {
                let verb = String(word.dropFirst(2)).lowercased()
                forms = Inflector().forms(of: verb).map(\.0)
            } else if word.has("+") {
                forms = [word.replacingOccurrences(of: "+", with: " "), word.replacingOccurrences(of: "+", with: "-")]
            } else {
                forms = [String(word)]
            }
            variants = variants.flatMap { v in forms.map { v.isEmpty ? $0 : v + " " + $0 } }
        }
        return variants
    }
}
