import EntenteCore
import Hummingbird

/// The dashboard's pages, rendered on the server from the store. Every page takes the period (`from`, `to`).
enum PageRoutes {
    static let overview = "/", network = "/network", country = "/countries/:country", dyad = "/dyads/:a/:b", events = "/events",
        articles = "/articles", article = "/articles/:id"
    /// The pages' paths, all served to GET (and HEAD).
    static let paths = [overview, network, country, dyad, events, articles, article]
    static let periodNames: Set<String> = ["from", "to"]

    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        router.get(RouterPath(overview)) { request, _ -> Response in
            let query = try QueryParameters(request.uri.query, allowed: periodNames.union(["country"]))
            let (period, map) = (try NetworkRoutes.period(query), try WorldMap.shared.get())
            let facts = try await store.relationFacts()
            let world = WorldRelations(facts: facts, period: period, focus: try NetworkRoutes.focus(query))
            return Responses.html(OverviewPage.render(
                world: world, changes: PairChanges(facts: facts, period: period), dyads: DyadSummary.summaries(of: facts, in: period), map: map))
        }
        router.get(RouterPath(network)) { request, _ -> Response in
            let query = try QueryParameters(request.uri.query, allowed: periodNames.union(["top"]))
            let top = try query.integer("top", in: 1...NetworkRoutes.maxTop, default: NetworkRoutes.defaultTop)
            let period = try NetworkRoutes.period(query)
            let (layout, dyads) = try await NetworkRoutes.network(store, top: top, period: period)
            return Responses.html(NetworkPage.render(layout: layout, dyads: dyads, top: top, period: period))
        }
        router.get(RouterPath(country)) { request, context -> Response in
            let code = try DyadRoutes.country(context.pathParameter("country"))
            let period = try NetworkRoutes.period(QueryParameters(request.uri.query, allowed: periodNames))
            return Responses.html(CountryPage.render(try await CountryReport.load(code, period: period, from: store), map: try WorldMap.shared.get()))
        }
        router.get(RouterPath(dyad)) { request, context -> Response in
            let dyad = try DyadRoutes.dyad(context.pathParameter("a"), context.pathParameter("b"))
            let query = try QueryParameters(request.uri.query, allowed: periodNames.union(["by"]))
            let period = try NetworkRoutes.period(query)
            let filter = EventFilter(from: period.from, to: period.to)
            let series = try await store.dyadSeries(dyad, by: query.choice("by", as: Granularity.self) ?? .month, filter: filter)
            return Responses.html(DyadPage.render(series, period: period))
        }
        router.get(RouterPath(events)) { request, _ -> Response in
            let query = try QueryParameters(request.uri.query, allowed: EventFilter.parameterNames.union(["cursor", "limit"]))
            let limit = try query.integer("limit", in: EventRoutes.pageSizes, default: 100)
            let page = try await store.events(matching: EventFilter(query: query), after: query["cursor"].map(EventCursor.init(token:)), limit: limit)
            return Responses.html(EventsPage.render(query: query, page: page))
        }
        router.get(RouterPath(articles)) { request, _ -> Response in
            let period = try NetworkRoutes.period(QueryParameters(request.uri.query, allowed: periodNames))
            return Responses.html(ArticlesPage.render(try await store.articles(limit: 1000, in: period), period: period))
        }
        router.get(RouterPath(article)) { _, context -> Response in
            let id = try context.pathParameter("id")
            guard let article = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article with id '\(id)'") }
            return Responses.html(ArticlePage.render(article))
        }
    }
}
