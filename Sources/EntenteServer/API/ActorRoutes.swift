import Hummingbird

/// `GET /api/actors`: actor codes with how often each acts and is acted on.
enum ActorRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        router.get("/api/actors") { request, _ -> Response in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return Responses.json(APIJSON.actors(try await store.actors()))
        }
    }
}
