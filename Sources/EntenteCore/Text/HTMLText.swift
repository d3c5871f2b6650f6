import Foundation

/// The article in an HTML page: its running text (scripts, navigation, headers, footers and other boilerplate
/// dropped; paragraphs kept apart), title, date, canonical URL and site name.
public struct HTMLText: Sendable, Equatable {
    public var text: String
    public var title: String?
    public var date: SimpleDate?
    public var url: String?
    public var siteName: String?

    /// Elements never part of an article's text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "template", "menu", "figure", "head", "title", "h1",
    ]
    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "pre", "dd", "dt", "br", "hr", "body",
    ]
    /// Elements that never have content, so that they are never waited for to close.
    static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area", "base"]
    /// Words in a class or id that mark boilerplate blocks (menus, share buttons, related links, comments).
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "menu", "footer", "header", "sidebar", "breadcrumb", "breadcrumbs", "share", "social",
        "related", "comments", "comment", "advert", "advertisement", "ad", "ads", "promo", "newsletter",
        "subscribe", "cookie", "cookies", "banner", "masthead", "toolbar", "popup", "modal", "skip",
    ]

    /// Extracts the article of `html`: the container whose paragraphs hold the most running text
    /// (`MainText`), else the first `<article>` (or `<main>`), else the whole page. With `choosingMainText`
    /// false, as for the content of a feed's item, which is the article already: the first `<article>`
    /// (or `<main>`), else all of it.
    public init(html: String, choosingMainText: Bool = true) {
        let pieces = Markup.scan(html)
        var meta = Metadata()
        meta.read(pieces)
        if choosingMainText, let ranges = MainText.ranges(pieces) {
            text = ranges.map { HTMLText.paragraphs(pieces[$0]) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        } else {
            text = HTMLText.paragraphs(pieces[HTMLText.scope(of: pieces)])
        }
        title = meta.title
        date = meta.date
        url = meta.url
        siteName = meta.siteName
    }

    /// The range of pieces whose text is the article: the first `<article>`, else `<main>`, else everything.
    static func scope(of pieces: [MarkupPiece]) -> Range<Int> {
        for container in ["article", "main"] {
            guard let start = pieces.firstIndex(where: { if case .open(container, _, false) = $0 { return true }; return false }) else { continue }
            var depth = 0
            for index in start..<pieces.count {
                switch pieces[index] {
                case .open(container, _, false): depth += 1
                case .close(container):
                    depth -= 1
                    if depth == 0 { return start..<(index + 1) }
                default: break
                }
            }
            return start..<pieces.count
        }
        return 0..<pieces.count
    }

    /// The text of `pieces` outside dropped elements, whitespace collapsed, a blank line between paragraphs.
    static func paragraphs(_ pieces: ArraySlice<MarkupPiece>) -> String {
        var paragraphs: [String] = []
        var current = ""
        var dropped: [String] = []   // names of open dropped elements, innermost last
        func endParagraph() {
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { paragraphs.append(trimmed) }
            current = ""
        }
        for piece in pieces {
            switch piece {
            case let .open(name, attributes, selfClosing):
                if name == "body" { dropped.removeAll() }   // a page whose <head> never closes
                if voidElements.contains(name) || selfClosing {
                    if dropped.isEmpty, blockElements.contains(name) { endParagraph() }
                    continue
                }
                if !dropped.isEmpty || droppedElements.contains(name) || isBoilerplate(attributes) {
                    dropped.append(name)
                } else if blockElements.contains(name) {
                    endParagraph()
                }
            case let .close(name):
                if let last = dropped.lastIndex(of: name) {
                    dropped.removeSubrange(last...)
                } else if dropped.isEmpty, blockElements.contains(name) {
                    endParagraph()
                }
            case let .text(text):
                guard dropped.isEmpty else { continue }
                for scalar in text.unicodeScalars {
                    if scalar.properties.isWhitespace {
                        if !current.isEmpty, current.last != " " { current.append(" ") }
                    } else {
                        current.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        endParagraph()
        return paragraphs.joined(separator: "\n\n")
    }

    static func isBoilerplate(_ attributes: [String: String]) -> Bool {
        if attributes["aria-hidden"] == "true" || attributes["hidden"] != nil { return true }
        if let role = attributes["role"], ["navigation", "banner", "contentinfo", "complementary"].contains(role) { return true }
        let words = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? ""))
            .lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains(where: boilerplateWords.contains)
    }

    /// Title, date, URL and site name from `<title>`, `<meta>`, `<link rel=canonical>` and `<time>`.
    struct Metadata {
        var title: String?
        var date: SimpleDate?
        var url: String?
        var siteName: String?

        static let dateKeys: Set<String> = [
            "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
            "og:published_time", "sailthru.date", "parsely-pub-date",
        ]

        mutating func read(_ pieces: [MarkupPiece]) {
            var metaTitle: String?
            var documentTitle: String?
            var timeDate: SimpleDate?
            for (index, piece) in pieces.enumerated() {
                guard case let .open(name, attributes, _) = piece else { continue }
                switch name {
                case "meta":
                    let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                    guard let content = attributes["content"], !content.isEmpty else { continue }
                    if key == "og:title" { metaTitle = content }
                    if key == "og:url", url == nil { url = content }
                    if key == "og:site_name" { siteName = content }
                    if Metadata.dateKeys.contains(key), date == nil { date = ArticleParser.parseDate(content) }
                case "link":
                    if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"] { url = href }
                case "title":
                    if documentTitle == nil, index + 1 < pieces.count, case let .text(text) = pieces[index + 1] {
                        documentTitle = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                case "time":
                    if timeDate == nil, let raw = attributes["datetime"] { timeDate = ArticleParser.parseDate(raw) }
                default:
                    continue
                }
            }
            title = metaTitle ?? documentTitle
            if date == nil { date = timeDate }
        }
    }
}
