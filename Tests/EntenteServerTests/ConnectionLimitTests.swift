import EntenteServer
import Hummingbird
import HummingbirdTesting
import Testing

/// Limits that only a real connection shows: header sizes and a read timeout for slow clients.
@Suite("Server limits on live connections: headers and slow clients")
struct ConnectionLimitTests {
    static func liveApp(readTimeout: Duration = .seconds(30)) throws -> some ApplicationProtocol {
        try ServerApplication.build(store: Server.demoStore(), configuration: ServerConfiguration(port: 0, readTimeout: readTimeout))
    }

    /// The status line of a raw HTTP response ("HTTP/1.1 200 OK"), or "" when the server answered nothing.
    static func statusLine(_ response: String) -> String { String(response.unicodeScalars.prefix { $0 != "\r" }) }

    /// Each request is over one of our limits and under Hummingbird's defaults, so the limits are ours.
    @Test func headersOverTheLimitsAreRefused() async throws {
        try await Self.liveApp().test(.live) { client in
            let port = try #require(client.port)
            let huge = "GET /api/actors HTTP/1.1\r\nHost: x\r\nX-Padding: \(String(repeating: "a", count: 20_000))\r\nConnection: close\r\n\r\n"
            let many = "GET /api/actors HTTP/1.1\r\nHost: x\r\n" + (0..<150).map { "X-H\($0): v\r\n" }.joined() + "Connection: close\r\n\r\n"
            let tooMuchInAll = "GET /api/actors HTTP/1.1\r\nHost: x\r\n" + (0..<7).map { "X-H\($0): \(String(repeating: "b", count: 10_000))\r\n" }.joined() + "Connection: close\r\n\r\n"
            for request in [huge, many, tooMuchInAll] {
                // A minute for the close to arrive: in CI this runs beside wrk's load and Spark on two cores.
                let connection = try RawConnection(port: port, receiveTimeout: 60)
                connection.write(request)
                let (response, closed) = connection.receive()
                let status = Self.statusLine(response)
                #expect(closed, "the server closes the connection")
                #expect(status.isEmpty || status.contains(" 4"), "refused, not served: \(status)")
                print("header limits: \(request.utf8.count) bytes -> '\(status)'")
            }
            // Headers within the limits are served.
            let normal = try RawConnection(port: port)
            normal.write("GET /api/actors HTTP/1.1\r\nHost: x\r\nX-Padding: \(String(repeating: "a", count: 8_000))\r\nConnection: close\r\n\r\n")
            #expect(Self.statusLine(normal.receive().text) == "HTTP/1.1 200 OK")
        }
    }

    @Test func aSlowClientIsCutOffAfterTheReadTimeout() async throws {
        try await Self.liveApp(readTimeout: .seconds(1)).test(.live) { client in
            let port = try #require(client.port)
            // Half a header block, then nothing (slowloris); and a body that stops halfway.
            let halfHeaders = "GET /api/actors HTTP/1.1\r\nHost: x\r\n"
            let halfBody = "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\nContent-Type: application/json\r\n\r\n{\"id\": \"slow\", "
            for request in [halfHeaders, halfBody] {
                // The client side waits up to 20 s: a server without a timeout would leave it hanging until then.
                let connection = try RawConnection(port: port, receiveTimeout: 20)
                connection.write(request)
                let (response, closed) = connection.receive()
                #expect(closed, "the server closed the silent connection")
                #expect(!response.hasPrefix("HTTP/1.1 2"), "nothing was served: \(Self.statusLine(response))")
            }
            // An idle connection between requests is closed too.
            let idle = try RawConnection(port: port, receiveTimeout: 20)
            #expect(idle.receive().closed)
        }
    }
}
