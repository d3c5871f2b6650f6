import EntenteCore
import Hummingbird

/// The JSON twins of the dashboard's pictures: `GET /api/map`, `/api/network`, `/api/countries/{country}`
/// and `/api/changes`, with the numbers the pages draw (each page and its twin are made from one value).
enum NetworkRoutes {
    static let maxTop = 200, defaultTop = 40

    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        router.add(APIOperation.worldMap) { request, _ -> Response in
            let query = try APIOperation.worldMap.query(request)
            let world = WorldRelations(facts: try await store.relationFacts(), period: try period(query), focus: try focus(query))
            return Responses.json(APIJSON.world(world))
        }
        router.add(APIOperation.network) { request, _ -> Response in
            let query = try APIOperation.network.query(request)
            let (layout, _) = try await network(store, top: try query.integer("top", in: 1...maxTop, default: defaultTop), period: try period(query))
            return Responses.json(APIJSON.network(layout))
        }
        let country = APIOperation.countryReport
        router.add(country) { request, context -> Response in
            let code = try DyadRoutes.country(country.pathValue("country", context))
            let report = try await CountryReport.load(code, period: try period(try country.query(request)), from: store)
            return Responses.json(APIJSON.country(report))
        }
        router.add(APIOperation.pairChanges) { request, _ -> Response in
            let query = try APIOperation.pairChanges.query(request)
            return Responses.json(APIJSON.changes(PairChanges(facts: try await store.relationFacts(), period: try period(query))))
        }
    }

    /// The period of `from` and `to`. A `from` after `to` is an empty period, as the event filters read it
    /// (and as the document can state: no rule ties one parameter to another).
    static func period(_ query: QueryParameters) throws(EntenteError) -> DashboardPeriod {
        DashboardPeriod(from: try query.date("from"), to: try query.date("to"))
    }

    /// The country in focus (`country`), upper-cased.
    static func focus(_ query: QueryParameters) throws(EntenteError) -> String? {
        try query["country"].map { raw throws(EntenteError) in try DyadRoutes.country(raw) }
    }

    /// The top pairs of the period and their layout, with every pair of the period.
    static func network(_ store: any RelationsStore, top: Int, period: DashboardPeriod) async throws -> (NetworkLayout, [DyadSummary]) {
        let dyads = DyadSummary.summaries(of: try await store.relationFacts(), in: period)
        return (NetworkLayout(dyads: dyads, top: top), dyads)
    }
}
