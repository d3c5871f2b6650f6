import EntenteServer
import Hummingbird
import HummingbirdTesting
import Testing

/// Writes need the token whenever one is set, and are refused beyond loopback without one.
@Suite struct TokenRuleTests {
    static let body = #"{"id": "t", "text": "Japan met China."}"#

    func post(_ app: some ApplicationProtocol, authorization: String?) async throws -> (HTTPResponse.Status, String) {
        try await app.test(.router) { client in
            let headers: HTTPFields = authorization.map { [.authorization: $0] } ?? [:]
            return try await client.execute(uri: "/api/articles", method: .post, headers: headers, body: ByteBuffer(string: Self.body)) { response in
                (response.status, response.status == .created ? "" : Server.errorMessage(response))
            }
        }
    }

    @Test func loopbackWithoutTokenAcceptsWrites() async throws {
        #expect(try await post(Server.app(host: "127.0.0.1"), authorization: nil).0 == .created)
        #expect(try await post(Server.app(host: "localhost"), authorization: nil).0 == .created)
        #expect(try await post(Server.app(host: "::1"), authorization: nil).0 == .created)
    }

    @Test func beyondLoopbackWithoutTokenRefusesWrites() async throws {
        for host in ["0.0.0.0", "192.0.2.10", "::"] {
            let (status, message) = try await post(Server.app(host: host), authorization: "Bearer anything")
            #expect(status == .forbidden, "\(host)")
            #expect(message.contains("--token"))
        }
    }

    @Test func withTokenWritesNeedIt() async throws {
        for host in ["0.0.0.0", "127.0.0.1"] {
            #expect(try await post(Server.app(host: host, token: "s3cret"), authorization: nil).0 == .unauthorized)
            #expect(try await post(Server.app(host: host, token: "s3cret"), authorization: "Bearer wrong").0 == .unauthorized)
            #expect(try await post(Server.app(host: host, token: "s3cret"), authorization: "Basic s3cret").0 == .unauthorized)
            #expect(try await post(Server.app(host: host, token: "s3cret"), authorization: "Bearer s3cret").0 == .created)
        }
    }

    @Test func readsNeedNoToken() async throws {
        try await Server.app(host: "0.0.0.0", token: "s3cret").test(.router) { client in
            try await client.execute(uri: "/api/events?limit=1", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
        }
    }
}
