import Hummingbird
import NIOCore
import Synchronization

/// The answers to reads (GET and HEAD, 200 OK), kept for as long as the store's generation
/// (`RelationsStore.generation()`) stays the same: a page or API answer asked for again is sent as it was
/// made, with no database query and no rendering. Each answer carries the generation as its `ETag`, and a
/// client that sends it back in `If-None-Match` gets 304 Not Modified while nothing changed; one that sends
/// `Cache-Control: no-cache` gets the answer made afresh.
///
/// A store that cannot say its generation (a failing database) is read as if there were no cache.
struct ResponseCacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let store: any RelationsStore
    let cache: ResponseCache
    /// Set anew each time the server starts, and part of every tag: a generation counted in memory starts
    /// again from nothing, and a tag of an earlier run must not pass for one of this run.
    let epoch = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head, let generation = try? await store.generation() else {
            return try await next(request, context)
        }
        let etag = "\"\(epoch).\(generation)\""
        if let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag }) {
            return Response(status: .notModified, headers: [.eTag: etag])
        }
        let key = "\(request.method) \(request.uri)"
        // "Cache-Control: no-cache" asks for the answer made afresh (the benchmarks time the work that way).
        let fresh = request.headers[values: .cacheControl].contains { $0.lowercased().contains("no-cache") }
        if !fresh, let kept = cache.response(for: key, generation: generation) { return kept }
        var response = try await next(request, context)
        guard response.status == .ok, let length = response.body.contentLength, length <= ResponseCache.largestBody else { return response }
        let collector = BodyCollector()
        try await response.body.write(collector)
        response.body = ResponseBody(byteBuffer: collector.buffer)
        response.headers[.eTag] = etag
        cache.keep(response, body: collector.buffer, for: key, generation: generation)
        return response
    }
}

/// The kept answers, by method and URI, each with the generation it was made under; bounded in number and
/// in bytes, answers of other generations going first.
final class ResponseCache: Sendable {
    /// Answers larger than this are not kept.
    static let largestBody = 4 << 20
    let capacity: Int
    let byteCapacity: Int

    private struct Kept {
        var generation: String
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    private struct State {
        var kept: [String: Kept] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())

    init(capacity: Int = 1024, byteCapacity: Int = 64 << 20) {
        self.capacity = capacity
        self.byteCapacity = byteCapacity
    }

    func response(for key: String, generation: String) -> Response? {
        state.withLock { state in
            guard let kept = state.kept[key], kept.generation == generation else { return nil }
            return Response(status: kept.status, headers: kept.headers, body: ResponseBody(byteBuffer: kept.body))
        }
    }

    func keep(_ response: Response, body: ByteBuffer, for key: String, generation: String) {
        state.withLock { state in
            if let old = state.kept.removeValue(forKey: key) { state.bytes -= old.body.readableBytes }
            if state.kept.count >= capacity || state.bytes + body.readableBytes > byteCapacity {
                // Answers of another generation will never be sent again; then any, to make room.
                for (k, v) in state.kept where v.generation != generation {
                    state.kept[k] = nil
                    state.bytes -= v.body.readableBytes
                }
                while state.kept.count >= capacity || state.bytes + body.readableBytes > byteCapacity, let (k, v) = state.kept.first {
                    state.kept[k] = nil
                    state.bytes -= v.body.readableBytes
                }
            }
            state.kept[key] = Kept(generation: generation, status: response.status, headers: response.headers, body: body)
            state.bytes += body.readableBytes
        }
    }

    /// The number of answers kept (for tests).
    var count: Int { state.withLock { $0.kept.count } }
}

/// Gathers a response body's bytes as it is written.
private struct BodyCollector: ResponseBodyWriter {
    private final class Buffer: Sendable {
        let bytes = Mutex(ByteBuffer())
    }

    private let storage = Buffer()
    var buffer: ByteBuffer { storage.bytes.withLock { $0 } }

    mutating func write(_ buffer: ByteBuffer) async throws {
        storage.bytes.withLock { bytes in
            var copy = buffer
            bytes.writeBuffer(&copy)
        }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
