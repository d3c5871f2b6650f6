/// Character classes of Unicode scalars, answered without the Unicode tables for ASCII.
///
/// News text is mostly ASCII, and the property tables cost a lookup per scalar: the fast path
/// makes tokenizing several times faster without changing any answer.
enum ScalarClass {
    /// Letters, digits and combining marks: what words are made of.
    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return isASCIILetter(v) || (v >= 0x30 && v <= 0x39) }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// White space, NUL and invisible format characters (zero-width joiners, soft hyphens).
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0 }
        return s.properties.isWhitespace || s.properties.generalCategory == .format
    }

    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? isASCIILetter(s.value) : s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 0x30 && s.value <= 0x39) : s.properties.numericType != nil
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 0x61 && s.value <= 0x7A) : s.properties.isLowercase
    }

    @inline(__always)
    private static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
    }

    /// The string of `scalars`, built from bytes when they are all ASCII.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var i = 0
                for s in scalars { buffer[i] = UInt8(truncatingIfNeeded: s.value); i += 1 }
                return i
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
