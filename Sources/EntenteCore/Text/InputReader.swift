import Foundation

/// Reads articles from JSON Lines, plain text, HTML pages and RSS/Atom feeds, files or standard input,
/// reporting bad records (with file and line) and going on with the rest.
public struct InputReader {
    /// What a file holds, from its name and, where that says nothing, its first bytes.
    public enum Kind: Sendable, Equatable {
        case jsonLines, plainText, html, feed
    }

    /// The date given to plain-text articles (and pages that carry none).
    public var plainTextDate: SimpleDate?
    /// Number of records reported and skipped.
    public private(set) var skipped = 0
    /// Called with each bad record; by default writes it on standard error.
    public var report: (EntenteError) -> Void

    public init(plainTextDate: SimpleDate? = nil, report: @escaping (EntenteError) -> Void = InputReader.writeToStandardError) {
        self.plainTextDate = plainTextDate
        self.report = report
    }

    /// Writes `error` on standard error as `entente: FILE:LINE: kind: message`.
    public static func writeToStandardError(_ error: EntenteError) {
        FileHandle.standardError.write(Data("entente: \(error)\n".utf8))
    }

    /// File extensions read when a folder is given.
    public static let knownExtensions: Set<String> = ["jsonl", "ndjson", "txt", "text", "html", "htm", "xhtml", "rss", "atom", "xml"]

    /// The files named by `paths`: files as given, folders walked (files with a known extension, sorted, hidden ones left out).
    public static func files(_ paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
                guard !url.pathComponents.contains(where: { $0.hasPrefix(".") && $0 != "." && $0 != ".." }),
                      knownExtensions.contains(url.pathExtension.lowercased()) else { continue }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue { found.append(url.path) }
            }
            files += found.sorted()
        }
        return files
    }

    /// What `path` holds, judged by its extension and, for standard input and XML, its first bytes.
    public static func kind(of path: String, data: Data) -> Kind {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        switch ext {
        case "jsonl", "ndjson": return .jsonLines
        case "html", "htm", "xhtml": return .html
        case "rss", "atom": return .feed
        default: break
        }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        let start = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if path == "-", start.first == "{" { return .jsonLines }
        guard ext == "xml" || path == "-", start.first == "<" else { return .plainText }
        return FeedReader.isFeed(head) ? .feed : .html
    }

    /// Calls `body` with each article of `path` ("-" for standard input), in order. JSON Lines are read
    /// in blocks, so memory stays flat however long the input; other kinds are one document each.
    public mutating func read(_ path: String, _ body: (Article) throws -> Void) throws {
        let name = path == "-" ? "<stdin>" : path
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                skip(EntenteError(.unreadable, file: path, line: nil, "cannot read the file (missing or not readable)"))
                return
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        let first = Self.block(handle)
        let kind = Self.kind(of: path, data: first)
        if kind == .jsonLines {
            try readJSONLines(handle, first: first, name: name, body)
            return
        }
        var data = first
        while true {
            let more = Self.block(handle)
            if more.isEmpty { break }
            data.append(more)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            skip(EntenteError(.invalidUTF8, file: name, line: nil, "the file is not valid UTF-8; skipped"))
            return
        }
        let fileName = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
        switch kind {
        case .feed:
            let articles = FeedReader.articles(text, name: fileName)
            if articles.isEmpty { skip(EntenteError(.noText, file: name, line: nil, "the feed has no item with text")) }
            for var article in articles {
                if article.date == nil { article.date = plainTextDate }
                try body(article)
            }
        case .html:
            let page = HTMLText(html: text)
            guard !page.text.isEmpty else {
                skip(EntenteError(.noText, file: name, line: nil, "the page has no article text"))
                return
            }
            let site = page.siteName ?? page.url.flatMap { URL(string: $0)?.host }
            try body(Article(id: page.url ?? fileName, date: page.date ?? plainTextDate, title: page.title, text: page.text, source: site, url: page.url))
        case .plainText, .jsonLines:
            try body(Article(id: fileName, date: plainTextDate, text: text))
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
            skip(EntenteError(.invalidUTF8, file: name, line: line, "the line is not valid UTF-8; skipped"))
            return
        }
        do {
            try body(try ArticleParser.parseJSONLine(Substring(text), file: name, line: line))
        } catch let error as EntenteError {
            skip(error)
        }
    }

    private mutating func skip(_ error: EntenteError) {
        skipped += 1
        report(error)
    }
}
