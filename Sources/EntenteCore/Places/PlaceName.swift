import Foundation

/// The form in which place names are compared: lower case, accents dropped, typographic apostrophes
/// and dashes made plain, a trailing apostrophe or full stop dropped ("Karbala'" and "Karbala" are one
/// name; the tokenizer splits the apostrophe off).
enum PlaceName {
    /// `name` folded.
    static func fold(_ name: String) -> String {
        // Most names are plain ASCII with no apostrophe or full stop to trim: lower case is all there is to do.
        let utf8 = name.utf8
        if let last = utf8.last, last != UInt8(ascii: "'"), last != UInt8(ascii: "."), last != UInt8(ascii: " "),
           utf8.first != UInt8(ascii: "'"), utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? name.lowercased() : name
        }
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars { append(scalar, to: &out) }
        while let last = out.last, last == "'" || last == "." || last == " " { out.removeLast() }
        while let first = out.first, first == "'" { out.removeFirst() }
        return String(out)
    }

    /// Appends `scalar` folded to `out`: ASCII directly, other letters through their canonical
    /// decomposition with combining marks dropped ("Ḩimş" → "hims").
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            let v = scalar.value
            out.append(v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : scalar)
            return
        }
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'")
        case "\u{02BF}", "\u{02BE}": break
        case "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": out.append("-")
        default:
            for part in String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
            where !(0x300...0x36F).contains(part.value) {
                out.append(part)
            }
        }
    }
}
