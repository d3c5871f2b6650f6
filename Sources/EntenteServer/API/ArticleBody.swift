import EntenteCore

/// Reads the body of `POST /api/articles`: one article object (`{"id", "date", "title", "text"}`), or JSON
/// Lines of them, in the format `entente code` reads.
enum ArticleBody {
    /// Stands for the file in the parser's messages; the parser names an article without an id after it.
    static let label = "request-body"

    static func parse(_ bytes: [UInt8]) throws(EntenteError) -> [Article] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw EntenteError(.invalidUTF8, file: label, line: nil, "the request body is not valid UTF-8")
        }
        let lines = text.split(whereSeparator: \.isNewline).enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
        guard !lines.isEmpty else { throw EntenteError(.missingField, file: label, line: nil, "the request body is empty: send an article {\"id\", \"date\", \"title\", \"text\"}") }
        do {
            // A whole body that is one object, pretty-printed or not.
            return [try withID(ArticleParser.parseJSONLine(Substring(text), file: label, line: 1), line: nil)]
        } catch where lines.count > 1 && error.kind == .malformedJSON {
            return try lines.map { (offset, line) throws(EntenteError) in
                try withID(ArticleParser.parseJSONLine(line, file: label, line: offset + 1), line: offset + 1)
            }
        }
    }

    /// The parser invents `file:line` for a record without an id; an API client must name its articles so
    /// that it can find them again and so that sending one twice is caught.
    private static func withID(_ article: Article, line: Int?) throws(EntenteError) -> Article {
        guard !article.id.hasPrefix(label + ":"), !article.id.isEmpty else {
            throw EntenteError(.missingField, file: label, line: line, "each article needs a string field \"id\"")
        }
        var cleaned = article
        guard cleaned.removeNULs() == 0 else {
            throw EntenteError(.encoding, file: label, line: line, "article '\(cleaned.id)' contains NUL characters (\\u0000); send the text without them")
        }
        guard !article.text.allSatisfy(\.isWhitespace) else {
            throw EntenteError(.missingField, file: label, line: line, "article '\(article.id)' has no text")
        }
        return article
    }
}
