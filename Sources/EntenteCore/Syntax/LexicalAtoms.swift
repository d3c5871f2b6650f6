/// What the tagger and parser know of a word on its own: hashes of its lower-cased form, its written
/// form, its first letter, its last three letters and its shape ("Xxxxx", "dddd", "X.X.").
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
        let scalars = Array(norm.unicodeScalars)
        prefix = FeatureHash.string(scalars.isEmpty ? "" : String(scalars[0]))
        var suffixView = String.UnicodeScalarView()
        suffixView.append(contentsOf: scalars.suffix(3))
        suffix = FeatureHash.string(String(suffixView)) ^ 0x5bd1_e995
        shape = FeatureHash.string(Self.shape(of: text)) ^ 0x2f0b_3c4d
    }

    /// spaCy's word shape: letters as X or x, digits as d, other characters as they are; a run of one
    /// kind longer than four is cut to four.
    static func shape(of text: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = " "
        var run = 0
        for scalar in text.unicodeScalars {
            let kind: Unicode.Scalar
            if ScalarClass.isDigit(scalar) {
                kind = "d"
            } else if ScalarClass.isAlphabetic(scalar) {
                kind = ScalarClass.isUppercase(scalar) ? "X" : "x"
            } else {
                kind = scalar
            }
            if kind == last { run += 1 } else { run = 1; last = kind }
            if run <= 4 { out.append(kind) }
        }
        return String(out)
    }
}
