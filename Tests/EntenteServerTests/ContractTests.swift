import EntenteCore
@testable import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The API is what its OpenAPI document says: every operation served as stated, every rule of the document
/// enforced as stated, 405 with `Allow` for methods a path does not take, and article ids that can be read
/// back. The tools integrators use (schemathesis, a generated Python client) are in `ContractToolTests`.
@Suite struct ContractTests {
    static func document(_ configuration: ServerConfiguration = ServerConfiguration(port: 0)) throws -> [String: Any] {
        let access = WriteAccess(token: configuration.token, isLoopback: configuration.isLoopback)
        let text = try OpenAPIDocument.build(access: access).text
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func documentStatesEveryOperationTheRouterServes() async throws {
        let paths = try #require(try Self.document()["paths"] as? [String: [String: Any]])
        #expect(Set(paths.keys) == Server.apiPaths)
        #expect(paths.values.map(\.count).reduce(0, +) == 11)
        let operations: [(path: String, method: String, statuses: Set<String>)] = try paths.flatMap { path, methods in
            try methods.map { method, operation in
                let responses = try #require((operation as? [String: Any])?["responses"] as? [String: Any])
                return (path, method, Set(responses.keys))
            }
        }
        try await Server.app().test(.router) { client in
            for (path, method, statuses) in operations {
                let uri = path.replacingOccurrences(of: "{a}", with: "RUS").replacingOccurrences(of: "{b}", with: "KOR").replacingOccurrences(of: "{country}", with: "RUS")
                    .replacingOccurrences(of: "{id}", with: "demo-2025-05-usa-chn-talks")
                let body = method == "post" ? ByteBuffer(string: #"{"id": "contract-1", "text": "Russia condemned Japan."}"#) : nil
                try await client.execute(uri: uri, method: HTTPRequest.Method(method.uppercased()) ?? .get, body: body) { response in
                    #expect(response.status == .ok || response.status == .created, "\(method) \(uri): \(response.status)")
                    #expect(statuses.contains("\(response.status.code)"), "\(method) \(uri) answered an undocumented status")
                    #expect(statuses.isSuperset(of: ["400", "5XX"]), "\(method) \(path) documents its errors")
                }
            }
        }
    }

    /// Each parameter's schema in the document is its rule, and the server refuses what the rule refuses.
    @Test(arguments: [
        ("country", "RUS\n", false), ("country", "rus", true), ("country", "RUSS", false), ("dyad", "RUS-KOR", true), ("dyad", "RUS,KOR", false),
        ("code", "0231", true), ("code", "٣", false), ("code", "12345", false), ("root", "1", false), ("quad", "05", false),
        ("quad", "+4", false), ("quad", "4", true), ("modality", "ASSERTED", false), ("modality", "asserted", true),
        ("conditional", "TRUE", false), ("conditional", "true", true), ("from", "2024-02-30", false), ("from", "2024-02-29", true),
        ("from", "2024-13", false), ("from", "0001", true), ("from", "+999", false), ("limit", "", false), ("limit", "500", true),
        ("limit", "501", false), ("actor", "", false), ("actor", "RUSGOV", true), ("text", "", true), ("text", "a\u{1}b", true),
        ("cursor", "-.0.", true), ("cursor", "9999-99-99.123.__-x", true), ("cursor", "2024.1.a=b", false), ("cursor", "x", false),
    ])
    func eachParameterIsCheckedByItsRule(name: String, value: String, accepted: Bool) async throws {
        let parameter = try #require(APIOperation.listEvents.parameters.first { $0.name == name })
        #expect(parameter.rule.accepts(value) == accepted)
        let schema = parameter.rule.schema.text
        #expect(!schema.contains("\"pattern\": \"^") || schema.contains("(?![\\\\s\\\\S])"), "patterns end with a look-ahead, not $")
        let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        try await Server.app().test(.router) { client in
            try await client.execute(uri: "/api/events?\(name)=\(encoded)", method: .get) { response in
                #expect(response.status == (accepted ? .ok : .badRequest), "\(name)=\(value.debugDescription): \(Server.errorMessage(response))")
                if !accepted { #expect(Server.errorMessage(response).contains("'\(name)' must be")) }
            }
        }
    }

    @Test func methodsAPathDoesNotTakeGet405WithAllow() async throws {
        try await Server.app().test(.router) { client in
            for (uri, allow) in [("/api/events", "GET, HEAD"), ("/api/articles", "GET, HEAD, POST"), ("/api/articles/a%2Fb", "GET, HEAD"),
                                 ("/api/dyads/RUS/KOR/series", "GET, HEAD"), ("/openapi.json", "GET, HEAD"), ("/dyads/RUS/KOR", "GET, HEAD")] {
                for method in [HTTPRequest.Method.put, .delete, .patch, HTTPRequest.Method("TRACE")!] {
                    try await client.execute(uri: uri, method: method) { response in
                        #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
                        #expect(response.headers[.allow] == allow, "\(method) \(uri)")
                    }
                }
                try await client.execute(uri: uri, method: .options) { response in
                    #expect(response.status == .noContent)
                    #expect(response.headers[.allow] == allow + ", OPTIONS")
                }
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status != .methodNotAllowed && response.status != .notFound || uri.contains("a%2Fb"), "HEAD \(uri)")
                }
            }
            try await client.execute(uri: "/api/nothing-here", method: .put) { response in #expect(response.status == .notFound) }
        }
    }

    /// Ids with slashes (URLs) are stored and read back through %2F; ids that could not be are refused with the reason.
    @Test func everyStoredArticleCanBeReadBack() async throws {
        try await Server.app().test(.router) { client in
            let id = "https://example.org/news/2025/03/01?id=7 é"
            let body = #"{"id": "\#(id)", "text": "Japan praised South Korea.", "date": "2025-03-01T08:30:00+09:00"}"#
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
            }
            let encoded = try #require(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            try await client.execute(uri: "/api/articles/\(encoded)", method: .get) { response in
                #expect(response.status == .ok)
                let article = try Server.json(response)
                #expect(article["id"] as? String == id)
                #expect(article["date"] as? String == "2025-03-01")
            }
            for bad in ["a\\u0007b", "a\\nb", ".", "..", String(repeating: "x", count: 257), "\\u0085"] {
                try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: #"{"id": "\#(bad)", "text": "x"}"#)) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(Server.errorMessage(response).contains("\"id\" must be 1 to 256 characters without control characters"), "\(bad)")
                }
            }
        }
    }

    /// The write rule in the document is the server's own: a token, none on loopback, or no writes at all.
    @Test(arguments: [("127.0.0.1", "secret", "401"), ("127.0.0.1", nil, nil), ("0.0.0.0", nil, "403")] as [(String, String?, String?)])
    func writeRuleIsDocumentedAsTheServerAppliesIt(host: String, token: String?, refusal: String?) async throws {
        let configuration = ServerConfiguration(host: host, port: 0, token: token)
        let document = try Self.document(configuration)
        let post = try #require((document["paths"] as? [String: [String: Any]])?["/api/articles"]?["post"] as? [String: Any])
        let security = try #require(post["security"] as? [[String: Any]])
        #expect(security.isEmpty == (token == nil))
        let responses = try #require(post["responses"] as? [String: Any])
        #expect(Set(responses.keys).intersection(["401", "403"]) == Set([refusal].compactMap { $0 }))
        let app = try ServerApplication.build(store: Server.demoStore(), configuration: configuration)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: #"{"id": "w", "text": "x"}"#)) { response in
                #expect(response.status.code == Int(refusal ?? "201"))
            }
        }
    }
}
