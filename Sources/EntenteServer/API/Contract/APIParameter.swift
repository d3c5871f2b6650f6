import EntenteCore

/// One parameter of the JSON API: where it is sent, what it means and the rule its value follows. The
/// router checks values by `rule` and the OpenAPI document states the same rule, so a generated client
/// that keeps to the document is never refused, and a request that breaks it never accepted.
struct APIParameter: Sendable {
    enum Location: String, Sendable { case query, path }

    let name: String
    let location: Location
    let description: String
    let rule: ValueRule

    /// The parameter object of the OpenAPI document.
    var document: JSONValue {
        [
            "name": .string(name), "in": .string(location.rawValue), "required": .bool(location == .path),
            "description": .string(description), "schema": rule.schema,
        ]
    }

    /// `raw` if the rule takes it; a 400 that says what was expected otherwise.
    func check(_ raw: String) throws(EntenteError) -> String {
        guard rule.accepts(raw) else { throw rule.refusal(name, raw) }
        return raw
    }
}

extension APIParameter {
    static let countryCode = ValueRule.text("[A-Za-z]{3}", meaning: "an ISO alpha-3 country code such as RUS (any case)")

    // The event filters, shared by the event list, the dyad network and the dyad series.
    static let actor = APIParameter(
        name: "actor", location: .query, description: "CAMEO actor code or its prefix, as source or target (RUS, RUSGOV); any case",
        rule: .text("[A-Za-z0-9]{1,32}", meaning: "a CAMEO actor code or its prefix: 1 to 32 letters and digits, such as RUSGOV"))
    static let country = APIParameter(
        name: "country", location: .query, description: "ISO alpha-3 country of the source or the target; any case", rule: countryCode)
    static let dyad = APIParameter(
        name: "dyad", location: .query, description: "Two countries, either direction: RUS-KOR",
        rule: .text("[A-Za-z]{3}-[A-Za-z]{3}", meaning: "two ISO alpha-3 codes joined by a hyphen, such as RUS-KOR"))
    static let code = APIParameter(
        name: "code", location: .query, description: "CAMEO event code or its prefix (112, 11)",
        rule: .text("[0-9]{1,4}", meaning: "a CAMEO code or its prefix: 1 to 4 digits"))
    static let root = APIParameter(
        name: "root", location: .query, description: "Two-digit CAMEO root (16)",
        rule: .text("[0-9]{2}", meaning: "a two-digit CAMEO root such as 11"))
    static let quad = APIParameter(
        name: "quad", location: .query,
        description: "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict", rule: .integer(1...4))
    static let modality = APIParameter(
        name: "modality", location: .query, description: "The event's modality", rule: .choice(Modality.allCases.map(\.rawValue)))
    static let speaker = APIParameter(
        name: "speaker", location: .query, description: "Speaker's actor code or its prefix, or a word of its text; empty for no filter",
        rule: .freeText)
    static let from = APIParameter(
        name: "from", location: .query,
        description: "First date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD; less precise event dates match when their period overlaps",
        rule: .date)
    static let to = APIParameter(name: "to", location: .query, description: "Last date, inclusive, as from", rule: .date)
    static let text = APIParameter(
        name: "text", location: .query, description: "Words to find in the evidence sentence, case-insensitively; empty for no filter",
        rule: .freeText)
    static let conditional = APIParameter(
        name: "conditional", location: .query, description: "true: only events hanging on a condition; false: only the others",
        rule: .boolean)

    static let area = APIParameter(
        name: "in", location: .query,
        description: "Where the event took place: an ISO alpha-3 country (SYR) or a GeoNames first-level division (SY.11); any case",
        rule: .text("[A-Za-z]{3}|[A-Za-z]{2}\\.[A-Za-z0-9]{1,6}", meaning: "a country such as SYR or a first-level division such as SY.11"))
    static let near = APIParameter(
        name: "near", location: .query,
        description: "Events placed within about KM kilometres (default 50) of a point: LAT,LON or LAT,LON,KM (a box of that half-width)",
        rule: .text(latitude + "," + longitude + "(," + kilometres + ")?",
                    meaning: "a latitude (-90 to 90) and longitude (-180 to 180), and optionally kilometres (1 to 10000), such as 34.73,36.71,25"))
    // The ranges written out, so that every value the pattern takes is one `NearFilter` takes.
    static let decimals = "(\\.[0-9]{1,8})?"
    static let latitude = "-?(90(\\.0{1,8})?|[1-8]?[0-9]\(decimals))"
    static let longitude = "-?(180(\\.0{1,8})?|(1[0-7][0-9]|[1-9]?[0-9])\(decimals))"
    static let kilometres = "(10000(\\.0{1,3})?|[1-9][0-9]{0,3}(\\.[0-9]{1,3})?)"

    /// The filters of `entente events`, in the order the document lists them.
    static let eventFilters = [actor, country, dyad, code, root, quad, modality, speaker, from, to, text, conditional, area, near]

    static let eventLimit = APIParameter(
        name: "limit", location: .query, description: "Events per page (default 100)", rule: .integer(1...500))
    static let cursor = APIParameter(
        name: "cursor", location: .query,
        description: "next_cursor of the previous page: where the listing goes on (the last event's date, position and article)",
        rule: EventCursor.rule)
    static let granularity = APIParameter(
        name: "by", location: .query, description: "Period of a point (default month)", rule: .choice(Granularity.allCases.map(\.rawValue)))
    static let firstCountry = APIParameter(
        name: "a", location: .path, description: "ISO alpha-3 country the relation is seen from; any case", rule: countryCode)
    static let secondCountry = APIParameter(
        name: "b", location: .path, description: "ISO alpha-3 country on the other side (the same as a for events within one country)",
        rule: countryCode)
    // The dashboard's pictures.
    static let focus = APIParameter(
        name: "country", location: .query, description: "ISO alpha-3 country whose relations with every other the map shows; any case",
        rule: countryCode)
    static let top = APIParameter(
        name: "top", location: .query, description: "How many pairs, those with most events (default 40)", rule: .integer(1...NetworkRoutes.maxTop))
    static let countryPath = APIParameter(
        name: "country", location: .path, description: "ISO alpha-3 country; any case", rule: countryCode)
    /// The period every picture of the dashboard shares.
    static let period = [from, to]

    static let articleLimit = APIParameter(
        name: "limit", location: .query, description: "Articles to list (default 100)", rule: .integer(1...1000))
    static let articleID = APIParameter(
        name: "id", location: .path, description: "Article id, percent-encoded (a / in an id is sent as %2F)", rule: ArticleID.rule)
}
