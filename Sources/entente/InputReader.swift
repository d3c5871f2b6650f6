import EntenteCore
import Foundation

/// Reads articles from JSON Lines files, plain text files or standard input, reporting bad records on
/// standard error and going on with the rest.
struct InputReader {
    /// The date given to plain-text articles.
    var plainTextDate: SimpleDate?
    /// Number of records reported and skipped.
    private(set) var skipped = 0

    /// Calls `body` with each article of `path` ("-" for standard input), in order.
    mutating func read(_ path: String, _ body: (Article) throws -> Void) throws {
        let data: Data
        let name = path == "-" ? "<stdin>" : path
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                report(EntenteError(.unreadable, file: path, line: nil, "cannot read the file (missing or not readable)"))
                return
            }
            data = contents
        }
        let isJSONLines = path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") || (path == "-" && data.first == UInt8(ascii: "{"))
        if isJSONLines {
            try readJSONLines(data, name: name, body)
        } else {
            guard let text = String(data: data, encoding: .utf8) else {
                report(EntenteError(.invalidUTF8, file: name, line: nil, "the file is not valid UTF-8; skipped"))
                return
            }
            let id = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
            try body(Article(id: id, date: plainTextDate, text: text))
        }
    }

    private mutating func readJSONLines(_ data: Data, name: String, _ body: (Article) throws -> Void) throws {
        var lineNumber = 0
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            let count = bytes.count
            while start < count {
                var end = start
                while end < count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                lineNumber += 1
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                guard let line = String(validating: slice, as: UTF8.self) else {
                    report(EntenteError(.invalidUTF8, file: name, line: lineNumber, "the line is not valid UTF-8; skipped"))
                    continue
                }
                do {
                    try body(try ArticleParser.parseJSONLine(Substring(line), file: name, line: lineNumber))
                } catch let error as EntenteError {
                    report(error)
                }
            }
        }
    }

    private mutating func report(_ error: EntenteError) {
        skipped += 1
        FileHandle.standardError.write(Data("entente: \(error)\n".utf8))
    }
}
