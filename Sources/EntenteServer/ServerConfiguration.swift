/// How `entente serve` listens and who may write.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The token write endpoints ask for (`Authorization: Bearer …`), if one is set.
    public var token: String?
    /// The largest request body read, in bytes.
    public var bodyLimit: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, bodyLimit: Int = 1 << 20) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.bodyLimit = bodyLimit
    }

    /// Whether only this machine can connect: 127.0.0.0/8, ::1 or localhost.
    public var isLoopback: Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h == "[::1]" || (h.hasPrefix("127.") && h.split(separator: ".").count == 4)
    }
}
