/// One word, number or punctuation mark of an article, with its offsets in Unicode scalars.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation, quote
    }

    /// Offset of the first scalar in the article text.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// The token as written.
    public var text: String
    /// Lower-cased, with typographic quotes, apostrophes and dashes folded and compatibility forms normalised.
    public var norm: String
    public var kind: Kind
    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool
    /// Number of line breaks between this token and the previous one.
    public var newlinesBefore: Int
    /// Whether white space separates this token from the previous one.
    public var spaceBefore: Bool

    /// Whether every letter of the token is upper case (and it has at least two letters).
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where ScalarClass.isAlphabetic(scalar) {
            if ScalarClass.isLowercase(scalar) { return false }
            letters += 1
        }
        return letters >= 2
    }
}
