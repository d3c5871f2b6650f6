/// Options of a coding run, with PETRARCH's names in its config and validation files.
public struct CodingOptions: Sendable, Equatable {
    /// Lengths (in words) of comma-delimited clauses to drop before coding: PETRARCH's way of ignoring
    /// appositions and trailing attributions; a `max` of 0 turns that kind off.
    public struct CommaLimits: Sendable, Equatable {
        public var min = 2, max = 8
        public var beginMin = 0, beginMax = 0
        public var endMin = 2, endMax = 8
        public init() {}
    }

    /// Code only events with both a source and a target (`require_dyad`).
    public var requireDyad = false
    /// Comma-clause limits; nil keeps every clause (Entente's own reading needs no such filter).
    public var commas: CommaLimits?
    /// PETRARCH's `new_actor_length`: the longest unknown noun phrase taken as an actor (0: none).
    /// Entente does not make actors from unknown phrases, so only 0 is honoured.
    public var newActorLength = 0
    /// Whether a compound subject with no target acts towards its own members ("Moscow and Seoul maintain
    /// communication"); PETRARCH does so only where a pattern says so with `%`.
    public var mutualCompounds = true

    public init() {}

    /// PETRARCH's settings (`PETR_config.ini` defaults): dyads only, the default comma limits.
    public static var petrarch: CodingOptions {
        var options = CodingOptions()
        options.requireDyad = true
        options.commas = CommaLimits()
        options.mutualCompounds = false
        return options
    }

    /// Sets an option by its PETRARCH name; false for a name or value it does not know.
    @discardableResult
    public mutating func set(_ name: String, _ value: String) -> Bool {
        let lower = value.lowercased()
        if name == "require_dyad" {
            guard lower == "true" || lower == "false" else { return false }
            requireDyad = lower == "true"
            return true
        }
        guard let number = Int(value) else { return false }
        if name == "new_actor_length" { newActorLength = number; return true }
        var limits = commas ?? CommaLimits()
        switch name {
        case "comma_min": limits.min = number
        case "comma_max": limits.max = number
        case "comma_bmin": limits.beginMin = number
        case "comma_bmax": limits.beginMax = number
        case "comma_emin": limits.endMin = number
        case "comma_emax": limits.endMax = number
        default: return false
        }
        commas = limits
        return true
    }
}
