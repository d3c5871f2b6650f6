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
        var text = text
        // Byte-level splitting: every comment marker is ASCII, and a Phoenix set is some 70,000 lines read
        // at every start. (Bytes also split CRLF files, whose "\r\n" is one Character that "\n" is not.)
        return text.withUTF8 { bytes in
            var out: [PetrarchLine] = []
            var inComment = false
            var kept: [UInt8] = []
            ByteLines.forEach(in: bytes) { line, number in
                let content = line.last == UInt8(ascii: "\r") ? UnsafeBufferPointer(rebasing: line.dropLast()) : line
                kept.removeAll(keepingCapacity: true)
                stripMarkupComments(content, inComment: &inComment, into: &kept)
                var end = commentStart(kept) ?? kept.count
                if semicolonComments, let semicolon = kept[..<end].firstIndex(of: UInt8(ascii: ";")) { end = semicolon }
                while end > 0, kept[end - 1] == UInt8(ascii: " ") || kept[end - 1] == UInt8(ascii: "\t") { end -= 1 }
                if end > 0 { out.append(PetrarchLine(text: String(decoding: kept[..<end], as: UTF8.self), file: file, number: number)) }
            }
            return out
        }
    }

    /// The offset of the `#` that starts a comment: not one inside brackets (TABARI's old discard code `[###]`).
    static func commentStart(_ line: [UInt8]) -> Int? {
        var depth = 0
        for (offset, byte) in line.enumerated() {
            switch byte {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth = max(0, depth - 1)
            case UInt8(ascii: "#") where depth == 0: return offset
            default: break
            }
        }
        return nil
    }

    /// Appends `line` without its `<!-- … -->` comments to `kept`; `inComment` carries an open comment to
    /// the next line. A line that opens with `<!` (the suite also writes `<! --`) is a comment too.
    static func stripMarkupComments(_ line: UnsafeBufferPointer<UInt8>, inComment: inout Bool, into kept: inout [UInt8]) {
        var i = 0
        let n = line.count
        while i < n {
            if inComment {
                guard let end = find([UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">")], in: line, from: i) else { return }
                i = end + 3
                inComment = false
            } else if let open = find([UInt8(ascii: "<"), UInt8(ascii: "!")], in: line, from: i) {
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: line[i..<open]))
                i = open + 2
                inComment = true
            } else {
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: line[i..<n]))
                return
            }
        }
    }

    /// The offset of the first occurrence of `needle` in `line` at or after `start`.
    private static func find(_ needle: [UInt8], in line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, line.count >= needle.count else { return nil }
        var i = start
        while i <= line.count - needle.count {
            if line[i] == first, (1..<needle.count).allSatisfy({ line[i + $0] == needle[$0] }) { return i }
            i += 1
        }
        return nil
    }

    /// Words of a PETRARCH phrase: `_` and blanks both separate words; lower-cased, tokenised as article
    /// text is, so that "U.S." or "AL-QAEDA" match the text's tokens.
    public static func words(_ phrase: String) -> [String] {
        plainWords(phrase) ?? tokenizedWords(phrase)
    }

    /// The words of a phrase of ASCII letters and digits (hyphens inside words) separated by `_` and
    /// blanks, split without the tokenizer: most dictionary phrases, and the tokenizer would give the
    /// same words (see the test over the whole Phoenix set). Nil for anything else.
    static func plainWords(_ phrase: String) -> [String]? {
        var phrase = phrase
        return phrase.withUTF8 { bytes -> [String]? in
            func isAlphanumeric(_ byte: UInt8) -> Bool {
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            }
            var words: [String] = []
            var wordStart: Int?
            func endWord(at end: Int) {
                guard let start = wordStart else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                words.append(String(unsafeUninitializedCapacity: word.count) { buffer in
                    for (k, byte) in word.enumerated() { buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
                    return word.count
                })
                wordStart = nil
            }
            for (i, byte) in bytes.enumerated() {
                if isAlphanumeric(byte) {
                    if wordStart == nil { wordStart = i }
                } else if byte == UInt8(ascii: "_") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                    endWord(at: i)
                } else if byte == UInt8(ascii: "-"), wordStart != nil, i + 1 < bytes.count, isAlphanumeric(bytes[i + 1]) {
                    // The tokenizer keeps a hyphen between word characters inside the word (AL-QAEDA).
                    continue
                } else {
                    return nil
                }
            }
            endWord(at: bytes.count)
            return words
        }
    }

    /// The words of any phrase, through the article tokenizer.
    static func tokenizedWords(_ phrase: String) -> [String] {
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
        return Tokenizer().tokenize(Array(view)).map { $0.norm }.filter { !$0.isEmpty }
    }

    /// The bracketed field `[ … ]` of a line, and the text before it.
    static func bracketed(_ text: String) -> (before: String, inside: String, after: String)? {
        // The brackets are ASCII: found in the bytes, without walking Characters.
        let utf8 = text.utf8
        guard let open = utf8.firstIndex(of: UInt8(ascii: "[")), let close = utf8[open...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return (String(text[..<open]), String(text[utf8.index(after: open)..<close]).trimmedBlanks,
                String(text[utf8.index(after: close)...]))
    }
}

extension StringProtocol {
    /// The non-empty parts between runs of the ASCII `separators`, split on the bytes: splitting on
    /// Characters was most of the cost of reading a dictionary line.
    func fields(separatedBy separators: String) -> [String] {
        let bytes = Array(separators.utf8)
        var parts: [String] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if bytes.contains(utf8[i]) {
                if start != i { parts.append(String(self[start..<i])) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != i { parts.append(String(self[start..<i])) }
        return parts
    }

    /// Whether the string has the ASCII character `ascii`, looked for in the bytes (`contains` with a
    /// string literal is Foundation's substring search).
    func has(_ ascii: Unicode.Scalar) -> Bool { utf8.contains(UInt8(ascii: ascii)) }

    /// The string without leading and trailing blanks and tabs (Foundation's trimming is slow on Linux).
    var trimmedBlanks: String {
        let string = String(self)
        let utf8 = string.utf8
        guard let first = utf8.firstIndex(where: { $0 != 32 && $0 != 9 }), let last = utf8.lastIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
        return String(string[first...last])
    }
}
