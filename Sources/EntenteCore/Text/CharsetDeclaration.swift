import Foundation

/// The encoding a page or feed declares in its first bytes: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` in the first 1024 bytes of a page,
/// found as the WHATWG HTML standard's prescan finds it, or the `encoding` of a feed's XML declaration.
/// A byte order mark, when there is one, wins over either (`TextDecoding.decode`).
public struct CharsetDeclaration: Sendable, Equatable, CustomStringConvertible {
    /// The encodings a declaration can choose; other labels are not followed.
    public enum Encoding: Sendable, Equatable {
        case utf8, windows1252
    }

    public enum Source: Sendable, Equatable {
        case meta, xmlDeclaration
    }

    public var encoding: Encoding
    /// The label as the document writes it, lower-cased ("iso-8859-1").
    public var label: String
    public var source: Source

    public var description: String {
        switch source {
        case .meta: "<meta> charset \"\(label)\""
        case .xmlDeclaration: "XML declaration encoding \"\(label)\""
        }
    }

    /// How many leading bytes a page's declaration is looked for in, as browsers do.
    static let prescanLength = 1024

    /// The declaration of `bytes`: for a page its `<meta>` (else an XML declaration, as XHTML pages have),
    /// for a feed its XML declaration; nil where there is none, or its label is not one followed.
    public static func find(in bytes: [UInt8], document: TextDecoding.Document) -> CharsetDeclaration? {
        var head = Array(bytes.prefix(prescanLength))
        for index in head.indices where head[index] >= 0x41 && head[index] <= 0x5A { head[index] |= 0x20 }
        switch document {
        case .plain: return nil
        case .html: return meta(head) ?? xmlDeclaration(head)
        case .xml: return xmlDeclaration(head)
        }
    }

    /// The encoding that the WHATWG Encoding standard gives `label`, of those read here. In a `<meta>`,
    /// UTF-16 labels mean UTF-8 (the bytes were not UTF-16, or their mark would have said so) and
    /// x-user-defined means windows-1252, as the HTML standard says.
    static func encoding(label: String, source: Source) -> Encoding? {
        let label = label.trimmingCharacters(in: .whitespaces).lowercased()
        if utf8Labels.contains(label) { return .utf8 }
        if windows1252Labels.contains(label) { return .windows1252 }
        guard source == .meta else { return nil }
        if ["utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode", "unicodefffe", "csunicode", "iso-10646-ucs-2"].contains(label) { return .utf8 }
        if label == "x-user-defined" { return .windows1252 }
        return nil
    }

