import Dispatch

/// Codes batches of articles on several threads; the output is in input order, so it is the same
/// bytes whatever the thread count.
public struct BatchCoder: Sendable {
    public let coder: EventCoder
    /// Threads to use; 1 codes on the calling thread.
    public let threads: Int

    public init(coder: EventCoder, threads: Int) {
        self.coder = coder
        self.threads = max(1, threads)
    }

    /// Each article's events as JSON Lines (one string per article, each line ending in a newline).
    public func jsonLines(_ articles: [Article]) -> [String] {
        map(articles) { article in
            var out = ""
            for event in coder.code(article) {
                EventJSON.write(event, into: &out)
                out += "\n"
            }
            return out
        }
    }

    /// `transform` of each article, computed on up to `threads` threads, in input order.
    public func map<T: Sendable>(_ articles: [Article], _ transform: @Sendable (Article) -> T) -> [T] {
        guard threads > 1, articles.count > 1 else { return articles.map(transform) }
        let slots = Slots<T>(count: articles.count)
        let lanes = min(threads, articles.count)
        // Interleaved lanes: article i goes to lane i % lanes, which balances long and short articles.
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var i = lane
            while i < articles.count {
                slots.set(i, transform(articles[i]))
                i += lanes
            }
        }
        return slots.values()
    }
}

/// Results written from several threads, each to its own slot.
final class Slots<T>: @unchecked Sendable {
    // Unchecked: each index is written by exactly one thread, and `values()` is called only after
    // every writer has finished (concurrentPerform returns when all iterations are done).
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: T) { buffer[index] = value }

    /// The values, once all are set.
    func values() -> [T] { (0..<count).compactMap { buffer[$0] } }
}
