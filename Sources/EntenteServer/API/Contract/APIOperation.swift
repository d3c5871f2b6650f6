import EntenteCore
import Hummingbird

/// An operation of the JSON API: its method and path, its parameters and its answers. The router serves it
/// from here (`Router.add(_:handler:)`) and the OpenAPI document states it from here.
struct APIOperation: Sendable {
    /// One answer: a status ("200", "5XX"), what it means, and its body's schema in `components`.
    struct Answer: Sendable {
        let status: String
        let description: String
        let schema: String
        var links: [String: (operation: String, parameter: String, expression: String)] = [:]
    }

    let id: String
    let method: HTTPRequest.Method
    /// The OpenAPI path template, `/api/articles/{id}`.
    let path: String
    let summary: String
    let parameters: [APIParameter]
    let answers: [Answer]
    /// Whether the operation reads an article body (`ArticleInput`) and writes.
    var writes = false

    /// The path as Hummingbird routes it, `/api/articles/:id`.
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("{") && $0.hasSuffix("}") ? ":" + $0.dropFirst().dropLast() : $0 }
            .joined(separator: "/")
    }

    /// The query parameters of `request`, each checked by its rule: an unknown or repeated name, or a value
    /// its rule refuses, is a 400 that says why. Empty free text means no filter, as in a submitted form.
    func query(_ request: Request) throws(EntenteError) -> QueryParameters {
        let known = parameters.filter { $0.location == .query }
        var checked: [String: String] = [:]
        for (name, value) in try QueryParameters.pairs(request.uri.query) {
            guard let parameter = known.first(where: { $0.name == name }) else {
                throw QueryParameters.invalid("unknown parameter '\(name)' (known: \(known.map(\.name).sorted().joined(separator: ", ")))")
            }
            guard checked[name] == nil else { throw QueryParameters.invalid("parameter '\(name)' given twice") }
            checked[name] = try parameter.check(value)
        }
        return QueryParameters(checked: checked.filter { !$0.value.isEmpty })
    }

    /// The path parameter `name` of this operation, percent-decoded and checked by its rule.
    func pathValue(_ name: String, _ context: BasicRequestContext) throws(EntenteError) -> String {
        let raw = context.parameters.get(name) ?? ""
        let value = raw.removingPercentEncoding ?? raw
        guard let parameter = parameters.first(where: { $0.name == name && $0.location == .path }) else { return value }
        return try parameter.check(value)
    }
}

extension APIOperation {
    private static let invalid = Answer(status: "400", description: "A parameter or body the document does not allow, with the reason", schema: "Error")
    private static let failed = Answer(
        status: "5XX", description: "The store failed (500) or cannot be reached for now (503); try again later", schema: "Error")
    private static let toArticle: [String: (operation: String, parameter: String, expression: String)] = [
        "article": ("getArticle", "id", "$response.body#/articles/0/id")
    ]

    static let listEvents = APIOperation(
        id: "listEvents", method: .get, path: "/api/events",
        summary: "Events matching the filters of `entente events`, newest first, a page at a time",
        parameters: APIParameter.eventFilters + [APIParameter.eventLimit, APIParameter.cursor],
        answers: [Answer(status: "200", description: "A page of events", schema: "EventPage"), invalid, failed])

    static let listDyads = APIOperation(
        id: "listDyads", method: .get, path: "/api/dyads",
        summary: "Pairs of countries with asserted, unconditional events between them, with totals (the network of states)",
        parameters: APIParameter.eventFilters,
        answers: [Answer(status: "200", description: "Pairs, most events first", schema: "DyadList"), invalid, failed])

    static let dyadSeries = APIOperation(
        id: "getDyadSeries", method: .get, path: "/api/dyads/{a}/{b}/series",
        summary: "The relation between two countries over time: points counting asserted events, conditions (red lines) and denied, possible or planned events apart",
        parameters: [APIParameter.firstCountry, APIParameter.secondCountry, APIParameter.granularity] + APIParameter.eventFilters,
        answers: [Answer(status: "200", description: "The series", schema: "DyadSeries"), invalid, failed])

    static let listActors = APIOperation(
        id: "listActors", method: .get, path: "/api/actors", summary: "Actor codes with how often each is source and target",
        parameters: [], answers: [Answer(status: "200", description: "Actors, most events first", schema: "ActorList"), invalid, failed])

    static let listArticles = APIOperation(
        id: "listArticles", method: .get, path: "/api/articles", summary: "Stored articles, newest first",
        parameters: [APIParameter.articleLimit] + APIParameter.period,
        answers: [Answer(status: "200", description: "Articles", schema: "ArticleList", links: toArticle), invalid, failed])

    static let addArticles = APIOperation(
        id: "addArticles", method: .post, path: "/api/articles", summary: "Code and store new articles",
        parameters: [],
        answers: [
            Answer(status: "201", description: "The stored articles with their event counts", schema: "ArticleList", links: toArticle),
            invalid,
            Answer(status: "409", description: "An article with one of these ids is already stored, or an id comes twice: nothing was stored", schema: "Error"),
            Answer(status: "413", description: "The body is larger than the server's limit", schema: "Error"),
            failed,
        ],
        writes: true)

    static let getArticle = APIOperation(
        id: "getArticle", method: .get, path: "/api/articles/{id}",
        summary: "One article with its text and its events (evidence spans in Unicode scalars of the text)",
        parameters: [APIParameter.articleID],
        answers: [
            Answer(status: "200", description: "The article", schema: "Article"), invalid,
            Answer(status: "404", description: "No article with this id", schema: "Error"), failed,
        ])

    static let worldMap = APIOperation(
        id: "getWorldMap", method: .get, path: "/api/map",
        summary: "The world map of a period: each country's totals with other states (or with the country in focus) and the places of events",
        parameters: [APIParameter.focus] + APIParameter.period,
        answers: [Answer(status: "200", description: "Countries and places, most events first", schema: "WorldRelations"), invalid, failed])

    static let network = APIOperation(
        id: "getNetwork", method: .get, path: "/api/network",
        summary: "The network of the top pairs of a period as the dashboard draws it: nodes with their positions and label boxes, edges with totals",
        parameters: [APIParameter.top] + APIParameter.period,
        answers: [Answer(status: "200", description: "The laid-out network", schema: "Network"), invalid, failed])

    static let countryReport = APIOperation(
        id: "getCountry", method: .get, path: "/api/countries/{country}",
        summary: "A country's page: partners by events and by change, monthly series of its top partners, what it said and heard, its red lines and denials",
        parameters: [APIParameter.countryPath] + APIParameter.period,
        answers: [Answer(status: "200", description: "The country's report", schema: "CountryReport"), invalid, failed])

    static let pairChanges = APIOperation(
        id: "getChanges", method: .get, path: "/api/changes",
        summary: "What changed this week: the pairs whose mean Goldstein in the period's last seven days moved most against their own history",
        parameters: APIParameter.period,
        answers: [Answer(status: "200", description: "The week and the pairs, largest score first", schema: "PairChanges"), invalid, failed])

    /// Every operation, in the order the document lists them.
    static let all = [listEvents, listDyads, dyadSeries, listActors, worldMap, network, countryReport, pairChanges, listArticles, addArticles, getArticle]
}

extension Router where Context == BasicRequestContext {
    /// Serves `operation` with `handler`.
    func add(_ operation: APIOperation, handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response) {
        on(RouterPath(operation.routerPath), method: operation.method, use: handler)
    }
}
