import EntenteCore

/// The formats events are written in by `entente events` and `entente export`.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// GDELT 2.0 event rows: 61 tab-separated columns in the codebook's order.
    case gdelt
    /// PLOVER-style JSON, one event a line, with our modality and speakers.
    case plover
    /// Comma-separated values with a header line.
    case csv
    /// One JSON object a line: the event with its counts and its mentions as `entente code` writes them.
    case jsonl
    /// Aligned columns for a person.
    case table

    /// Whether the format needs the events' mentions.
    public var needsMentions: Bool { self == .jsonl || self == .plover || self == .csv }

    /// The lines of `events` in this format (a header first where the format has one).
    public func lines(_ events: [StoredEvent]) -> [String] {
        switch self {
        case .gdelt: return events.map(GDELTRow.line)
        case .plover: return events.map(PloverJSON.line)
        case .jsonl: return events.map(StoredEventJSON.line)
        case .csv: return [EventCSV.header] + events.map(EventCSV.line)
        case .table: return EventTable.lines(events)
        }
    }
}

extension StoredActor {
    /// `{"code", "country", "name"}`.
    func json(_ out: inout String) {
        out += "{\"code\":"
        EventJSON.string(code, &out)
        out += ",\"country\":"
        if let country { EventJSON.string(country, &out) } else { out += "null" }
        out += ",\"name\":"
        EventJSON.string(name, &out)
        out += "}"
    }
}

/// Small JSON helpers shared by the JSON formats.
enum JSONField {
    static func string(_ key: String, _ value: String?, _ out: inout String) {
        out += ",\"\(key)\":"
        if let value { EventJSON.string(value, &out) } else { out += "null" }
    }

    static func strings(_ key: String, _ values: [String], _ out: inout String) {
        out += ",\"\(key)\":["
        for (i, value) in values.enumerated() {
            if i > 0 { out += "," }
            EventJSON.string(value, &out)
        }
        out += "]"
    }
}
