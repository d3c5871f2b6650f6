import EntenteCore
import Hummingbird

/// `GET /api/articles`, `GET /api/articles/{id}` (with events and evidence spans) and `POST /api/articles`.
enum ArticleRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any RelationsStore, access: WriteAccess, bodyLimit: Int) {
        router.add(APIOperation.listArticles) { request, _ -> Response in
            let query = try APIOperation.listArticles.query(request)
            let list = try await store.articles(limit: query.integer("limit", in: 1...1000, default: 100), in: NetworkRoutes.period(query))
            return Responses.json(APIJSON.object(["articles": APIJSON.array(list.map(APIJSON.articleSummary))]))
        }
        let one = APIOperation.getArticle
        router.add(one) { request, context -> Response in
            _ = try one.query(request)
            let id = try one.pathValue("id", context)
            guard let article = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article with id '\(id)'") }
            return Responses.json(APIJSON.article(article))
        }
        router.add(APIOperation.addArticles) { request, _ -> Response in
            try access.check(request.headers)
            _ = try APIOperation.addArticles.query(request)
            let body = try await request.body.collect(upTo: bodyLimit)
            let articles = try ArticleBody.parse(Array(body.readableBytesView))
            let added = try await store.add(articles)
            return Responses.json(APIJSON.object(["articles": APIJSON.array(added.map(APIJSON.articleSummary))]), status: .created)
        }
    }
}
