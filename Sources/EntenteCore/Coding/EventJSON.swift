/// Writes events as the JSON objects of the output contract, fields in a fixed order.
public enum EventJSON {
    /// One JSON object (no newline).
    public static func encode(_ event: Event) -> String {
        var out = ""
        out.reserveCapacity(512 + event.evidence.utf8.count)
        write(event, into: &out)
        return out
    }

    /// Appends one JSON object (no newline) to `out`.
    public static func write(_ e: Event, into out: inout String) {
        out += "{\"article\":"
        string(e.article, &out)
        out += ",\"sentence\":\(e.sentence),\"span\":[\(e.span.start),\(e.span.end)],\"source\":"
        actor(e.source, withSpan: true, &out)
        out += ",\"target\":"
        if let target = e.target { actor(target, withSpan: true, &out) } else { out += "null" }
        out += ",\"code\":"
        string(e.code.code, &out)
        out += ",\"root\":"
        string(e.code.root, &out)
        out += ",\"quad_class\":\(e.code.quadClass),\"goldstein\":\(number(e.code.goldstein)),\"plover\":"
        if let plover = e.code.plover { string(plover, &out) } else { out += "null" }
        out += ",\"modality\":"
        string(e.modality.rawValue, &out)
        out += e.negated ? ",\"negated\":true" : ",\"negated\":false"
        out += ",\"date\":"
        if let date = e.date { string(date.description, &out) } else { out += "null" }
        out += ",\"speaker\":"
        if let speaker = e.speaker { actor(speaker, withSpan: false, &out) } else { out += "null" }
        out += ",\"condition\":"
        if let condition = e.condition {
            out += "{\"text\":"
            string(condition.text, &out)
            out += ",\"event\":"
            if let inner = condition.events.first { write(inner, into: &out) } else { out += "null" }
            out += "}"
        } else {
            out += "null"
        }
        out += ",\"evidence\":"
        string(e.evidence, &out)
        out += ",\"pattern\":"
        string(e.pattern, &out)
        out += ",\"location\":"
        if let location = e.location { self.location(location, &out) } else { out += "null" }
        out += "}"
    }

    static func actor(_ a: Actor, withSpan: Bool, _ out: inout String) {
        out += "{\"code\":"
        string(a.code, &out)
        out += ",\"country\":"
        if let country = a.country { string(country, &out) } else { out += "null" }
        out += ",\"text\":"
        string(a.text, &out)
        if withSpan {
            out += ",\"span\":[\(a.start),\(a.end)]"
            // Present only where the words are a pronoun or a description resolved to an earlier name.
            if let words = a.refersTo {
                out += ",\"refers_to\":{\"text\":"
                string(words.text, &out)
                out += ",\"span\":[\(words.start),\(words.end)]}"
            }
        }
        out += "}"
    }

    /// A number as JSON with at most `decimals` decimals and one at least: a Goldstein value ("-8.0", "3.4"),
    /// a coordinate (four decimals, about 10 m).
    public static func number(_ value: Double, decimals: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() ? "\(Int(rounded)).0" : "\(rounded)"
    }

    /// Appends `s` as a JSON string literal.
    public static func string(_ s: String, _ out: inout String) {
        out.append("\"")
        // Most strings need no escape: append them whole rather than scalar by scalar. (0xE2 leads the
        // UTF-8 of U+2028 and U+2029, which JSON readers in browsers reject unescaped.)
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out += s
            out.append("\"")
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
