import EntenteCore
import Foundation

/// `entente ingest`: reads files and folders, codes new articles in parallel, and writes them to the store
/// in batches, each batch one transaction. Articles already stored (same id and content) are passed over
/// before coding, so re-ingesting is a no-op and a killed ingest, run again, finishes the work.
public struct Ingester {
    public let store: EventStore
    public let coder: BatchCoder
    /// Articles per transaction: small enough that a killed ingest loses little work, large enough to use every core.
    public var batchSize = 32
    /// The date of plain-text articles and pages that carry none.
    public var plainTextDate: SimpleDate?
    /// Called after each batch with articles done so far and in all.
    public var progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    /// Called with each bad input record.
    public var report: (EntenteError) -> Void = InputReader.writeToStandardError

    public init(store: EventStore, coder: EventCoder) {
        self.store = store
        self.coder = BatchCoder(coder: coder, threads: ProcessInfo.processInfo.activeProcessorCount)
    }

    public func run(_ paths: [String]) throws(EntenteError) -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let files = InputReader.files(paths)
        summary.files = files.count
        var reasons: [String: Int] = [:]
        let report = self.report
        var reader = InputReader(plainTextDate: plainTextDate) { error in
            reasons[error.kind.rawValue, default: 0] += 1
            report(error)
        }
        var articles: [Article] = []
        var seen: [String: String] = [:]
        var hashes: [String: String] = [:]
        for file in files {
            do {
                try reader.read(file) { article in
                    let hash = ContentHash.of(article)
                    if let earlier = seen[article.id] {
                        reasons[earlier == hash ? "repeated in the input" : "id repeated in the input with other content", default: 0] += 1
                        return
                    }
                    seen[article.id] = hash
                    hashes[article.id] = hash
                    articles.append(article)
                }
            } catch {
                reasons["unreadable input", default: 0] += 1
            }
        }
        summary.hadInputErrors = reader.skipped > 0
        summary.articlesRead = articles.count
        // Passed over before coding: the same id with the same content (re-ingest), or with other content (never doubled).
        let stored = try store.storedHashes(articles.map(\.id))
        var todo: [Article] = []
        for article in articles {
            guard let hash = stored[article.id] else { todo.append(article); continue }
            reasons[hash == hashes[article.id] ? "already stored" : "already stored with other content", default: 0] += 1
        }
        let total = todo.count
        var done = 0
        var deferred: [Article] = []
        func take(_ result: EventStore.BatchResult) {
            for coded in result.written {
                summary.articlesWritten += 1
                summary.sentences += coded.sentences
                summary.events += coded.events.count
            }
            if !result.storedMeanwhile.isEmpty { reasons["stored meanwhile by another ingest", default: 0] += result.storedMeanwhile.count }
            done += result.written.count + result.storedMeanwhile.count
            progress(done, total)
        }
        progress(0, total)
        do {
            for start in stride(from: 0, to: todo.count, by: batchSize) {
                let batch = Array(todo[start..<min(todo.count, start + batchSize)])
                let result = try store.ingest(batch, hashes: hashes, wait: false, code: coder.code)
                deferred += result.deferred
                take(result)
            }
            // Articles another ingest held: wait for each; most turn out stored by then.
            for article in deferred {
                take(try store.ingest([article], hashes: hashes, wait: true, code: coder.code))
            }
        } catch {
            // A full disk, a server gone for good: say what is kept and how to go on, not only what failed.
            var stopped = error
            stopped.message += "; the ingest stopped with \(done) of \(total) new article(s) stored, each batch whole or not at all."
                + " Run the same command again to go on from there"
            throw stopped
        }
        summary.skipped = reasons
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}
