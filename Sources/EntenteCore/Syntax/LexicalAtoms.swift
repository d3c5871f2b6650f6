/// What the tagger and parser know of a word on its own: hashes of its lower-cased form, its written
/// form, its first letter, its last three letters and its shape ("Xxxxx", "dddd", "X.X.").
///
/// Hashed straight from the scalars, with no string made: this runs for every token of every article.
public struct LexicalAtoms: Sendable, Hashable {
    public var norm: UInt64
    public var text: UInt64
    public var prefix: UInt64
    public var suffix: UInt64
    public var shape: UInt64

    /// The atoms of a token as Entente's tokenizer wrote it.
    public init(_ token: Token) {
        self.init(text: token.text, norm: token.norm)
    }

    public init(text: String, norm: String) {
        self.norm = FeatureHash.string(norm)
        self.text = FeatureHash.string(text)
        let scalars = norm.unicodeScalars
        var first = FNV()
        if let s = scalars.first { first.add(s) }
        prefix = first.value
        var last = FNV()
        for s in scalars.suffix(3) { last.add(s) }
        suffix = last.value ^ 0x5bd1_e995
        var shape = FNV()
        var previous: Unicode.Scalar = " "
        var run = 0
        // spaCy's word shape: letters as X or x, digits as d, other characters as they are; a run of
        // one kind longer than four is cut to four.
        for scalar in text.unicodeScalars {
            let kind: Unicode.Scalar
            if ScalarClass.isDigit(scalar) {
                kind = "d"
            } else if ScalarClass.isAlphabetic(scalar) {
                kind = ScalarClass.isUppercase(scalar) ? "X" : "x"
            } else {
                kind = scalar
            }
            if kind == previous { run += 1 } else { run = 1; previous = kind }
            if run <= 4 { shape.add(kind) }
        }
        self.shape = shape.value ^ 0x2f0b_3c4d
    }
}

/// FNV-1a over the UTF-8 bytes of scalars added one at a time; equal to `FeatureHash.string` of their string.
private struct FNV {
    private var h: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            h = (h ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
        } else {
            UTF8.encode(scalar) { byte in h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
    }

    var value: UInt64 { h | 1 }
}
