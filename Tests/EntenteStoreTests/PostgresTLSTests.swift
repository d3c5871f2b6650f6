import EntenteCore
import Foundation
import Testing
@testable import EntenteStore

/// TLS to PostgreSQL as libpq's `sslmode` asks for it, against a server that takes TLS connections only,
/// with a certificate for "localhost" from an authority made for the test (`.ci/postgres.sh tls` makes both;
/// `ENTENTE_TEST_POSTGRES_TLS` names the server and `ENTENTE_TEST_POSTGRES_TLS_CA` the authority's
/// certificate). No message ever holds the password.
@Suite("PostgreSQL over TLS", .serialized)
struct PostgresTLSTests {
    static let server = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES_TLS"].flatMap { $0.isEmpty ? nil : $0 }
    static let authority = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES_TLS_CA"].flatMap { $0.isEmpty ? nil : $0 }
    static let missing = "ENTENTE_TEST_POSTGRES_TLS or ENTENTE_TEST_POSTGRES_TLS_CA is not set (.ci/run starts a TLS server with '.ci/postgres.sh tls' and sets both)"

    /// `server` with `query` in place of its own query string.
    static func url(_ query: String, host: String? = nil) throws -> String {
        let server = try #require(server, Comment(rawValue: missing))
        var components = try #require(URLComponents(string: server))
        if let host { components.host = host }
        return try #require(components.string) + "?" + query
    }

    /// Whether the store's own connection is encrypted, by the server's word.
    static func encrypted(_ store: EventStore) throws -> Bool {
        try store.database.read { try $0.query("SELECT CAST(ssl AS TEXT) FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?.first?.string } == "true"
    }

    @Test(.needsTLSPostgres)
    func verifyFullWithTheAuthorityConnectsEncrypted() throws {
        let authority = try #require(Self.authority, Comment(rawValue: Self.missing))
        for mode in ["verify-full", "verify-ca", "require"] {
            let store = try EventStore.open(try Self.url("sslmode=\(mode)&sslrootcert=\(authority)"), notice: { _ in })
            defer { store.close() }
            #expect(try Self.encrypted(store), "\(mode)")
            #expect(try store.counts().articles >= 0)
            #expect(!store.location.contains("entente:entente"), "no password in \(store.location)")
        }
        // prefer (libpq's default) uses TLS when the server offers it, without checking the certificate.
        let preferred = try EventStore.open(try #require(Self.server), notice: { _ in })
        defer { preferred.close() }
        #expect(try Self.encrypted(preferred))
    }

    /// A certificate that does not check out is refused, with the reason and without the password.
    @Test(.needsTLSPostgres)
    func certificatesThatDoNotCheckOutAreRefused() throws {
        let authority = try #require(Self.authority, Comment(rawValue: Self.missing))
        let cases = [
            ("sslmode=verify-full", "localhost"),  // the system's authorities never signed the test's certificate
            ("sslmode=verify-full&sslrootcert=\(authority)", "127.0.0.1"),  // the certificate names localhost only
            ("sslmode=disable", "localhost"),  // the server takes TLS connections only
        ]
        for (query, host) in cases {
            let url = try Self.url(query, host: host)
            do {
                let store = try EventStore.open(url, notice: { _ in })
                store.close()
                Issue.record("\(query) on \(host) connected")
            } catch {
                #expect(error.kind == .database, "\(query)")
                #expect(error.message.contains("cannot connect") || error.message.contains("verify-full checks the server's name"),
                        "\(query): \(error.message)")
                #expect(!"\(error)".contains(":entente@"), "the password shows in: \(error)")
            }
        }
    }

    @Test func badTLSSettingsAreRefusedWithoutThePassword() throws {
        for url in ["postgres://u:secret@localhost/db?sslmode=always", "postgres://u:secret@localhost/db?sslrootcert=/no/such/file.crt",
                    "postgres://u:secret@localhost/db?ssl=true"] {
            #expect(throws: EntenteError.self) { try PostgresURL(url) }
            do { _ = try PostgresURL(url) } catch {
                #expect(!"\(error)".contains("secret"), "\(error)")
            }
        }
        let parsed = try PostgresURL("postgres://u:secret@db.example.org:6543/events?sslmode=verify-full")
        #expect(parsed.location == "postgres://u@db.example.org:6543/events?sslmode=verify-full")
        #expect(parsed.tlsMode == .verifyFull && parsed.port == 6543 && parsed.database == "events")
    }
}
