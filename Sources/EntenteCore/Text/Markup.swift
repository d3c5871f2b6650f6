import Foundation

/// One piece of HTML or XML as read by `Markup.scan`: a tag or a run of text.
public enum MarkupPiece: Sendable, Equatable {
    /// An opening tag, its name lower-cased ("content:encoded"), attributes with lower-cased names and decoded values.
    case open(name: String, attributes: [String: String], selfClosing: Bool)
    /// A closing tag, its name lower-cased.
    case close(name: String)
    /// Text with entities decoded (CDATA sections are given as they are).
    case text(String)
}

/// A tolerant scanner for HTML and XML: tags, text, comments, CDATA and the raw text of scripts and styles.
/// Hand-written rather than an XML parser because real pages and feeds are rarely well formed.
public enum Markup {
    /// Elements whose content is raw text up to their closing tag, never markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    /// The pieces of `source`, in order.
    public static func scan(_ source: String) -> [MarkupPiece] {
        let s = Array(source.unicodeScalars)
        var pieces: [MarkupPiece] = []
        var i = 0
        var textStart = 0

        func flushText(_ end: Int) {
            guard end > textStart else { return }
            pieces.append(.text(decodeEntities(string(s, textStart, end))))
        }

        while i < s.count {
            guard s[i] == "<" else { i += 1; continue }
            if starts(s, i, "<!--") {
                flushText(i)
                i = find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
                textStart = i
            } else if starts(s, i, "<![CDATA[") {
                flushText(i)
                let end = find(s, from: i + 9, "]]>") ?? s.count
                pieces.append(.text(string(s, i + 9, end)))
                i = min(s.count, end + 3)
                textStart = i
            } else if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                flushText(i)
                i = find(s, from: i + 2, ">").map { $0 + 1 } ?? s.count
                textStart = i
            } else if i + 1 < s.count, s[i + 1] == "/" {
                flushText(i)
                let end = find(s, from: i + 2, ">") ?? s.count
                let name = string(s, i + 2, end).trimmingCharacters(in: .whitespaces).lowercased()
                pieces.append(.close(name: name))
                i = min(s.count, end + 1)
                textStart = i
            } else if i + 1 < s.count, s[i + 1].properties.isAlphabetic {
                flushText(i)
                let (piece, next) = readTag(s, from: i + 1)
                pieces.append(piece)
                i = next
                textStart = i
                if case let .open(name, _, selfClosing) = piece, !selfClosing, rawTextElements.contains(name) {
                    // Raw text: a script's "<" is not a tag.
                    let end = findClosing(s, from: i, name) ?? s.count
                    let raw = string(s, i, end)
                    pieces.append(.text(name == "title" || name == "textarea" ? decodeEntities(raw) : raw))
                    pieces.append(.close(name: name))
                    i = find(s, from: end, ">").map { $0 + 1 } ?? s.count
                    textStart = i
                }
            } else {
                i += 1
            }
        }
        flushText(s.count)
        return pieces
    }

    /// Reads a tag's name and attributes after its "<"; returns the piece and the index after ">".
    private static func readTag(_ s: [Unicode.Scalar], from start: Int) -> (MarkupPiece, Int) {
        var i = start
        while i < s.count, !s[i].properties.isWhitespace, s[i] != ">", s[i] != "/" { i += 1 }
        let name = string(s, start, i).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < s.count, s[i] != ">" {
            if s[i] == "/" { selfClosing = true; i += 1; continue }
            if s[i].properties.isWhitespace { i += 1; continue }
            selfClosing = false
            let nameStart = i
            while i < s.count, !s[i].properties.isWhitespace, s[i] != "=", s[i] != ">", s[i] != "/" { i += 1 }
            let attribute = string(s, nameStart, i).lowercased()
            var value = ""
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, s[i].properties.isWhitespace { i += 1 }
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    let valueStart = i + 1
                    i = valueStart
                    while i < s.count, s[i] != quote { i += 1 }
                    value = string(s, valueStart, i)
                    i = min(s.count, i + 1)
                } else {
                    let valueStart = i
                    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" { i += 1 }
                    value = string(s, valueStart, i)
                }
            }
            if !attribute.isEmpty, attributes[attribute] == nil { attributes[attribute] = decodeEntities(value, inAttribute: true) }
        }
        return (.open(name: name, attributes: attributes, selfClosing: selfClosing), min(s.count, i + 1))
    }

    /// Replaces character references (`&amp;`, `&eacute`, `&#8217;`, `&#x2019;`) with their characters as
    /// browsers do (`CharacterReferences`); `inAttribute` for an attribute's value. Unknown ones stay.
    public static func decodeEntities(_ text: String, inAttribute: Bool = false) -> String {
        CharacterReferences.decode(text, inAttribute: inAttribute)
    }

    private static func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        var j = i
        for scalar in prefix.unicodeScalars {
            guard j < s.count, s[j] == scalar else { return false }
            j += 1
        }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], from start: Int, _ needle: String) -> Int? {
        guard start < s.count else { return nil }
        return (start..<s.count).first { starts(s, $0, needle) }
    }

    /// The index of `</name` from `start`, ignoring case.
    private static func findClosing(_ s: [Unicode.Scalar], from start: Int, _ name: String) -> Int? {
        var i = start
        while let lt = find(s, from: i, "</") {
            if string(s, lt + 2, min(s.count, lt + 2 + name.unicodeScalars.count)).lowercased() == name { return lt }
            i = lt + 2
        }
        return nil
    }

    private static func string(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        if start < end { view.append(contentsOf: s[start..<min(end, s.count)]) }
        return String(view)
    }
}
