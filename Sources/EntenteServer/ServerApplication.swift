import EntenteCore
import Hummingbird
import HummingbirdCore
import Logging

/// Builds the Hummingbird application of `entente serve`: JSON API, OpenAPI document and dashboard over a store.
public enum ServerApplication {
    public static func build(store: any RelationsStore, configuration: ServerConfiguration, logger: Logger? = nil) throws(EntenteError) -> some ApplicationProtocol {
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: ErrorMiddleware(bodyLimit: configuration.bodyLimit, allowed: .server))
        router.add(middleware: ResponseCacheMiddleware(store: store, cache: ResponseCache()))
        let access = WriteAccess(token: configuration.token, isLoopback: configuration.isLoopback)
        EventRoutes.add(to: router, store: store)
        DyadRoutes.add(to: router, store: store)
        NetworkRoutes.add(to: router, store: store)
        ActorRoutes.add(to: router, store: store)
        ArticleRoutes.add(to: router, store: store, access: access, bodyLimit: configuration.bodyLimit)
        try OpenAPIDocument.add(to: router, access: access)
        PageRoutes.add(to: router, store: store)
        var log = logger ?? Logger(label: "entente.serve")
        if logger == nil { log.logLevel = .notice }
        let limits = configuration.headerLimits
        let http1 = HTTP1Channel.Configuration(
            idleTimeout: .nanoseconds(Int64(configuration.readTimeout / .nanoseconds(1))),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: limits.fieldSize, maxHeaderListSize: limits.listSize, maxHeaderFieldCount: limits.fieldCount)
        )
        return Application(
            router: router,
            server: .http1(configuration: http1),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "entente",
                backlog: configuration.maxConnections, availableConnectionsDelegate: .maximum(configuration.maxConnections, logger: log)
            ),
            logger: log
        )
    }
}
