import EntenteCore
import Hummingbird

/// `GET /api/events`: events with the filters of `entente events`, a page at a time.
enum EventRoutes {
    static let pageSizes = 1...500

    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        let operation = APIOperation.listEvents
        router.add(operation) { request, _ -> Response in
            let query = try operation.query(request)
            let filter = try EventFilter(query: query)
            let limit = try query.integer("limit", in: pageSizes, default: 100)
            let page = try await store.events(matching: filter, after: query["cursor"].map(EventCursor.init(token:)), limit: limit)
            return Responses.json(APIJSON.page(page))
        }
    }
}
