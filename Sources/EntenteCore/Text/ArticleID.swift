/// The rule for the ids of stored articles: 1 to 256 characters, without control characters (they cannot be
/// shown, and some cannot travel in a URL) and other than "." and ".." (which clients remove from URLs), so
/// that every article stored can be read back at `/api/articles/{id}`. `entente ingest` and
/// `POST /api/articles` refuse other ids; the API document states this very pattern.
public enum ArticleID {
    public static let pattern = WholeValuePattern("(?!\\.\\.?(?![\\s\\S]))[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]+")
    public static let maxLength = 256
    public static let meaning = "1 to 256 characters without control characters, other than . and .."

    /// Whether `id` may be stored.
    public static func accepts(_ id: String) -> Bool {
        id.unicodeScalars.count <= maxLength && pattern.matches(id)
    }
}
