import EntenteCore
import Hummingbird

/// `GET /api/dyads` (the network's edges) and `GET /api/dyads/{a}/{b}/series` (a relation over time).
enum DyadRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        router.add(APIOperation.listDyads) { request, _ -> Response in
            let filter = try EventFilter(query: APIOperation.listDyads.query(request))
            return Responses.json(APIJSON.dyads(try await store.dyads(filter: filter)))
        }
        let series = APIOperation.dyadSeries
        router.add(series) { request, context -> Response in
            let dyad = try dyad(series.pathValue("a", context), series.pathValue("b", context))
            let query = try series.query(request)
            let by = try query.choice("by", as: Granularity.self) ?? .month
            return Responses.json(APIJSON.series(try await store.dyadSeries(dyad, by: by, filter: EventFilter(query: query))))
        }
    }

    /// A country code from a path or a query, upper-cased.
    static func country(_ raw: String) throws(EntenteError) -> String {
        guard let code = Dyad.countryCode(raw) else { throw QueryParameters.invalid("a country is an ISO alpha-3 code such as RUS, found '\(raw)'") }
        return code
    }

    /// The pair named by a path's `a` and `b`; one country twice is the relation within it (events whose
    /// source and target are both of it).
    static func dyad(_ a: String, _ b: String) throws(EntenteError) -> Dyad {
        guard let dyad = Dyad(a, b) else {
            throw QueryParameters.invalid("a dyad is two ISO alpha-3 country codes, as in /api/dyads/RUS/KOR/series; found '\(a)' and '\(b)'")
        }
        return dyad
    }
}
