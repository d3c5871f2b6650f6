import HTTPTypes
import Hummingbird

/// The token rule for write endpoints: with a token set, every write must bring it; without one, writes
/// are open on loopback only, since anyone who can reach a wider address could otherwise fill the store.
struct WriteAccess: Sendable {
    let token: String?
    let isLoopback: Bool

    func check(_ headers: HTTPFields) throws {
        guard let token else {
            if isLoopback { return }
            throw HTTPError(.forbidden, message: "writes are disabled: the server listens beyond loopback and was started without --token or ENTENTE_TOKEN")
        }
        let prefix = "Bearer "
        guard let header = headers[.authorization], header.hasPrefix(prefix) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "this endpoint needs 'Authorization: Bearer <token>'")
        }
        guard WriteAccess.equalInConstantTime(String(header.dropFirst(prefix.count)), token) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "wrong token")
        }
    }

    /// Compares without stopping at the first difference, so response times do not leak the token's prefix.
    static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}
