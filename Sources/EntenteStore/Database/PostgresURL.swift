import EntenteCore
import Foundation
import NIOSSL
import PostgresNIO

/// A `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]` URL as libpq reads it,
/// with the TLS it asks for: `sslmode` disable, allow, prefer (libpq's default), require, verify-ca or
/// verify-full, and `sslrootcert`, the certificate file of the authority the server's certificate must come
/// from (for verify-ca and verify-full; the system's roots when it is not given, and with `require`, as in
/// libpq, giving it makes the chain checked too).
struct PostgresURL: Sendable {
    enum TLSMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require, verifyCA = "verify-ca", verifyFull = "verify-full"
    }

    let user: String
    let password: String?
    let host: String
    let port: Int
    let database: String
    let tlsMode: TLSMode
    let rootCertificate: String?

    /// The URL without its password, for every message.
    var location: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (tlsMode == .prefer ? "" : "?sslmode=\(tlsMode.rawValue)")
    }

    init(_ url: String) throws(EntenteError) {
        let usage = "expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE&sslrootcert=FILE]"
        // The URL itself may hold a password: never in a message.
        let shown = url.replacingOccurrences(of: #"(//[^:/@]*):[^@]*@"#, with: "$1:…@", options: .regularExpression)
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let user = components.user, !user.isEmpty else {
            throw EntenteError(.database, file: shown, line: nil, usage)
        }
        self.user = user
        password = components.password
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        let name = String(components.path.drop(while: { $0 == "/" }))
        database = name.isEmpty ? user : name
        var mode = TLSMode.prefer
        var root: String?
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw EntenteError(.database, file: shown, line: nil,
                                       "sslmode must be one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", ")), found '\(item.value ?? "")'")
                }
                mode = value
            case "sslrootcert":
                root = item.value
            default:
                throw EntenteError(.database, file: shown, line: nil, "unknown parameter '\(item.name)' (known: sslmode, sslrootcert)")
            }
        }
        tlsMode = mode
        rootCertificate = root
        // The server's name is checked against its certificate's names; TLS here cannot check an address.
        if mode == .verifyFull, host.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) {
            throw EntenteError(.database, file: location, line: nil,
                               "sslmode=verify-full checks the server's name: give the host by the name its certificate holds, not the address \(host)")
        }
        if let root, !FileManager.default.isReadableFile(atPath: root) {
            throw EntenteError(.database, file: location, line: nil, "sslrootcert: cannot read '\(root)'")
        }
    }

    /// The TLS settings of NIOSSL for this mode; nil for no TLS.
    private var tls: (required: Bool, configuration: TLSConfiguration)? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let rootCertificate { configuration.trustRoots = .file(rootCertificate) }
        switch tlsMode {
        case .disable:
            return nil
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return (false, configuration)
        case .require:
            configuration.certificateVerification = rootCertificate == nil ? .none : .noHostnameVerification
            return (true, configuration)
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
            return (true, configuration)
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
            return (true, configuration)
        }
    }

    /// The settings of one connection; an error when the certificate file does not read as one.
    func connectionConfiguration() throws(EntenteError) -> PostgresConnection.Configuration {
        var mode = PostgresConnection.Configuration.TLS.disable
        if let tls {
            do {
                let context = try NIOSSLContext(configuration: tls.configuration)
                mode = tls.required ? .require(context) : .prefer(context)
            } catch {
                throw EntenteError(.database, file: location, line: nil, "cannot set up TLS (sslrootcert '\(rootCertificate ?? "")'): \(error)")
            }
        }
        return PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: mode)
    }

    /// The settings of a pool of `size` connections.
    func clientConfiguration(size: Int) -> PostgresClient.Configuration {
        let mode: PostgresClient.Configuration.TLS = tls.map { $0.required ? .require($0.configuration) : .prefer($0.configuration) } ?? .disable
        var configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: mode)
        configuration.options.maximumConnections = size
        configuration.options.minimumConnections = 0
        return configuration
    }
}
