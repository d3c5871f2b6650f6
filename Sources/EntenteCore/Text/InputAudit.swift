/// Checks each article a reader passes on against the ones before it: empty articles and ids repeated
/// with other text are reported, and the articles are kept all the same (nothing a scraper sent is lost).
public struct InputAudit: Sendable {
    /// Where each id was first seen and a hash of its text: a hash rather than the text, so memory stays
    /// small on millions of articles.
    private var seen: [String: (textHash: Int, file: String, line: Int?)] = [:]

    public init() {}

    /// What is worth a warning about `article`, read from `file` at `line`.
    public mutating func check(_ article: Article, file: String, line: Int?) -> [EntenteError] {
        var warnings: [EntenteError] = []
        if article.text.unicodeScalars.allSatisfy({ ScalarClass.isSpace($0) }) {
            warnings.append(EntenteError(.emptyArticle, file: file, line: line, "article '\(article.id)' has no text; nothing to code"))
        }
        var hasher = Hasher()
        hasher.combine(article.title)
        hasher.combine(article.text)
        let hash = hasher.finalize()
        if let first = seen[article.id] {
            if first.textHash != hash {
                let place = first.file + (first.line.map { ":\($0)" } ?? "")
                warnings.append(EntenteError(.duplicate, file: file, line: line,
                                             "article id '\(article.id)' was first seen at \(place) with other text; both are kept"))
            }
        } else {
            seen[article.id] = (hash, file, line)
        }
        return warnings
    }
}
