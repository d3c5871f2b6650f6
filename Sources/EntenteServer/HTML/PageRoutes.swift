import EntenteCore
import Hummingbird

/// The dashboard's pages, rendered on the server from the store.
enum PageRoutes {
    static let network = "/", dyad = "/dyads/:a/:b", events = "/events", articles = "/articles", article = "/articles/:id"
    /// The pages' paths, all served to GET (and HEAD).
    static let paths = [network, dyad, events, articles, article]

    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        router.get(RouterPath(network)) { request, _ -> Response in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return Responses.html(NetworkPage.render(dyads: try await store.dyads(filter: EventFilter())))
        }
        router.get(RouterPath(dyad)) { request, context -> Response in
            let dyad = try DyadRoutes.dyad(context.pathParameter("a"), context.pathParameter("b"))
            let query = try QueryParameters(request.uri.query, allowed: ["by"])
            let series = try await store.dyadSeries(dyad, by: query.choice("by", as: Granularity.self) ?? .month, filter: EventFilter())
            return Responses.html(DyadPage.render(series))
        }
        router.get(RouterPath(events)) { request, _ -> Response in
            let query = try QueryParameters(request.uri.query, allowed: EventFilter.parameterNames.union(["cursor", "limit"]))
            let limit = try query.integer("limit", in: EventRoutes.pageSizes, default: 100)
            let page = try await store.events(matching: EventFilter(query: query), after: query["cursor"].map(EventCursor.init(token:)), limit: limit)
            return Responses.html(EventsPage.render(query: query, page: page))
        }
        router.get(RouterPath(articles)) { request, _ -> Response in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return Responses.html(ArticlesPage.render(try await store.articles(limit: 1000)))
        }
        router.get(RouterPath(article)) { _, context -> Response in
            let id = try context.pathParameter("id")
            guard let article = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article with id '\(id)'") }
            return Responses.html(ArticlePage.render(article))
        }
    }
}
