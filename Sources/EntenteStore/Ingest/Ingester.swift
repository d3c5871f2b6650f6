import EntenteCore
import Foundation

/// `entente ingest`: reads files and folders, codes new articles in parallel, and writes them to the store
/// in batches, each batch one transaction. Articles already stored (same id and content) are passed over
/// before coding, so re-ingesting is a no-op and a killed ingest, run again, finishes the work. The input is
/// taken a chunk at a time, so memory holds one chunk of text (and each article's id and hash), whatever the
/// size of the input.
public struct Ingester {
    public let store: EventStore
    public let coder: BatchCoder
    /// Articles per transaction: small enough that a killed ingest loses little work, large enough to use every core.
    public var batchSize = 32
    /// Articles (or bytes of text) read ahead before they are checked against the store and written.
    public var chunkArticles = 2048
    public var chunkBytes = 32 << 20
    /// The date of plain-text articles and pages that carry none.
    public var plainTextDate: SimpleDate?
    /// Called after each batch with the articles written so far and the part of the input read (nil when
    /// it cannot be known: standard input).
    public var progress: (_ written: Int, _ fractionRead: Double?) -> Void = { _, _ in }
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
        let totalBytes = files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int ?? 0)
        }
        let sizeKnown = !files.contains("-") && totalBytes > 0
        var reasons: [String: Int] = [:]
        let report = self.report
        var reader = InputReader(plainTextDate: plainTextDate) { error in
            reasons[error.kind.rawValue, default: 0] += 1
            report(error)
        }
        // Every article's content hash by id, for the whole input: ids repeated in it are passed over, and the
        // store records the hash. Texts are kept only for the chunk in hand.
        var hashes: [String: String] = [:]
        var chunk: [Article] = []
        var chunkText = 0
        var deferred: [Article] = []
        let bytesRead = reader.bytesRead
        // The chunk in hand came from input bytes chunkFrom..<chunkTo (the reader reads ahead in blocks); the
        // part done is placed within that range by the articles of the chunk written so far.
        var chunkFrom = 0, chunkTo = 0, chunkDone = 0, chunkSize = 1
        func fraction() -> Double? {
            guard sizeKnown else { return nil }
            let position = Double(chunkFrom) + Double(chunkTo - chunkFrom) * Double(chunkDone) / Double(max(1, chunkSize))
            return min(1, position / Double(totalBytes))
        }
        func take(_ result: EventStore.BatchResult) {
            for coded in result.written {
                summary.articlesWritten += 1
                summary.sentences += coded.sentences
                summary.events += coded.events.count
            }
            if !result.storedMeanwhile.isEmpty { reasons["stored meanwhile by another ingest", default: 0] += result.storedMeanwhile.count }
            chunkDone += result.written.count + result.deferred.count + result.storedMeanwhile.count
            progress(summary.articlesWritten, fraction())
        }
        // Passed over before coding: the same id with the same content (re-ingest), or with other content (never doubled).
        func writeChunk() throws(EntenteError) {
            defer { chunk.removeAll(keepingCapacity: true); chunkText = 0 }
            let stored = try store.storedHashes(chunk.map(\.id))
            var todo: [Article] = []
            for article in chunk {
                guard let hash = stored[article.id] else { todo.append(article); continue }
                reasons[hash == hashes[article.id] ? "already stored" : "already stored with other content", default: 0] += 1
            }
            chunkFrom = chunkTo
            chunkTo = bytesRead.count
            chunkDone = 0
            chunkSize = todo.count
            for start in stride(from: 0, to: todo.count, by: batchSize) {
                let batch = Array(todo[start..<min(todo.count, start + batchSize)])
                let result = try store.ingest(batch, hashes: hashes, wait: false, code: coder.code)
                deferred += result.deferred
                take(result)
            }
        }
        progress(0, sizeKnown ? 0 : nil)
        do {
            // The reader reports and skips bad input itself; what it throws comes from the store, through writeChunk.
            for file in files {
                try reader.read(file) { article in
                    // The server could not read it back: refused here as the API refuses it.
                    guard ArticleID.accepts(article.id) else {
                        reasons["id not \(ArticleID.meaning)", default: 0] += 1
                        report(EntenteError(.invalidField, file: file, line: nil,
                                            "article id \(article.id.debugDescription) must be \(ArticleID.meaning); skipped"))
                        return
                    }
                    let hash = ContentHash.of(article)
                    if let earlier = hashes[article.id] {
                        reasons[earlier == hash ? "repeated in the input" : "id repeated in the input with other content", default: 0] += 1
                        return
                    }
                    hashes[article.id] = hash
                    summary.articlesRead += 1
                    chunk.append(article)
                    chunkText += article.text.utf8.count
                    if chunk.count >= chunkArticles || chunkText >= chunkBytes { try writeChunk() }
                }
            }
            try writeChunk()
            // Articles another ingest held: wait for each; most turn out stored by then.
            for article in deferred {
                take(try store.ingest([article], hashes: hashes, wait: true, code: coder.code))
            }
        } catch {
            // A full disk, a server gone for good: say what is kept and how to go on, not only what failed.
            var stopped = error as? EntenteError ?? EntenteError(.database, file: store.location, line: nil, "\(error)")
            stopped.message += "; the ingest stopped with \(summary.articlesWritten) new article(s) stored, each batch whole or not at all."
                + " Run the same command again to go on from there"
            throw stopped
        }
        summary.hadInputErrors = reader.skipped > 0
        summary.skipped = reasons
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}
