import EntenteCore

/// An article as `POST /api/articles` takes it: its members and the rule of each, stated in the OpenAPI
/// document and checked by the server from this one definition. Other members are ignored.
enum ArticleInput {
    /// One member of the article object.
    struct Member: Sendable {
        let name: String
        let description: String
        /// The value is a string that one of these rules takes.
        let rules: [ValueRule]
        let required: Bool
    }

    static let id = Member(
        name: "id", description: "The article's id, unique in the store: 1 to 256 characters, no control characters, not . or ..",
        rules: [ArticleID.rule], required: true)
    static let text = Member(
        name: "text", description: "The text to code: plain text, paragraphs apart by blank lines",
        rules: [.text("[^\\u0000]*", minLength: 1, meaning: "text of at least one character, without NUL characters")], required: true)
    static let date = Member(
        name: "date", description: "When it was published: YYYY-MM-DD (or YYYY-MM, YYYY), or an RFC 3339 date and time whose date is taken",
        rules: [.date, .dateTime], required: false)
    static let title = Member(name: "title", description: "Headline", rules: [.freeText], required: false)
    static let source = Member(name: "source", description: "The outlet or feed it came from", rules: [.freeText], required: false)
    static let url = Member(name: "url", description: "Where it was published", rules: [.freeText], required: false)

    static let members = [id, text, date, title, source, url]

    /// The schema of one article object; optional members may also be null.
    static var schema: JSONValue {
        let properties: [(key: String, value: JSONValue)] = members.map { member in
            var choices = member.rules.map(\.schema)
            if !member.required { choices.append(["type": "null"]) }
            let schema: JSONValue = choices.count == 1 ? choices[0] : ["anyOf": .array(choices)]
            return (member.name, schema.adding("description", .string(member.description)))
        }
        return [
            "type": "object",
            "required": .array(members.filter(\.required).map { .string($0.name) }),
            "properties": .object(properties),
            "additionalProperties": true,
        ]
    }

    /// The article an object describes; `place` names it in refusals ("line 3", "item 2").
    static func article(_ value: JSONValue, place: String?) throws(EntenteError) -> Article {
        func refuse(_ message: String, kind: EntenteError.Kind = .invalidField) -> EntenteError {
            EntenteError(kind, file: ArticleBody.label, line: nil, (place.map { "\($0): " } ?? "") + message)
        }
        guard case .object = value else { throw refuse("expected an article object {\"id\", \"text\", \"date\", \"title\"}") }
        var strings: [String: String] = [:]
        for member in members {
            switch value[member.name] {
            case nil, .null?:
                if member.required { throw refuse("each article needs a string member \"\(member.name)\"", kind: .missingField) }
            case .string(let raw)?:
                guard let rule = member.rules.first(where: { $0.accepts(raw) }) else {
                    throw refuse("\"\(member.name)\" must be " + member.rules.map(\.meaning).joined(separator: ", or ") + ", found '\(ValueRule.shown(raw))'")
                }
                strings[member.name] = rule.kind.isDateTime ? String(raw.prefix(10)) : raw
            case _?:
                throw refuse("\"\(member.name)\" must be a string" + (member.required ? "" : " or null"))
            }
        }
        return Article(
            id: strings["id"] ?? "", date: strings["date"].flatMap(SimpleDate.init(iso:)), title: strings["title"],
            text: strings["text"] ?? "", source: strings["source"], url: strings["url"]
        )
    }
}

extension ArticleID {
    /// The id rule as the API states and checks it.
    static let rule = ValueRule(kind: .text(pattern: pattern, minLength: 0, maxLength: maxLength), meaning: meaning)
}

extension ValueRule.Kind {
    var isDateTime: Bool {
        if case .dateTime = self { return true }
        return false
    }
}
