import EntenteCore
import Hummingbird
import NIOCore

/// Turns every error into a response with a message: JSON under /api, an HTML page elsewhere. A method that
/// a known path does not take gets 405 with `Allow` (and OPTIONS the list), where the router says 404.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let bodyLimit: Int
    let allowed: AllowedMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            var (status, headers, message) = describe(error, path: request.uri.path)
            let methods = status == .notFound ? allowed.methods(for: request.uri.path) : []
            if !methods.isEmpty, !methods.contains(request.method) {
                let allow = (methods + (request.method == .options ? [.options] : [])).map(\.rawValue).joined(separator: ", ")
                if request.method == .options { return Response(status: .noContent, headers: [.allow: allow]) }
                (status, headers, message) = (.methodNotAllowed, [.allow: allow], "\(request.method) is not allowed on \(request.uri.path); allowed: \(allow)")
            }
            if status.code >= 500 { context.logger.error("\(request.method) \(request.uri.path): \(error)") }
            var response = ErrorMiddleware.isAPI(request.uri.path)
                ? Responses.json(APIJSON.error(message), status: status)
                : Responses.html(ErrorPage.render(status: status, message: message), status: status)
            response.headers.append(contentsOf: headers)
            return response
        }
    }

    static func isAPI(_ path: String) -> Bool { path.hasPrefix("/api/") || path == "/api" || path == "/openapi.json" }

    private func describe(_ error: any Error, path: String) -> (HTTPResponse.Status, HTTPFields, String) {
        switch error {
        case let error as EntenteError:
            switch error.kind {
            case .duplicate: return (.conflict, [:], error.message)
            case .invalidQuery: return (.badRequest, [:], error.message)
            case .malformedJSON, .invalidDate, .invalidUTF8, .missingField, .invalidField, .noText, .binary, .encoding, .emptyArticle:
                return (.badRequest, [:], "\(error.kind.rawValue)\(error.line.map { " on line \($0)" } ?? ""): \(error.message)")
            case .unavailable:
                // Nothing was stored: the client may send the same request again.
                return (.serviceUnavailable, [.retryAfter: "5"], "the database is unavailable for now; nothing was stored, try again")
            case .malformedDictionary, .unreadable, .unknownCode, .database, .model, .malformedConllU: return (.internalServerError, [:], "internal error")
            }
        case let error as HTTPError:
            return (error.status, error.headers, error.body ?? ErrorMiddleware.defaultMessage(error.status, path: path))
        case is NIOTooManyBytesError:
            return (.contentTooLarge, [:], "request body larger than \(bodyLimit) bytes")
        default:
            return (.internalServerError, [:], "internal error")
        }
    }

    private static func defaultMessage(_ status: HTTPResponse.Status, path: String) -> String {
        switch status {
        case .notFound: return "no such page or endpoint: \(path)"
        case .methodNotAllowed: return "method not allowed on \(path)"
        default: return status.reasonPhrase
        }
    }
}
