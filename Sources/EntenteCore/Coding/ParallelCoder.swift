import Dispatch
import Synchronization

/// Codes articles on all cores; the results come back in input order, so the output is the same whatever
/// the number of cores.
public struct ParallelCoder: Sendable {
    public let coder: EventCoder

    public init(coder: EventCoder) { self.coder = coder }

    public func code(_ articles: [Article]) -> [CodedArticle] {
        let slots = Slots(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            slots.set(index, coder.codeCounting(articles[index]))
        }
        return slots.values()
    }

    /// Results written by index from several threads.
    final class Slots: Sendable {
        private let storage: Mutex<[CodedArticle?]>
        init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }
        func set(_ index: Int, _ value: CodedArticle) { storage.withLock { $0[index] = value } }
        func values() -> [CodedArticle] { storage.withLock { $0.compactMap { $0 } } }
    }
}
