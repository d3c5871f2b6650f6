import Hummingbird

/// The methods each path of the server takes, so that another method gets 405 with `Allow` (RFC 9110
/// §15.5.6) rather than 404, and OPTIONS gets the list, as clients generated from the API document expect.
struct AllowedMethods: Sendable {
    private var routes: [(segments: [Substring], methods: Set<HTTPRequest.Method>)] = []

    /// The server's routes: the API's operations, its document and the dashboard's pages.
    static var server: AllowedMethods {
        var table = AllowedMethods()
        for operation in APIOperation.all { table.add(operation.routerPath, operation.method) }
        for path in PageRoutes.paths + ["/openapi.json"] { table.add(path, .get) }
        return table
    }

    mutating func add(_ path: String, _ method: HTTPRequest.Method) {
        let segments = path.split(separator: "/")
        // GET routes answer HEAD too (the router makes those endpoints).
        let methods: Set<HTTPRequest.Method> = method == .get ? [.get, .head] : [method]
        if let i = routes.firstIndex(where: { $0.segments == segments }) {
            routes[i].methods.formUnion(methods)
        } else {
            routes.append((segments, methods))
        }
    }

    /// The methods some route of `path` takes, in a fixed order; empty when no route has this path.
    func methods(for path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/")
        let matching = routes.filter { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { template, segment in template.hasPrefix(":") || template == segment }
        }
        let all = matching.reduce(into: Set<HTTPRequest.Method>()) { $0.formUnion($1.methods) }
        let order: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete]
        return order.filter(all.contains)
    }
}
