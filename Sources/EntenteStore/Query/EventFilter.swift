/// Which events a query or export takes; every field left nil takes all.
public struct EventFilter: Sendable {
    /// An actor code prefix or a country, as source or target ("RUS", "RUSGOV", "IGOUNO").
    public var actor: String?
    /// Source and target: a dyad, each an actor code prefix or a country.
    public var source: String?
    public var target: String?
    /// Source and target in either direction.
    public var eitherDirection = false
    /// A CAMEO code or any of its leading digits: "16" takes the root, "163" the code and its children.
    public var code: String?
    public var quadClass: Int?
    public var modality: String?
    /// A speaker's code prefix or country, on any mention of the event.
    public var speaker: String?
    /// Days, inclusive, as YYYYMMDD.
    public var from: Int?
    public var to: Int?
    /// Words in any mention's evidence, ignoring case.
    public var text: String?
    public var limit: Int?

    public init() {}

    /// The WHERE clause (starting " WHERE", or empty) and its values.
    func whereClause() -> (sql: String, values: [SQLValue]) {
        var conditions: [String] = []
        var values: [SQLValue] = []
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
        if let code { conditions.append("code LIKE ?"); values.append(.text(code + "%")) }
        if let quadClass { conditions.append("quad_class = ?"); values.append(.int(Int64(quadClass))) }
        if let modality { conditions.append("modality = ?"); values.append(.text(modality)) }
        if let from { conditions.append("day >= ?"); values.append(.int(Int64(from))) }
        if let to { conditions.append("day <= ?"); values.append(.int(Int64(to))) }
        if let speaker {
            conditions.append("EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND (m.speaker_code LIKE ? OR m.speaker_country = ?))")
            values += [.text(speaker + "%"), .text(speaker)]
        }
        if let text {
            conditions.append("EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND LOWER(m.evidence) LIKE ?)")
            values.append(.text("%" + text.lowercased() + "%"))
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), values)
    }
}
