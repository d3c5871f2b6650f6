import ArgumentParser
import EntenteCore
import EntenteServer
import Foundation
import Hummingbird

/// `entente serve`: the relations dashboard and JSON API over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the relations dashboard and the JSON API (OpenAPI document at /openapi.json).",
        discussion: """
        --db serves an event store (a SQLite file or a postgres:// URL, as `entente ingest` fills it); POST
        /api/articles codes and stores into it. Without --db, --demo serves the bundled example articles and
        --articles adds JSON Lines files of your own, coded at start and kept in memory; with --db, they are
        ingested into the store first (articles already stored are passed over). Write endpoints (POST /api/articles) need the token of --token or $ENTENTE_TOKEN
        whenever one is set, and are refused without one when --host is not a loopback address.
        """
    )

    @Option(help: ArgumentHelp("Event store to serve: a SQLite file or a postgres:// URL (default: in memory).", valueName: "PATH|URL"))
    var db: String?

    @Option(help: ArgumentHelp("PostgreSQL connections at most (default: two per core).", valueName: "N"))
    var dbConnections: Int?

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(help: "Address to listen on; anything but loopback requires a token for writes.")
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp("Token for write endpoints (default: $ENTENTE_TOKEN).", valueName: "TOKEN"))
    var token: String?

    @Option(help: ArgumentHelp("Largest request body accepted, in bytes.", valueName: "BYTES"))
    var bodyLimit: Int = 1 << 20

    @Option(help: ArgumentHelp("Seconds a connection may send nothing (mid-request or between requests) before it is closed.", valueName: "SECONDS"))
    var readTimeout: Int = 30

    @Option(help: ArgumentHelp("Connections served at once; more wait in the listen queue.", valueName: "N"))
    var maxConnections: Int = 1024

    @Flag(help: "Serve the bundled example articles.")
    var demo = false

    @Option(name: .customLong("articles"), help: ArgumentHelp("JSON Lines articles to code and serve (repeatable).", valueName: "FILE"))
    var articleFiles: [String] = []

    @OptionGroup var dictionaries: DictionaryOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard bodyLimit > 0 else { throw ValidationError("--body-limit must be positive") }
        guard readTimeout > 0, maxConnections > 0 else { throw ValidationError("--read-timeout and --max-connections must be positive") }
    }

    func run() async throws {
        var articles = demo ? try DemoArticles.load() : []
        var reader = InputReader(plainTextDate: nil)
        for file in articleFiles {
            try reader.read(file) { article in
                // An article the API could not read back is refused here as `POST /api/articles` refuses it.
                guard ArticleID.accepts(article.id) else {
                    StandardStreams.writeError("entente: \(file): article id \(article.id.debugDescription) must be \(ArticleID.meaning); skipped\n")
                    return
                }
                articles.append(article)
            }
        }
        let coder = try dictionaries.coder()
        let store: any RelationsStore
        var serving = "memory"
        if let db {
            let database = try DatabaseStore(location: db, connections: dbConnections, coder: coder)
            // Through the store's ingest path, so that articles stored already are passed over, not refused.
            let stored = try await database.storedIDs(articles.map(\.id))
            _ = try await database.add(articles.filter { !stored.contains($0.id) })
            store = database
            serving = database.location
        } else {
            store = try MemoryStore(coder: coder, articles: articles)
        }
        let settings = ServerConfiguration(host: host, port: port, token: token ?? ProcessInfo.processInfo.environment["ENTENTE_TOKEN"], bodyLimit: bodyLimit,
                                           readTimeout: .seconds(readTimeout), maxConnections: maxConnections)
        if !settings.isLoopback && settings.token == nil {
            StandardStreams.writeError("entente: listening beyond loopback without a token: writes are disabled\n")
        }
        StandardStreams.writeError("entente: serving \(serving), \(articles.count) article(s) given; dashboard at http://\(host):\(port)/\n")
        try await ServerApplication.build(store: store, configuration: settings).runService()
    }
}
