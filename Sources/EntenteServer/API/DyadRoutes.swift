import EntenteCore
import Hummingbird

/// `GET /api/dyads` (the network's edges) and `GET /api/dyads/{a}/{b}/series` (a relation over time).
enum DyadRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        router.get("/api/dyads") { request, _ -> Response in
            let filter = try EventFilter(query: QueryParameters(request.uri.query, allowed: EventFilter.parameterNames))
            return Responses.json(APIJSON.dyads(try await store.dyads(filter: filter)))
        }
        router.get("/api/dyads/:a/:b/series") { request, context -> Response in
            let dyad = try dyad(context)
            let query = try QueryParameters(request.uri.query, allowed: EventFilter.parameterNames.union(["by"]))
            let by = try query.choice("by", as: Granularity.self) ?? .month
            let series = try await store.dyadSeries(dyad, by: by, filter: EventFilter(query: query))
            return Responses.json(APIJSON.series(series))
        }
    }

    /// The pair named by the path's `a` and `b`.
    static func dyad(_ context: BasicRequestContext) throws(EntenteError) -> Dyad {
        let a = try context.pathParameter("a"), b = try context.pathParameter("b")
        guard let dyad = Dyad(a, b) else {
            throw QueryParameters.invalid("a dyad is two ISO alpha-3 country codes, as in /api/dyads/RUS/KOR/series; found '\(a)' and '\(b)'")
        }
        guard dyad.first != dyad.second else { throw QueryParameters.invalid("a dyad needs two different countries, found '\(dyad.first)' twice") }
        return dyad
    }
}
