import EntenteCore

extension EventFilter {
    /// The query parameters of the event filters, as `GET /api/events` and the event table take them.
    static let parameterNames = Set(APIParameter.eventFilters.map(\.name))

    /// Reads the filters from query parameters, checking each value.
    init(query: QueryParameters) throws(EntenteError) {
        self.init()
        actor = query["actor"]?.uppercased()
        if let raw = query["country"] {
            guard let code = Dyad.countryCode(raw) else { throw QueryParameters.invalid("'country' must be an ISO alpha-3 code such as RUS, found '\(raw)'") }
            country = code
        }
        if let raw = query["dyad"] {
            guard let pair = Dyad(parsing: raw) else { throw QueryParameters.invalid("'dyad' must be two ISO alpha-3 codes such as RUS-KOR, found '\(raw)'") }
            dyad = pair
        }
        if let raw = query["code"] {
            guard (1...4).contains(raw.count), raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber) else {
                throw QueryParameters.invalid("'code' must be a CAMEO code or its prefix (1 to 4 digits), found '\(raw)'")
            }
            code = raw
        }
        if let raw = query["root"] {
            guard raw.count == 2, raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber) else { throw QueryParameters.invalid("'root' must be a two-digit CAMEO root such as 11, found '\(raw)'") }
            root = raw
        }
        if query["quad"] != nil { quadClass = try query.integer("quad", in: 1...4, default: 0) }
        modality = try query.choice("modality", as: Modality.self)
        speaker = query["speaker"]
        from = try query.date("from")
        to = try query.date("to")
        text = query["text"]
        if let raw = query["conditional"] {
            guard let flag = Bool(raw.lowercased()) else { throw QueryParameters.invalid("'conditional' must be true or false, found '\(raw)'") }
            conditional = flag
        }
        if let raw = query["in"] {
            guard let area = PlaceFilter(parsing: raw) else { throw QueryParameters.invalid("'in' must be a country (SYR) or a first-level division (SY.11), found '\(raw)'") }
            place = area
        }
        if let raw = query["near"] {
            guard let point = NearFilter(parsing: raw) else { throw QueryParameters.invalid("'near' must be LAT,LON or LAT,LON,KM, found '\(raw)'") }
            near = point
        }
    }
}
