import Dispatch
import Foundation

/// Codes a stream of articles on several threads, in batches of bounded size, and hands out their
/// events as JSON Lines in input order: the same bytes whatever the thread count.
///
/// Long articles are cut into pieces (`ArticleSegmenter`) and batches are closed at a size limit, so
/// memory stays flat however long the input or any one article.
public struct BatchCoder: Sendable {
    public let coder: EventCoder
    /// Threads to use; 1 codes on the calling thread.
    public let threads: Int
    /// A batch is coded when it holds this many pieces or this many bytes of text.
    static let batchPieces = 256
    static let batchBytes = 1 << 20

    /// Longest piece an article is coded in (see `ArticleSegmenter`).
    var pieceLength = ArticleSegmenter.pieceLength
    private var pending: [ArticleSegment] = []
    private var pendingBytes = 0
    /// Sentences of the current article in pieces already coded, to number the next piece's sentences.
    private var sentencesBefore = 0

    /// Articles, sentences and events coded so far.
    public private(set) var articles = 0
    public private(set) var sentences = 0
    public private(set) var events = 0

    public init(coder: EventCoder, threads: Int) {
        self.coder = coder
        self.threads = max(1, threads)
    }

    /// Queues `article`; codes a batch when one is full, passing each article's JSON Lines to `output`.
    public mutating func add(_ article: Article, output: (String) throws -> Void) rethrows {
        for segment in ArticleSegmenter.segments(of: article, pieceLength: pieceLength) {
            pending.append(segment)
            pendingBytes += segment.article.text.utf8.count
            if pending.count >= Self.batchPieces || pendingBytes >= Self.batchBytes { try flush(output: output) }
        }
    }

    /// Codes what is queued.
    public mutating func flush(output: (String) throws -> Void) rethrows {
        guard !pending.isEmpty else { return }
        let segments = pending
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        let coder = self.coder
        let coded = map(segments) { coder.code($0) }
        // Sentence numbers run on across the pieces of one article.
        var offsets: [Int] = []
        offsets.reserveCapacity(segments.count)
        for (segment, result) in zip(segments, coded) {
            if !segment.isContinuation {
                sentencesBefore = 0
                articles += 1
            }
            offsets.append(sentencesBefore)
            sentencesBefore += result.sentences
            sentences += result.sentences
            events += result.events.count
        }
        let sentenceOffsets = offsets
        let lines = map(Array(segments.indices)) { i in
            var out = ""
            for event in coded[i].events {
                let whole = segments[i].isContinuation
                    ? event.shifted(sentences: sentenceOffsets[i], scalars: segments[i].scalarOffset) : event
                EventJSON.write(whole, into: &out)
                out += "\n"
            }
            return out
        }
        for text in lines where !text.isEmpty { try output(text) }
    }

    /// Each article's events (numbered within the whole article) and sentence count, coded on up to
    /// `threads` threads, in input order: for callers that keep events rather than write JSON (the store).
    public func code(_ articles: [Article]) -> [CodedArticle] {
        let segments = articles.enumerated().flatMap { index, article in
            ArticleSegmenter.segments(of: article, pieceLength: pieceLength).map { (index, $0) }
        }
        let coder = self.coder
        let coded = map(segments) { coder.code($0.1) }
        var results = articles.map { CodedArticle(article: $0, sentences: 0, events: []) }
        for ((index, segment), piece) in zip(segments, coded) {
            let before = results[index].sentences
            results[index].events += segment.isContinuation ? piece.events.map { $0.shifted(sentences: before, scalars: segment.scalarOffset) } : piece.events
            results[index].sentences += piece.sentences
        }
        return results
    }

    /// `transform` of each item, computed on up to `threads` threads, in input order.
    public func map<Item: Sendable, T: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> T) -> [T] {
        guard threads > 1, items.count > 1 else { return items.map(transform) }
        let slots = Slots<T>(count: items.count)
        let next = WorkCounter()
        // Each thread takes the next item when it is free: articles differ in length by a thousand times,
        // so a fixed share per thread would leave one idle while the other finishes a long one.
        DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
            while let i = next.take(below: items.count) { slots.set(i, transform(items[i])) }
        }
        return slots.values()
    }
}

/// Hands out 0, 1, 2, … to several threads.
final class WorkCounter: @unchecked Sendable {
    // Unchecked: `next` is only touched under `lock`.
    private let lock = NSLock()
    private var next = 0

    /// The next number, or nil once `count` are handed out.
    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
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
