import Foundation

/// Turns input records into articles: JSON Lines objects and plain text, with dates in common formats.
public enum ArticleParser {
    /// Parses one JSON Lines record (`{"id", "date", "title", "text"}`); `file` and `line` name it in errors.
    public static func parseJSONLine(_ line: Substring, file: String, line number: Int) throws(EntenteError) -> Article {
        try parseJSONRecord(line, file: file, line: number).article
    }

    /// The article of a JSON Lines record and the record's other fields (gold labels, for instance).
    static func parseJSONRecord(_ line: Substring, file: String, line number: Int) throws(EntenteError) -> (article: Article, fields: [String: Any]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        } catch {
            throw EntenteError(.malformedJSON, file: file, line: number, "expected one JSON object per line (\(shortReason(error)))")
        }
        guard let dictionary = object as? [String: Any] else {
            throw EntenteError(.malformedJSON, file: file, line: number, "expected a JSON object, found \(type(of: object))")
        }
        guard let text = dictionary["text"] as? String else {
            throw EntenteError(.missingField, file: file, line: number, "expected a string field \"text\"")
        }
        let id: String
        switch dictionary["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = "\(URL(fileURLWithPath: file).lastPathComponent):\(number)"
        }
        var date: SimpleDate?
        if let raw = dictionary["date"] as? String, !raw.isEmpty {
            guard let parsed = parseDate(raw) else {
                throw EntenteError(.invalidDate, file: file, line: number, "unknown date format '\(raw)' (expected YYYY-MM-DD or another common form)")
            }
            date = parsed
        } else if let raw = dictionary["date"], !(raw is NSNull) {
            throw EntenteError(.invalidDate, file: file, line: number, "expected \"date\" as a string or null")
        }
        let url = (dictionary["url"] as? String) ?? (dictionary["link"] as? String)
        let article = Article(id: id, date: date, title: dictionary["title"] as? String, text: text, source: dictionary["source"] as? String, url: url)
        return (article, dictionary)
    }

    private static func shortReason(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo["NSDebugDescription"] as? String { return detail }
        return "not valid JSON"
    }

    /// Parses a date in a common format: `2024-05-14`, `2024-05-14T10:00:00Z`, `20240514`, `2024/05/14`,
    /// `2024-05`, `2024`, `14 May 2024`, `May 14, 2024`, `Tue, 14 May 2024 10:00:00 GMT`. Nil for anything
    /// else or an impossible date.
    public static func parseDate(_ raw: String) -> SimpleDate? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let date = SimpleDate(iso: s) { return date }
        if s.count >= 10, s.dropFirst(10).first.map({ $0 == "T" || $0 == " " }) == true,
           let date = SimpleDate(iso: String(s.prefix(10))), date.day != nil {
            return date
        }
        if s.count == 8, s.allSatisfy(\.isNumber) {
            return SimpleDate(iso: "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))")
        }
        if s.count == 10, s.contains("/") {
            return SimpleDate(iso: s.replacingOccurrences(of: "/", with: "-"))
        }
        // Word forms: strip a weekday and a time.
        var words = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map { $0.lowercased() }
        if let first = words.first, MonthNames.weekdays.keys.contains(where: { $0.hasPrefix(first.prefix(3)) }), MonthNames.month(first) == nil, Int(first) == nil {
            words.removeFirst()
        }
        words = words.filter { !$0.contains(":") && !["gmt", "utc", "z"].contains($0) && !$0.hasPrefix("+") && !($0.hasPrefix("-") && $0.count == 5) }
        guard words.count == 3 else { return nil }
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if let m = MonthNames.month(word) { month = m } else if let n = Int(word) {
                if word.count == 4 { year = n } else { day = n }
            }
        }
        guard let day, let month, let year else { return nil }
        return SimpleDate(iso: String(format: "%04d-%02d-%02d", year, month, day))
    }
}
