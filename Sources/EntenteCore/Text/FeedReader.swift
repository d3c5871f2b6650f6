import Foundation

/// Reads the articles of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item or entry, its HTML
/// content turned into text as a page's would be.
public enum FeedReader {
    /// Whether `text` looks like a feed rather than a page (its first kilobytes hold `<rss`, `<feed` or `<rdf:RDF`).
    public static func isFeed(_ text: String) -> Bool {
        let head = text.prefix(4096).lowercased()
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
    }

    /// The items of `xml`; `name` (the file name) makes ids for items that have neither guid nor link.
    public static func articles(_ xml: String, name: String) -> [Article] {
        var articles: [Article] = []
        var feedTitle: String?
        var item: [String: String]?   // fields of the open item or entry
        var field: String?            // the field whose text is being read
        var depth = 0                 // depth inside the item, to read only its direct children
        for piece in Markup.scan(xml) {
            switch piece {
            case let .open(tag, attributes, selfClosing):
                if tag == "item" || tag == "entry" {
                    item = [:]
                    field = nil
                    depth = 0
                    continue
                }
                guard item != nil else {
                    if tag == "title", feedTitle == nil { field = "feed-title" }
                    continue
                }
                if let name = field, depth >= 1 {
                    let void = selfClosing || HTMLText.voidElements.contains(tag)
                    // Markup inside a field (Atom's type="xhtml" content, unescaped HTML in a description)
                    // is written back as HTML, so that the field's paragraphs stay apart.
                    item?[name, default: ""] += markup(open: localName(tag), attributes: attributes, selfClosing: selfClosing)
                    if !void { depth += 1 }
                    continue
                }
                // Atom's <link href="…"/>: the alternate link is the article's address.
                if tag == "link", let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate", item?["link"] == nil {
                    item?["link"] = href
                }
                if !selfClosing {
                    depth += 1
                    if depth == 1 { field = tag }
                }
            case let .close(tag):
                if tag == "item" || tag == "entry", let current = item {
                    if let article = article(current, feedTitle: feedTitle, name: name, index: articles.count) { articles.append(article) }
                    item = nil
                    field = nil
                    continue
                }
                guard item != nil else { field = nil; continue }
                // The end of an HTML void element inside a field closes nothing (an RSS <link> is a field).
                if HTMLText.voidElements.contains(tag), depth > 1 || field != tag { continue }
                depth = max(0, depth - 1)
                if depth == 0 {
                    field = nil
                } else if let name = field {
                    item?[name, default: ""] += "</\(localName(tag))>"
                }
            case let .text(text):
                guard let name = field else { continue }
                if name == "feed-title" {
                    feedTitle = text.trimmingCharacters(in: .whitespacesAndNewlines)
                } else if item != nil {
                    // Text of the field itself is its content (HTML, escaped or in CDATA); text inside markup
                    // in the field was decoded, so it is escaped again to be read as HTML.
                    item?[name, default: ""] += depth > 1 ? escaped(text) : text
                }
            }
        }
        return articles
    }

    /// An opening tag as HTML, its attribute values escaped.
    static func markup(open tag: String, attributes: [String: String], selfClosing: Bool) -> String {
        var out = "<" + tag
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            out += " \(name)=\"\(escaped(value).replacingOccurrences(of: "\"", with: "&quot;"))\""
        }
        return out + (selfClosing ? "/>" : ">")
    }

    /// A nested element's name without its namespace prefix: "xhtml:p" is a paragraph.
    static func localName(_ tag: String) -> String {
        guard let colon = tag.lastIndex(of: ":") else { return tag }
        return String(tag[tag.index(after: colon)...])
    }

    /// `text` with "&", "<" and ">" escaped.
    static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The article of one item's fields; nil when it has no text at all.
    static func article(_ fields: [String: String], feedTitle: String?, name: String, index: Int) -> Article? {
        let html = [fields["content:encoded"], fields["content"], fields["description"], fields["summary"]]
            .compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard let html else { return nil }
        // Item content is HTML, escaped or in CDATA; a plain-text description passes through unchanged.
        let text = HTMLText(html: html, choosingMainText: false).text
        guard !text.isEmpty else { return nil }
        let link = fields["link"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        let guid = (fields["guid"] ?? fields["id"])?.trimmingCharacters(in: .whitespacesAndNewlines)
        let id = [guid, link].compactMap { $0 }.first { !$0.isEmpty } ?? "\(name)#\(index + 1)"
        let rawDate = fields["pubdate"] ?? fields["published"] ?? fields["dc:date"] ?? fields["updated"]
        let title = fields["title"].map { HTMLText(html: $0, choosingMainText: false).text }
        return Article(id: id, date: rawDate.flatMap(ArticleParser.parseDate), title: title, text: text,
                       source: feedTitle, url: link.flatMap { $0.isEmpty ? nil : $0 })
    }
}
