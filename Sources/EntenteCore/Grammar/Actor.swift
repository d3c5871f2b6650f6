/// A resolved actor: a CAMEO actor code, its country, and the words that name it.
public struct Actor: Sendable, Hashable {
    /// Full CAMEO actor code (`RUSGOVDIP`, `IGOUNO`, `MIL`).
    public var code: String
    /// ISO alpha-3 of the state the actor belongs to, if any.
    public var country: String?
    /// The words of the text that name it.
    public var text: String
    /// Offsets of `text` in the article, in Unicode scalars.
    public var start: Int
    public var end: Int
    /// Where `text` is a pronoun or a description ("he", "its", "the minister"), the earlier words of the
    /// article that name whom it stands for: the evidence of how the actor was resolved.
    public var refersTo: NamingWords?

    public init(code: String, country: String?, text: String, start: Int, end: Int, refersTo: NamingWords? = nil) {
        self.code = code
        self.country = country
        self.text = text
        self.start = start
        self.end = end
        self.refersTo = refersTo
    }
}

/// Words of an article that name an actor, and their offsets in the article, in Unicode scalars. Made by the
/// coder only (its memberwise initialiser), read by everyone.
public struct NamingWords: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
}

/// An actor phrase found in a sentence: one actor, or several joined by "and".
public struct ActorMention: Sendable {
    /// What kind of phrase it is, for coreference and grammar.
    public enum Kind: Sendable, Hashable {
        case state, organisation, person, role, pronoun, firstPerson
    }

    /// Token range in the document.
    public var tokens: Range<Int>
    public var members: [Actor]
    public var kind: Kind
    /// Whether the phrase is followed by a possessive 's or is a country adjective (a nominal event's source).
    public var isModifier: Bool = false
    /// A pronoun's word ("he", "they", "our"), resolved later.
    public var pronoun: String?
    /// Whether the phrase names a single person (for "he"/"she").
    public var isPerson: Bool { kind == .person }
    /// The states its members belong to.
    var countries: Set<String> { Set(members.compactMap(\.country)) }
}
