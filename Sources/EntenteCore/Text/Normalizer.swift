import Foundation

/// Folds the typographic variety of news text into the forms the dictionaries are written in.
enum Normalizer {
    /// Folds one scalar: curly quotes and apostrophes, dashes, non-breaking spaces.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012: return "-"
        case 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A: return " "
        default: return scalar
        }
    }

    /// The normalised, lower-cased form of a token's scalars.
    static func norm<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        if scalars.allSatisfy({ fold($0).value < 0x80 }) {
            // Most tokens: fold and lower-case the bytes directly.
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var i = 0
                for scalar in scalars {
                    var byte = UInt8(truncatingIfNeeded: fold(scalar).value)
                    if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                    buffer[i] = byte
                    i += 1
                }
                return i
            }
        }
        var view = String.UnicodeScalarView()
        var ascii = true
        for scalar in scalars {
            let folded = fold(scalar)
            if folded.value > 0x7F { ascii = false }
            view.append(folded)
        }
        let string = String(view)
        if ascii { return string.lowercased() }
        // NFKC folds ligatures and full-width forms; diacritics stay (Côte matches Côte).
        return string.precomposedStringWithCompatibilityMapping.lowercased()
    }
}
