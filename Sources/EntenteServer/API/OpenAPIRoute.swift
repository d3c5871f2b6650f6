import EntenteCore
import Foundation
import Hummingbird

/// `GET /openapi.json`: the hand-written OpenAPI document of the JSON API, a resource of this target.
enum OpenAPIRoute {
    static func add(to router: Router<BasicRequestContext>, document: String) {
        router.get("/openapi.json") { _, _ -> Response in Responses.json(document) }
    }

    static func loadDocument() throws(EntenteError) -> String {
        try Resources.text("openapi", extension: "json")
    }
}