    static let utf8Labels: Set<String> = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]
    /// Latin-1 and ASCII labels included: browsers read them all as windows-1252.
    static let windows1252Labels: Set<String> = [
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
        "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
    ]

    // MARK: - The prescan of a page (bytes already lower-cased)

    /// The first `<meta>` whose charset is one followed, skipping comments and the attributes of other tags.
    static func meta(_ b: [UInt8]) -> CharsetDeclaration? {
        var i = 0
        while i < b.count {
            guard b[i] == ascii("<") else { i += 1; continue }
            if starts(b, i, "<!--") {
                // The comment ends at the first "-->" after "<!", so "<!-->" is a whole comment.
                i = find(b, from: i + 2, "-->").map { $0 + 3 } ?? b.count
            } else if starts(b, i, "<meta"), i + 5 < b.count, isSpace(b[i + 5]) || b[i + 5] == ascii("/") {
                var position = i + 5
                var attributes: [String: String] = [:]
                while let (name, value) = attribute(b, &position) { if attributes[name] == nil { attributes[name] = value } }
                i = position
                let label = attributes["charset"]
                    ?? (attributes["http-equiv"] == "content-type" ? attributes["content"].flatMap(charset(inContent:)) : nil)
                if let label, let encoding = encoding(label: label, source: .meta) {
                    return CharsetDeclaration(encoding: encoding, label: label.trimmingCharacters(in: .whitespaces), source: .meta)
                }
            } else if i + 1 < b.count, isLetter(b[i + 1]) || (b[i + 1] == ascii("/") && i + 2 < b.count && isLetter(b[i + 2])) {
                // Another tag: its attributes are skipped whole, so that a ">" or "<meta" in a quoted value is not taken.
                var position = i + 1
                while position < b.count, !isSpace(b[position]), b[position] != ascii(">") { position += 1 }
                while attribute(b, &position) != nil {}
                i = position
            } else if starts(b, i, "<!") || starts(b, i, "</") || starts(b, i, "<?") {
                i = find(b, from: i + 1, ">").map { $0 + 1 } ?? b.count
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The next attribute of a tag from `position` (the HTML standard's "get an attribute"), nil at the tag's
    /// end; `position` is left after it, or after the tag's ">".
    static func attribute(_ b: [UInt8], _ position: inout Int) -> (String, String)? {
        var i = position
        defer { position = i }
        while i < b.count, isSpace(b[i]) || b[i] == ascii("/") { i += 1 }
        guard i < b.count else { return nil }
        if b[i] == ascii(">") { i += 1; return nil }
        let nameStart = i
        while i < b.count, !isSpace(b[i]), b[i] != ascii("/"), b[i] != ascii(">"), i == nameStart || b[i] != ascii("=") { i += 1 }
        let name = String(decoding: b[nameStart..<i], as: UTF8.self)
        while i < b.count, isSpace(b[i]) { i += 1 }
        guard i < b.count, b[i] == ascii("=") else { return (name, "") }
        i += 1
        while i < b.count, isSpace(b[i]) { i += 1 }
        guard i < b.count else { return (name, "") }
        if b[i] == ascii("\"") || b[i] == ascii("'") {
            let quote = b[i]
            let valueStart = i + 1
            i = valueStart
            while i < b.count, b[i] != quote { i += 1 }
            let value = String(decoding: b[valueStart..<i], as: UTF8.self)
            if i < b.count { i += 1 }
            return (name, value)
        }
        let valueStart = i
        while i < b.count, !isSpace(b[i]), b[i] != ascii(">") { i += 1 }
        return (name, String(decoding: b[valueStart..<i], as: UTF8.self))
    }

    /// The charset of a Content-Type value ("text/html; charset=windows-1252"), as the HTML standard reads it.
    static func charset(inContent content: String) -> String? {
        let b = Array(content.utf8)
        var from = 0
        while let found = find(b, from: from, "charset") {
            var i = found + 7
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == ascii("=") else { from = found + 7; continue }
            i += 1
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count else { return nil }
            if b[i] == ascii("\"") || b[i] == ascii("'") {
                let quote = b[i]
                guard let end = b[(i + 1)...].firstIndex(of: quote) else { return nil }
                return String(decoding: b[(i + 1)..<end], as: UTF8.self)
            }
            let start = i
            while i < b.count, !isSpace(b[i]), b[i] != ascii(";") { i += 1 }
            return String(decoding: b[start..<i], as: UTF8.self)
        }
        return nil
    }

    // MARK: - The XML declaration

    /// The encoding of `<?xml version="1.0" encoding="…"?>` at the start of the bytes (white space before it allowed).
    static func xmlDeclaration(_ b: [UInt8]) -> CharsetDeclaration? {
        var i = 0
        while i < b.count, isSpace(b[i]) { i += 1 }
        guard starts(b, i, "<?xml"), let end = find(b, from: i + 5, "?>"),
              let key = find(Array(b[..<end]), from: i + 5, "encoding") else { return nil }
        var j = key + 8
        while j < end, isSpace(b[j]) { j += 1 }
        guard j < end, b[j] == ascii("=") else { return nil }
        j += 1
        while j < end, isSpace(b[j]) { j += 1 }
        guard j < end, b[j] == ascii("\"") || b[j] == ascii("'") else { return nil }
        let quote = b[j]
        guard let close = b[(j + 1)..<end].firstIndex(of: quote) else { return nil }
        let label = String(decoding: b[(j + 1)..<close], as: UTF8.self)
        guard let encoding = encoding(label: label, source: .xmlDeclaration) else { return nil }
        return CharsetDeclaration(encoding: encoding, label: label, source: .xmlDeclaration)
    }

    // MARK: - Bytes

    @inline(__always) private static func ascii(_ c: Unicode.Scalar) -> UInt8 { UInt8(c.value) }
    @inline(__always) private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    private static func starts(_ b: [UInt8], _ i: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= b.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where b[i + k] != p[k] { return false }
        return true
    }

    private static func find(_ b: [UInt8], from start: Int, _ needle: StaticString) -> Int? {
        var i = max(0, start)
        while i + needle.utf8CodeUnitCount <= b.count {
            if starts(b, i, needle) { return i }
            i += 1
        }
        return nil
    }
}
