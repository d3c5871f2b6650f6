import EntenteCore
import Foundation

/// Reads articles from JSON Lines files, plain text files or standard input, reporting bad records on
/// standard error and going on with the rest.
struct InputReader {
    /// The date given to plain-text articles.
    var plainTextDate: SimpleDate?
    /// Number of records reported and skipped.
    private(set) var skipped = 0
    /// Empty articles and repeated ids, reported and kept.
    private var audit = InputAudit()

    init(plainTextDate: SimpleDate? = nil) { self.plainTextDate = plainTextDate }

    /// Calls `body` with each article of `path` ("-" for standard input), in order. JSON Lines are
    /// read in blocks, so memory stays flat however long the input.
    mutating func read(_ path: String, _ body: (Article) throws -> Void) throws {
        let name = path == "-" ? "<stdin>" : path
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                report(EntenteError(.unreadable, file: path, line: nil, "cannot read the file (missing or not readable)"))
                return
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var first = Self.block(handle)
        let isJSONLines = path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") || (path == "-" && first.first == UInt8(ascii: "{"))
        // UTF-16 is decoded whole (its line feeds are two bytes); any other file is read as it comes.
        let wholeFile = !isJSONLines || TextDecoding.isUTF16([UInt8](first))
        if isJSONLines, !wholeFile, let reason = TextDecoding.binaryReason([UInt8](first)) {
            return report(EntenteError(.binary, file: name, line: nil, "\(reason); skipped"))
        }
        var decoded: DecodedText?
        if wholeFile {
            while case let more = Self.block(handle), !more.isEmpty { first.append(more) }
            do { decoded = try TextDecoding.decode([UInt8](first), file: name) } catch { return report(error) }
            decoded?.warnings(file: name, line: nil).forEach { warn($0) }
        }
        if isJSONLines, first.isEmpty {
            warn(EntenteError(.emptyArticle, file: name, line: nil, "the file is empty: no articles"))
        }
        if isJSONLines {
            try readJSONLines(handle, first: decoded.map { Data($0.text.utf8) } ?? first, name: name, body)
        } else {
            let id = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
            try pass(Article(id: id, date: plainTextDate, text: decoded?.text ?? ""), file: name, line: nil, body)
        }
    }

    /// Hands `article` on after warning about what the audit finds.
    private mutating func pass(_ article: Article, file: String, line: Int?, _ body: (Article) throws -> Void) throws {
        audit.check(article, file: file, line: line).forEach { warn($0) }
        try body(article)
    }

    /// The next block of the file; empty at its end.
    private static func block(_ handle: FileHandle) -> Data {
        (try? handle.read(upToCount: 1 << 20)) ?? Data()
    }

    private mutating func readJSONLines(_ handle: FileHandle, first: Data, name: String, _ body: (Article) throws -> Void) throws {
        let newline = UInt8(ascii: "\n")
        var lineNumber = 0
        var pending = [UInt8](first)
        var atEnd = first.isEmpty
        // Bytes of `pending` known to hold no newline: a long line is searched once, not once a block.
        var searched = 0
        while true {
            // Lines end at the buffer's last newline; at the end of the file, at the end of the buffer.
            let limit: Int
            if let last = pending[searched...].lastIndex(of: newline) {
                limit = last
            } else if atEnd {
                if pending.isEmpty { break }
                limit = pending.count
            } else {
                searched = pending.count
                let more = Self.block(handle)
                if more.isEmpty { atEnd = true } else { more.withUnsafeBytes { pending.append(contentsOf: $0) } }
                continue
            }
            try pending.withUnsafeBufferPointer { bytes in
                var start = 0
                while start <= limit, start < bytes.count {
                    var end = start
                    while end < limit, bytes[end] != newline { end += 1 }
                    lineNumber += 1
                    try readLine(UnsafeBufferPointer(rebasing: bytes[start..<end]), name: name, line: lineNumber, body)
                    start = end + 1
                }
            }
            pending.removeSubrange(0..<min(limit + 1, pending.count))
            searched = pending.count
            if !atEnd {
                let more = Self.block(handle)
                if more.isEmpty { atEnd = true } else { more.withUnsafeBytes { pending.append(contentsOf: $0) } }
            }
        }
    }

    private mutating func readLine(_ slice: UnsafeBufferPointer<UInt8>, name: String, line: Int, _ body: (Article) throws -> Void) throws {
        if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
        let decoded = TextDecoding.decodeLine(ArraySlice(slice))
        decoded.warnings(file: name, line: line).forEach { warn($0) }
        do {
            try pass(try ArticleParser.parseJSONLine(Substring(decoded.text), file: name, line: line), file: name, line: line, body)
        } catch let error as EntenteError {
            report(error)
        }
    }

    private mutating func report(_ error: EntenteError) {
        skipped += 1
        warn(error)
    }

    /// Tells the user about something repaired or odd in the input that is coded all the same.
    private func warn(_ error: EntenteError) {
        FileHandle.standardError.write(Data("entente: \(error)\n".utf8))
    }
}
