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
            do { date = try ArticleDateReader.read(raw) } catch {
                throw EntenteError(.invalidDate, file: file, line: number, error.message)
            }
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

    /// Parses a date in a common format (see `ArticleDateReader`); nil for anything else or an impossible date.
    public static func parseDate(_ raw: String) -> SimpleDate? { try? ArticleDateReader.read(raw) }
}
