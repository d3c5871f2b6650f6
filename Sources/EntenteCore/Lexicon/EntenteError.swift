/// An error in input or dictionaries, naming the file and line it comes from.
public struct EntenteError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong.
    public enum Kind: String, Sendable {
        case malformedDictionary = "malformed dictionary entry"
        case malformedJSON = "malformed JSON"
        case invalidDate = "invalid date"
        case invalidUTF8 = "invalid UTF-8"
        case missingField = "missing field"
        /// A field present but against its rule (an article id with control characters, a number for a string).
        case invalidField = "invalid field"
        case unreadable = "unreadable file"
        case unknownCode = "unknown CAMEO code"
        case invalidQuery = "invalid query"
        case duplicate = "duplicate"
        case noText = "no article text"
        case database = "database error"
        /// The database cannot be reached for now (a restart that outlasts the wait, every connection busy).
        case unavailable = "database unavailable"
        case binary = "binary file"
        case encoding = "encoding"
        case emptyArticle = "empty article"
        case model = "model file"
        case malformedConllU = "malformed CoNLL-U"
    }

    public var kind: Kind
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ kind: Kind, file: String, line: Int?, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(kind.rawValue): \(message)"
    }
}
