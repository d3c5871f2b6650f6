import EntenteCore
import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.1 document of the JSON API. Its operations and parameters come from
/// `APIOperation`, which the router serves, and its write rule from this server's own configuration, so
/// that it states what the server enforces; the response schemas come from `openapi-schemas.json`.
enum OpenAPIDocument {
    static func add(to router: Router<BasicRequestContext>, access: WriteAccess) throws(EntenteError) {
        let text = try build(access: access).text
        router.get("/openapi.json") { _, _ -> Response in Responses.json(text) }
    }

    static func build(access: WriteAccess) throws(EntenteError) -> JSONValue {
        let stored = try JSONValue.parse(Array(Resources.text("openapi-schemas", extension: "json").utf8), file: "openapi-schemas.json")
        guard case .object(var schemas) = stored else {
            throw EntenteError(.malformedJSON, file: "openapi-schemas.json", line: nil, "expected an object of schemas")
        }
        schemas.append(("ArticleInput", ArticleInput.schema))
        var components: [(key: String, value: JSONValue)] = [("schemas", .object(schemas))]
        if access.token != nil { components.insert(("securitySchemes", ["bearer": ["type": "http", "scheme": "bearer"]]), at: 0) }
        var paths: [(key: String, value: JSONValue)] = []
        for operation in APIOperation.all {
            let entry = (key: operation.method.rawValue.lowercased(), value: document(operation, access: access))
            if let i = paths.firstIndex(where: { $0.key == operation.path }), case .object(let methods) = paths[i].value {
                paths[i].value = .object(methods + [entry])
            } else {
                paths.append((operation.path, .object([entry])))
            }
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Entente relations API", "version": "0.2.0",
                "description": """
                    Coded political events (CAMEO/PLOVER) with modality, speaker, date, condition and evidence; relations \
                    between states over time. Event objects are the records of `entente code` (see spec/event-output.md) with \
                    `id` and `article_date` in front. Every constraint on a parameter or a body is stated here and enforced by \
                    the server as stated; a request that breaks one gets 400 with the reason, a method a path does not take \
                    gets 405 with `Allow`.
                    """,
            ],
            "paths": .object(paths),
            "components": .object(components),
        ]
    }

    private static func document(_ operation: APIOperation, access: WriteAccess) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("operationId", .string(operation.id)), ("summary", .string(operation.summary))]
        if !operation.parameters.isEmpty { members.append(("parameters", .array(operation.parameters.map(\.document)))) }
        var answers = operation.answers
        if operation.writes {
            let (rule, answer) = writeRule(access)
            members.append(("description", .string(
                "The body is one article object, an array of them, or JSON Lines of them (`application/x-ndjson`), as `entente code` reads. "
                    + "Articles are stored all or none. " + rule)))
            members.append(("requestBody", [
                "required": true,
                "content": [
                    "application/json": ["schema": ["oneOf": [
                        ["$ref": "#/components/schemas/ArticleInput"],
                        ["type": "array", "items": ["$ref": "#/components/schemas/ArticleInput"], "minItems": 1],
                    ]]],
                    "application/x-ndjson": ["schema": ["$ref": "#/components/schemas/ArticleInput"]],
                ],
            ]))
            members.append(("security", access.token != nil ? [["bearer": []]] : []))
            if let answer { answers.insert(answer, at: 1) }
        }
        let responses: [(key: String, value: JSONValue)] = answers.map { answer in
            var response: [(key: String, value: JSONValue)] = [
                ("description", .string(answer.description)),
                ("content", ["application/json": ["schema": ["$ref": .string("#/components/schemas/" + answer.schema)]]]),
            ]
            if !answer.links.isEmpty {
                response.append(("links", .object(answer.links.sorted { $0.key < $1.key }.map { name, link in
                    (name, ["operationId": .string(link.operation), "parameters": .object([(link.parameter, .string(link.expression))])])
                })))
            }
            return (answer.status, .object(response))
        }
        members.append(("responses", .object(responses)))
        return .object(members)
    }

    /// Who may write on this server, in words, and the refusal a writer without the right gets.
    private static func writeRule(_ access: WriteAccess) -> (String, APIOperation.Answer?) {
        if access.token != nil {
            return ("This server has a token: a write needs `Authorization: Bearer TOKEN`.",
                    APIOperation.Answer(status: "401", description: "Missing or wrong token", schema: "Error"))
        }
        if access.isLoopback { return ("This server has no token and listens on loopback only: writes need no credentials.", nil) }
        return ("This server has no token and listens beyond loopback: writes are disabled (403).",
                APIOperation.Answer(status: "403", description: "Writes disabled: the server listens beyond loopback without a token", schema: "Error"))
    }
}
