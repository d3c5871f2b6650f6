import EntenteCore

/// The filters of `entente events` and `GET /api/events`; every field left nil matches everything.
public struct EventFilter: Sendable, Equatable {
    /// A CAMEO actor code or its prefix ("RUS", "RUSGOV"), as source or target.
    public var actor: String?
    /// An ISO alpha-3 country, as the source's or the target's.
    public var country: String?
    /// Two countries, one the source's and the other the target's, either way round.
    public var dyad: Dyad?
    /// A CAMEO event code or its prefix ("112", "11").
    public var code: String?
    /// A two-digit CAMEO root ("11").
    public var root: String?
    /// A quad class, 1 (verbal cooperation) to 4 (material conflict).
    public var quadClass: Int?
    public var modality: Modality?
    /// The speaker's actor code or its prefix ("RUSGOVDIP", "RUS"), or a word of its text ("Zinoviev").
    public var speaker: String?
    /// Date range, inclusive; an event dated less precisely ("2024") matches when its period overlaps.
    public var from: SimpleDate?
    public var to: SimpleDate?
    /// Words to find in the evidence sentence, case-insensitively.
    public var text: String?
    /// Only events with a condition (true), or only those without (false).
    public var conditional: Bool?
    /// Events that took place in a country or first-level division.
    public var place: PlaceFilter?
    /// Events that took place near a point.
    public var near: NearFilter?

    public init(actor: String? = nil, country: String? = nil, dyad: Dyad? = nil, code: String? = nil, root: String? = nil,
                quadClass: Int? = nil, modality: Modality? = nil, speaker: String? = nil, from: SimpleDate? = nil,
                to: SimpleDate? = nil, text: String? = nil, conditional: Bool? = nil) {
        self.actor = actor
        self.country = country
        self.dyad = dyad
        self.code = code
        self.root = root
        self.quadClass = quadClass
        self.modality = modality
        self.speaker = speaker
        self.from = from
        self.to = to
        self.text = text
        self.conditional = conditional
    }
}

/// Two countries (ISO alpha-3), kept in the order given: the first is the one a dyad page is seen from.
public struct Dyad: Sendable, Hashable {
    public var first: String
    public var second: String

    /// Both codes must be three letters; they are upper-cased.
    public init?(_ first: String, _ second: String) {
        guard let a = Dyad.countryCode(first), let b = Dyad.countryCode(second) else { return nil }
        self.first = a
        self.second = b
    }

    /// Parses `RUS-KOR`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        self.init(String(parts[0]), String(parts[1]))
    }

    /// Whether `source` and `target` are this pair, either way round.
    public func contains(_ source: String, _ target: String) -> Bool {
        (source == first && target == second) || (source == second && target == first)
    }

    /// The same pair with its countries in alphabetical order, to count a pair once.
    public var sorted: Dyad { first <= second ? self : Dyad(unchecked: second, first) }

    public var description: String { "\(first)-\(second)" }

    private init(unchecked first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    static func countryCode(_ text: String) -> String? {
        let code = text.uppercased()
        return code.count == 3 && code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) ? code : nil
    }
}
