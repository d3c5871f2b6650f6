import Foundation

/// One line of a TABARI/PETRARCH dictionary with its comments removed, and where it stands.
public struct PetrarchLine: Sendable {
    /// The line without comments, trailing spaces removed; leading white space kept (actor date
    /// restrictions are told by their leading tab).
    public var text: String
    public var file: String
    public var number: Int

    /// The text without leading white space.
    public var trimmed: String { text.trimmedBlanks }

    /// An error about this line, saying what was expected.
    public func error(_ message: String) -> EntenteError {
        EntenteError(.malformedDictionary, file: file, line: number, message)
    }
}

/// Reads the common layer of TABARI/PETRARCH dictionary files: `#` comments, `<!-- … -->` comments
/// (also over several lines), optionally the legacy `;` comments of KEDS/TABARI, and blank lines.
public enum PetrarchSource {
    /// The non-blank lines of the file at `path`.
    public static func lines(ofFile path: String, semicolonComments: Bool = false) throws(EntenteError) -> [PetrarchLine] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            // Some older dictionaries are Latin-1; read them as such rather than refusing them.
            guard let latin = try? String(contentsOfFile: path, encoding: .isoLatin1) else {
                throw EntenteError(.unreadable, file: path, line: nil, "cannot read dictionary file (\(error.localizedDescription))")
            }
            text = latin
        }
        return lines(text, file: path, semicolonComments: semicolonComments)
    }

    /// The non-blank lines of `text`, read from `file`.
    public static func lines(_ text: String, file: String, semicolonComments: Bool = false) -> [PetrarchLine] {
        var out: [PetrarchLine] = []
        var inComment = false
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            line = stripMarkupComments(line, inComment: &inComment)
            if let hash = commentStart(line) { line = String(line[..<hash]) }
            if semicolonComments, let semicolon = line.firstIndex(of: ";") { line = String(line[..<semicolon]) }
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            out.append(PetrarchLine(text: line, file: file, number: number))
        }
        return out
    }

    /// The `#` that starts a comment: not one inside brackets (TABARI's old discard code `[###]`).
    static func commentStart(_ line: String) -> String.Index? {
        var depth = 0
        for index in line.indices {
            switch line[index] {
            case "[": depth += 1
            case "]": depth = max(0, depth - 1)
            case "#" where depth == 0: return index
            default: break
            }
        }
        return nil
    }

    /// Removes `<!-- … -->` comments; `inComment` carries an open comment to the next line. A line that
    /// opens with `<!` (the suite also writes `<! --`) is a comment too.
    static func stripMarkupComments(_ line: String, inComment: inout Bool) -> String {
        if !inComment, !line.utf8.contains(UInt8(ascii: "<")) { return line }
        var rest = Substring(line)
        var kept = ""
        while !rest.isEmpty {
            if inComment {
                guard let end = rest.range(of: "-->") else { return kept }
                rest = rest[end.upperBound...]
                inComment = false
            } else if !rest.contains("<") {
                kept += rest
                break
            } else if let open = rest.range(of: "<!") {
                kept += rest[..<open.lowerBound]
                rest = rest[open.upperBound...]
                inComment = true
            } else {
                kept += rest
                break
            }
        }
        return kept
    }

    /// Words of a PETRARCH phrase: `_` and blanks both separate words; lower-cased, tokenised as article
    /// text is, so that "U.S." or "AL-QAEDA" match the text's tokens.
    public static func words(_ phrase: String) -> [String] {
        // Treebank writes contractions apart ("DID N'T"); joined, they tokenise as text does ("did" "n't").
        let original = phrase.unicodeScalars.map { $0 == "_" ? " " : $0 }
        var fixed: [Unicode.Scalar] = []
        fixed.reserveCapacity(original.count)
        for (i, scalar) in original.enumerated() {
            let isContraction = scalar == " " && i + 3 < original.count && (original[i + 1] == "N" || original[i + 1] == "n")
                && original[i + 2] == "'" && (original[i + 3] == "T" || original[i + 3] == "t") && (i + 4 == original.count || original[i + 4] == " ")
            if !isContraction { fixed.append(scalar) }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: fixed)
        return Tokenizer().tokenize(Array(view)).map(\.norm).filter { !$0.isEmpty }
    }

    /// The bracketed field `[ … ]` of a line, and the text before it.
    static func bracketed(_ text: String) -> (before: String, inside: String, after: String)? {
        guard let open = text.firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") else { return nil }
        return (String(text[..<open]), String(text[text.index(after: open)..<close]).trimmedBlanks,
                String(text[text.index(after: close)...]))
    }
}

extension StringProtocol {
    /// The string without leading and trailing blanks and tabs (Foundation's trimming is slow on Linux).
    var trimmedBlanks: String {
        let string = String(self)
        let utf8 = string.utf8
        guard let first = utf8.firstIndex(where: { $0 != 32 && $0 != 9 }), let last = utf8.lastIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
        return String(string[first...last])
    }
}
