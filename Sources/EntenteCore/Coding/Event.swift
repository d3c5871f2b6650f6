/// How the text presents an event: as fact, denied, possible, or to come.
public enum Modality: String, Sendable, Hashable, CaseIterable {
    case asserted, negated, hypothetical, future
}

/// The antecedent of a conditional statement: its text and, where codable, its event.
public struct Condition: Sendable {
    public var text: String
    /// The antecedent as an event (at most one), kept in an array so the type can nest.
    public var events: [Event]
}

/// One coded event: who did what to whom, when, how certainly, in whose words, with its evidence.
public struct Event: Sendable {
    public var article: String
    public var sentence: Int
    /// Evidence offsets in the article text (Unicode scalars).
    public var span: (start: Int, end: Int)
    public var source: Actor
    public var target: Actor?
    public var code: CameoCode
    public var modality: Modality
    public var date: SimpleDate?
    /// Whether the event is negated, beside its modality: true for `negated`, and for a hypothetical,
    /// future or conditional event that is denied ("would not attack", "unless Seoul stops").
    public var negated: Bool = false
    public var speaker: Actor?
    public var condition: Condition?
    public var evidence: String
    public var pattern: String
    /// Where it took place, where the text says (nil when places are not looked for).
    public var location: EventLocation?
    /// Token index of the pattern's head, for ordering within a sentence.
    var head: Int = 0
    /// 0 for a main-clause verb, higher for subordinate predicates: the principal event has the lowest.
    var rank: Int = 0
    /// Whether the event comes from a reporting verb ("said"), coded only when nothing else is.
    var isReport: Bool = false
    /// Whether the source commits itself to the act (promises it, or says it will do it): the act is
    /// then preceded by the expression of that intent (`EventCoder.withIntents`).
    var isCommitment: Bool = false
}
