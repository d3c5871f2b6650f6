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
    /// Bytes read so far from every input, for progress. A counter object, so that the body called with
    /// each article can look at it while the reader is busy.
    public let bytesRead = ByteCounter()
    /// Called with each bad record, which is skipped; by default writes it on standard error.
    public var report: (EntenteError) -> Void
    /// Called with what was repaired or odd in the input but coded all the same (replaced bytes, an
    /// empty article, a repeated id); by default writes it on standard error.
    public var warn: (EntenteError) -> Void = InputReader.writeToStandardError
    /// Empty articles and repeated ids, reported and kept.
    private var audit = InputAudit()

    public init(plainTextDate: SimpleDate? = nil, report: @escaping (EntenteError) -> Void = InputReader.writeToStandardError) {
        self.plainTextDate = plainTextDate
        self.report = report
    }

    /// Writes `error` on standard error as `entente: FILE:LINE: kind: message`.
    public static func writeToStandardError(_ error: EntenteError) {
        StandardStreams.writeError("entente: \(error)\n")
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
        do {
            try read(handle, path: path, name: name, body)
        } catch let failure as ReadFailure {
            skip(failure.error)
        }
    }

    private mutating func read(_ handle: FileHandle, path: String, name: String, _ body: (Article) throws -> Void) throws {
        var first = try block(handle, name: name)
        let kind = Self.kind(of: path, data: first)
        let isJSONLines = kind == .jsonLines
        // UTF-16 is decoded whole (its line feeds are two bytes); JSON Lines in any other encoding are read as they come.
        let firstBytes = [UInt8](first)
        let wholeFile = !isJSONLines || TextDecoding.isUTF16(firstBytes)
        if isJSONLines, !wholeFile, let reason = TextDecoding.binaryReason(firstBytes) {
            return skip(EntenteError(.binary, file: name, line: nil, "\(reason); skipped"))
        }
        var decoded: DecodedText?
        if wholeFile {
            while case let more = try block(handle, name: name), !more.isEmpty { first.append(more) }
            let document: TextDecoding.Document = kind == .html ? .html : kind == .feed ? .xml : .plain
            do { decoded = try TextDecoding.decode([UInt8](first), file: name, document: document) } catch { return skip(error) }
            decoded?.warnings(file: name, line: nil).forEach { warn($0) }
        }
        if isJSONLines, first.isEmpty {
            warn(EntenteError(.emptyArticle, file: name, line: nil, "the file is empty: no articles"))
        }
        if isJSONLines {
            try readJSONLines(handle, first: decoded.map { Data($0.text.utf8) } ?? first, name: name, body)
            return
        }
        let text = decoded?.text ?? ""
        let fileName = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
        switch kind {
        case .feed:
            let articles = FeedReader.articles(text, name: fileName)
            if articles.isEmpty { skip(EntenteError(.noText, file: name, line: nil, "the feed has no item with text")) }
            for var article in articles {
                if article.date == nil { article.date = plainTextDate }
                try pass(article, file: name, line: nil, body)
            }
        case .html:
            let page = HTMLText(html: text)
            guard !page.text.isEmpty else {
                skip(EntenteError(.noText, file: name, line: nil, "the page has no article text"))
                return
            }
            let site = page.siteName ?? page.url.flatMap { URL(string: $0)?.host }
            try pass(Article(id: page.url ?? fileName, date: page.date ?? plainTextDate, title: page.title, text: page.text, source: site, url: page.url),
                     file: name, line: nil, body)
        case .plainText, .jsonLines:
            try pass(Article(id: fileName, date: plainTextDate, text: text), file: name, line: nil, body)
        }
    }

    /// Hands `article` on after warning about what the audit finds.
    private mutating func pass(_ article: Article, file: String, line: Int?, _ body: (Article) throws -> Void) throws {
        var article = article
        let nuls = article.removeNULs()
        if nuls > 0 { warn(EntenteError(.encoding, file: file, line: line, "\(nuls) NUL character(s) removed from article '\(article.id)'")) }
        audit.check(article, file: file, line: line).forEach { warn($0) }
        try body(article)
    }

    /// The next block of the file; empty at its end. A failed read (an I/O error, a folder) is not taken for the end.
    private mutating func block(_ handle: FileHandle, name: String) throws(ReadFailure) -> Data {
        do {
            let data = try handle.read(upToCount: 1 << 20) ?? Data()
            bytesRead.count += data.count
            return data
        } catch {
            // Foundation wraps the system's error; its own text ("Is a directory") says more than Foundation's.
            let posix = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
            let reason = posix.map { String(cString: strerror(Int32($0))) } ?? error.localizedDescription
            throw ReadFailure(error: EntenteError(.unreadable, file: name, line: nil, "reading failed (\(reason)); the rest of the file is not read"))
        }
    }

    /// A read that failed part way: reported and skipped like any unreadable input.
    private struct ReadFailure: Error {
        let error: EntenteError
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
                let more = try block(handle, name: name)
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
                let more = try block(handle, name: name)
                if more.isEmpty { atEnd = true } else { more.withUnsafeBytes { pending.append(contentsOf: $0) } }
            }
        }
    }

    private mutating func readLine(_ slice: UnsafeBufferPointer<UInt8>, name: String, line: Int, _ body: (Article) throws -> Void) throws {
        if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
        let decoded = TextDecoding.decodeLine(ArraySlice(slice))
        decoded.warnings(file: name, line: line).forEach { warn($0) }
        // Only the line's own faults are skipped here; what `body` throws (an output failure) ends the reading.
        let article: Article
        do {
            article = try ArticleParser.parseJSONLine(Substring(decoded.text), file: name, line: line)
        } catch {
            return skip(error)
        }
        try pass(article, file: name, line: line, body)
    }

    private mutating func skip(_ error: EntenteError) {
        skipped += 1
        report(error)
    }
}

/// A running count of bytes, shared by reference.
public final class ByteCounter {
    public internal(set) var count = 0
}
