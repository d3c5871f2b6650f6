import Hummingbird

/// `GET /api/actors`: actor codes with how often each acts and is acted on.
enum ActorRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore) {
        router.add(APIOperation.listActors) { request, _ -> Response in
            _ = try APIOperation.listActors.query(request)
            return Responses.json(APIJSON.actors(try await store.actors()))
        }
    }
}
