import EntenteCore
import Foundation

/// Reads articles from JSON Lines files, plain text files or standard input, reporting bad records on
/// standard error and going on with the rest.
struct InputReader {
    /// The date given to plain-text articles.
    var plainTextDate: SimpleDate?
    /// Number of records reported and skipped.
    private(set) var skipped = 0

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
        let first = Self.block(handle)
        let isJSONLines = path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") || (path == "-" && first.first == UInt8(ascii: "{"))
        if isJSONLines {
            try readJSONLines(handle, first: first, name: name, body)
        } else {
            var data = first
            while true {
                let more = Self.block(handle)
                if more.isEmpty { break }
                data.append(more)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                report(EntenteError(.invalidUTF8, file: name, line: nil, "the file is not valid UTF-8; skipped"))
                return
            }
            let id = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
            try body(Article(id: id, date: plainTextDate, text: text))
        }
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
        while true {
            // Lines end at the buffer's last newline; at the end of the file, at the end of the buffer.
            let limit: Int
            if let last = pending.lastIndex(of: newline) {
                limit = last
            } else if atEnd {
                if pending.isEmpty { break }
                limit = pending.count
            } else {
                let more = Self.block(handle)
                if more.isEmpty { atEnd = true } else { pending.append(contentsOf: more) }
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
            if !atEnd {
                let more = Self.block(handle)
                if more.isEmpty { atEnd = true } else { pending.append(contentsOf: more) }
            }
        }
    }

    private mutating func readLine(_ slice: UnsafeBufferPointer<UInt8>, name: String, line: Int, _ body: (Article) throws -> Void) throws {
        if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
        guard let text = String(validating: slice, as: UTF8.self) else {
            report(EntenteError(.invalidUTF8, file: name, line: line, "the line is not valid UTF-8; skipped"))
            return
        }
        do {
            try body(try ArticleParser.parseJSONLine(Substring(text), file: name, line: line))
        } catch let error as EntenteError {
            report(error)
        }
    }

    private mutating func report(_ error: EntenteError) {
        skipped += 1
        FileHandle.standardError.write(Data("entente: \(error)\n".utf8))
    }
}
