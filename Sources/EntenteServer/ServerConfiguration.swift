/// How `entente serve` listens and who may write.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The token write endpoints ask for (`Authorization: Bearer …`), if one is set.
    public var token: String?
    /// The largest request body read, in bytes.
    public var bodyLimit: Int
    /// How long a connection may send nothing complete (a header block, a body chunk) before it is closed:
    /// a slow client holds a connection no longer than this.
    public var readTimeout: Duration
    /// Connections served at once; more wait in the listen queue, so memory stays bounded under any load.
    public var maxConnections: Int
    /// Largest header field, largest header block, most header fields: past them the request is refused.
    public var headerLimits = (fieldSize: 16 << 10, listSize: 64 << 10, fieldCount: 100)

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, bodyLimit: Int = 1 << 20,
                readTimeout: Duration = .seconds(30), maxConnections: Int = 1024) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.bodyLimit = bodyLimit
        self.readTimeout = readTimeout
        self.maxConnections = maxConnections
    }

    /// Whether only this machine can connect: 127.0.0.0/8, ::1 or localhost.
    public var isLoopback: Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h == "[::1]" || (h.hasPrefix("127.") && h.split(separator: ".").count == 4)
    }
}
