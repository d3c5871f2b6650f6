import EntenteCore

/// Reads the body of `POST /api/articles`: one article object, a JSON array of them, or JSON Lines of them
/// (`application/x-ndjson`, the format `entente code` reads), each checked by `ArticleInput`.
enum ArticleBody {
    /// Stands for the file in messages.
    static let label = "request-body"

    static func parse(_ bytes: [UInt8]) throws(EntenteError) -> [Article] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw EntenteError(.invalidUTF8, file: label, line: nil, "the request body is not valid UTF-8")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw EntenteError(.missingField, file: label, line: nil, "the request body is empty: send an article {\"id\", \"date\", \"title\", \"text\"}")
        }
        let whole: JSONValue
        do {
            whole = try JSONValue.parse(bytes, file: label)
        } catch {
            // Not one JSON value: JSON Lines, when there is more than one line.
            let lines = text.split(whereSeparator: \.isNewline).enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
            guard lines.count > 1 else {
                throw EntenteError(.malformedJSON, file: label, line: nil, "expected an article object, an array of them or JSON Lines of them")
            }
            return try lines.map { (offset, line) throws(EntenteError) in
                let value: JSONValue
                do { value = try JSONValue.parse(Array(line.utf8), file: label) } catch {
                    throw EntenteError(.malformedJSON, file: label, line: offset + 1, "expected one JSON object per line")
                }
                return try ArticleInput.article(value, place: "line \(offset + 1)")
            }
        }
        guard case .array(let items) = whole else { return [try ArticleInput.article(whole, place: nil)] }
        guard !items.isEmpty else { throw EntenteError(.missingField, file: label, line: nil, "the array holds no article") }
        return try items.enumerated().map { (offset, item) throws(EntenteError) in try ArticleInput.article(item, place: "item \(offset + 1)") }
    }
}
