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

    /// Calls `body` with each article of `path` ("-" for standard input), in order.
    public mutating func read(_ path: String, _ body: (Article) throws -> Void) throws {
        let data: Data
        let name = path == "-" ? "<stdin>" : path
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                skip(EntenteError(.unreadable, file: path, line: nil, "cannot read the file (missing or not readable)"))
                return
            }
            data = contents
        }
        let kind = Self.kind(of: path, data: data)
        if kind == .jsonLines {
            try readJSONLines(data, name: name, body)
            return
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
                    skip(EntenteError(.invalidUTF8, file: name, line: lineNumber, "the line is not valid UTF-8; skipped"))
                    continue
                }
                do {
                    try body(try ArticleParser.parseJSONLine(Substring(line), file: name, line: lineNumber))
                } catch let error as EntenteError {
                    skip(error)
                }
            }
        }
    }

    private mutating func skip(_ error: EntenteError) {
        skipped += 1
        report(error)
    }
}
