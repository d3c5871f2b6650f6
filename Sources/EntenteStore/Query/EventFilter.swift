import EntenteCore

/// Which events a query or export takes; every field left nil takes all.
public struct EventFilter: Sendable {
    /// An actor code prefix or a country, as source or target ("RUS", "RUSGOV", "IGOUNO").
    public var actor: String?
    /// Source and target: a dyad, each an actor code prefix or a country.
    public var source: String?
    public var target: String?
    /// Source and target in either direction.
    public var eitherDirection = false
    /// An ISO alpha-3 country, the source's or the target's.
    public var country: String?
    /// A CAMEO code or any of its leading digits: "16" takes the root, "163" the code and its children.
    public var code: String?
    /// A two-digit CAMEO root.
    public var root: String?
    public var quadClass: Int?
    public var modality: String?
    /// A speaker's code prefix or country, or words of its text (ignoring case), on any mention of the event.
    public var speaker: String?
    /// Days, inclusive, as YYYYMMDD.
    public var from: Int?
    public var to: Int?
    /// Words in any mention's evidence, ignoring case.
    public var text: String?
    /// Only events with a mention that hangs on a condition (true), or with one that does not (false).
    public var conditional: Bool?
    /// Events placed in a country or first-level division.
    public var place: PlaceFilter?
    /// Events placed near a point.
    public var near: NearFilter?
    public var limit: Int?

    public init() {}

    /// The WHERE clause (starting " WHERE", or empty) and its values. Conditions on mentions (speaker, text,
    /// condition) ask for some mention `m` of the event; with `mentionScoped`, the query itself reads
    /// `mentions m` joined to `events`, and they apply to that mention.
    func whereClause(mentionScoped: Bool = false) -> (sql: String, values: [SQLValue]) {
        var conditions: [String] = []
        var values: [SQLValue] = []
        func mention(_ condition: String) -> String {
            mentionScoped ? condition : "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND \(condition))"
        }
        func actorMatch(_ side: String, _ value: String) -> String {
            values += [.text(value + "%"), .text(value)]
            return "(\(side)_code LIKE ? OR \(side)_country = ?)"
        }
        if let actor {
            let source = actorMatch("source", actor), target = actorMatch("target", actor)
            conditions.append("(\(source) OR \(target))")
        }
        if source != nil || target != nil {
            func dyad(_ a: String?, _ b: String?) -> String {
                var parts: [String] = []
                if let a { parts.append(actorMatch("source", a)) }
                if let b { parts.append(actorMatch("target", b)) }
                return "(" + parts.joined(separator: " AND ") + ")"
            }
            conditions.append(eitherDirection ? "(\(dyad(source, target)) OR \(dyad(target, source)))" : dyad(source, target))
        }
        if let country {
            conditions.append("(events.source_country = ? OR events.target_country = ?)")
            values += [.text(country), .text(country)]
        }
        if let code { conditions.append("code LIKE ?"); values.append(.text(code + "%")) }
        if let root { conditions.append("root_code = ?"); values.append(.text(root)) }
        if let quadClass { conditions.append("quad_class = ?"); values.append(.int(Int64(quadClass))) }
        // Qualified: `mentions` has a modality column too (the same value, as modality is part of the event's identity).
        if let modality { conditions.append("events.modality = ?"); values.append(.text(modality)) }
        // An undated event (day 0) is outside every date range, `to` alone included.
        if from != nil || to != nil { conditions.append("day > 0") }
        if let from { conditions.append("day >= ?"); values.append(.int(Int64(from))) }
        if let to { conditions.append("day <= ?"); values.append(.int(Int64(to))) }
        if let speaker {
            conditions.append(mention("(m.speaker_code LIKE ? OR m.speaker_country = ? OR LOWER(m.speaker_text) LIKE ?)"))
            values += [.text(speaker + "%"), .text(speaker), .text("%" + speaker.lowercased() + "%")]
        }
        if let text {
            conditions.append(mention("LOWER(m.evidence) LIKE ?"))
            values.append(.text("%" + text.lowercased() + "%"))
        }
        if let conditional { conditions.append(mention(conditional ? "m.condition_text IS NOT NULL" : "m.condition_text IS NULL")) }
        switch place?.area {
        case .country(let code)?: conditions.append("events.geo_country = ?"); values.append(.text(code))
        case .division(let code)?: conditions.append("UPPER(events.geo_adm1) = ?"); values.append(.text(code))
        case nil: break
        }
        if let near {
            let b = near.box
            conditions.append("events.geo_lat BETWEEN ? AND ? AND events.geo_lon BETWEEN ? AND ?")
            values += [.double(b.minLatitude), .double(b.maxLatitude), .double(b.minLongitude), .double(b.maxLongitude)]
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), values)
    }
}
