import EntenteCore
import Hummingbird

/// `GET /api/articles`, `GET /api/articles/{id}` (with events and evidence spans) and `POST /api/articles`.
enum ArticleRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore, access: WriteAccess, bodyLimit: Int) {
        router.get("/api/articles") { request, _ -> Response in
            let query = try QueryParameters(request.uri.query, allowed: ["limit"])
            let list = try await store.articles(limit: query.integer("limit", in: 1...1000, default: 100))
            return Responses.json(APIJSON.object(["articles": APIJSON.array(list.map(APIJSON.articleSummary))]))
        }
        router.get("/api/articles/:id") { request, context -> Response in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let id = try context.pathParameter("id")
            guard let article = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article with id '\(id)'") }
            return Responses.json(APIJSON.article(article))
        }
        router.post("/api/articles") { request, _ -> Response in
            try access.check(request.headers)
            let body = try await request.body.collect(upTo: bodyLimit)
            let articles = try ArticleBody.parse(Array(body.readableBytesView))
            let added = try await store.add(articles)
            return Responses.json(APIJSON.object(["articles": APIJSON.array(added.map(APIJSON.articleSummary))]), status: .created)
        }
    }
}
