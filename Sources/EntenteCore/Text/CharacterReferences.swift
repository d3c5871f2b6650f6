import Foundation

/// Character references (`&amp;`, `&eacute`, `&#8217;`, `&#x2019;`) decoded as the WHATWG HTML tokenizer
/// does: every named reference of the standard (`HTMLEntities.swift`), the longest name that matches, the
/// legacy names without ";" where the standard accepts them, and numeric references with its replacements.
public enum CharacterReferences {
    /// The text of `text` with its character references decoded; `inAttribute` for an attribute's value,
    /// where a legacy name without ";" followed by "=" or a letter or digit is left as it is (`?a=1&copy=2`).
    /// Text without "&" is given back as it is, without a copy.
    public static func decode(_ text: String, inAttribute: Bool = false) -> String {
        var text = text
        let decoded: String? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil else { return nil }
            return decode(bytes, inAttribute: inAttribute)
        }
        return decoded ?? text
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0   // bytes before this index are in `out`
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "&") else { i += 1; continue }
            guard let (length, first, second) = reference(bytes, at: i, inAttribute: inAttribute) else { i += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
            UTF8.encode(first) { out.append($0) }
            if let second { UTF8.encode(second) { out.append($0) } }
            i += length
            copied = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return String(decoding: out, as: UTF8.self)
    }

    /// The reference at `amp` (an "&"): how many bytes it takes and its one or two code points; nil where
    /// the "&" starts none, and stays as it is.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at amp: Int, inAttribute: Bool)
        -> (length: Int, first: Unicode.Scalar, second: Unicode.Scalar?)? {
        let start = amp + 1
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "#") {
            var j = start + 1
            let hex = j < bytes.count && bytes[j] | 0x20 == UInt8(ascii: "x")
            if hex { j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < bytes.count, let digit = digitValue(bytes[j], hex: hex) {
                // Past U+10FFFF the value only has to stay too large.
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
                j += 1
            }
            guard j > digitsStart else { return nil }   // "&#" or "&#x" without digits is text
            if j < bytes.count, bytes[j] == UInt8(ascii: ";") { j += 1 }
            return (j - amp, numericScalar(value), nil)
        }
        var end = start
        while end < bytes.count, end - start < longestName, isASCIIAlphanumeric(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        // The longest name that matches: the whole run of letters and digits with its ";", else the longest
        // legacy name (at most six letters) that begins it.
        if end < bytes.count, bytes[end] == UInt8(ascii: ";"), let scalars = withSemicolon[key(bytes, start, end)] {
            return (end + 1 - amp, scalars.0, scalars.1)
        }
        var legacyEnd = min(end, start + longestLegacyName)
        while legacyEnd > start + 1 {
            if let scalars = legacy[key(bytes, start, legacyEnd)] {
                // In an attribute value "&copy=2" is part of a URL, not a reference.
                if inAttribute, legacyEnd < bytes.count, bytes[legacyEnd] == UInt8(ascii: "=") || isASCIIAlphanumeric(bytes[legacyEnd]) {
                    return nil
                }
                return (legacyEnd - amp, scalars.0, scalars.1)
            }
            legacyEnd -= 1
        }
        return nil
    }

    /// The character of a numeric reference as the standard gives it: U+FFFD for 0, surrogates and values
    /// past U+10FFFF; 0x80–0x9F as windows-1252 reads those bytes.
    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value) { return Unicode.Scalar(TextDecoding.cp1252High[Int(value) - 0x80]) ?? "\u{FFFD}" }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    /// Names ending in ";", keyed without it.
    static let withSemicolon: [String: (Unicode.Scalar, Unicode.Scalar?)] = table(semicolon: true)
    /// The legacy names, accepted without ";".
    static let legacy: [String: (Unicode.Scalar, Unicode.Scalar?)] = table(semicolon: false)
    /// Letters and digits of the longest name, and of the longest legacy name.
    static let longestName = 31
    static let longestLegacyName = 6

    private static func table(semicolon: Bool) -> [String: (Unicode.Scalar, Unicode.Scalar?)] {
        var table: [String: (Unicode.Scalar, Unicode.Scalar?)] = [:]
        for entry in namedTable where entry.name.hasSuffix(";") == semicolon {
            guard let first = Unicode.Scalar(entry.first) else { continue }
            table[semicolon ? String(entry.name.dropLast()) : entry.name] = (first, entry.second == 0 ? nil : Unicode.Scalar(entry.second))
        }
        return table
    }

    /// A name's letters as a dictionary key; names up to 15 letters make small strings, without allocation.
    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        guard hex else { return nil }
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x66 ? UInt32(lower - 0x61 + 10) : nil
    }
}
