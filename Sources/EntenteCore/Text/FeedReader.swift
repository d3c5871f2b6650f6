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
                    depth = 0
                    continue
                }
                if var current = item {
                    depth += selfClosing ? 0 : 1
                    // Atom's <link href="…"/>: the alternate link is the article's address.
                    if tag == "link", let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate", current["link"] == nil {
                        current["link"] = href
                        item = current
                    }
                    if !selfClosing, depth == 1 { field = tag }
                } else if tag == "title", feedTitle == nil {
                    field = "feed-title"
                }
            case let .close(tag):
                if tag == "item" || tag == "entry", let current = item {
                    if let article = article(current, feedTitle: feedTitle, name: name, index: articles.count) { articles.append(article) }
                    item = nil
                    field = nil
                    continue
                }
                if item != nil { depth -= 1 }
                field = nil
            case let .text(text):
                guard let name = field else { continue }
                if name == "feed-title" {
                    feedTitle = text.trimmingCharacters(in: .whitespacesAndNewlines)
                } else if item != nil {
                    item?[name, default: ""] += text
                }
            }
        }
        return articles
    }

    /// The article of one item's fields; nil when it has no text at all.
    static func article(_ fields: [String: String], feedTitle: String?, name: String, index: Int) -> Article? {
        let html = [fields["content:encoded"], fields["content"], fields["description"], fields["summary"]]
            .compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard let html else { return nil }
        // Item content is HTML, escaped or in CDATA; a plain-text description passes through unchanged.
        let text = HTMLText(html: html).text
        guard !text.isEmpty else { return nil }
        let link = fields["link"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        let guid = (fields["guid"] ?? fields["id"])?.trimmingCharacters(in: .whitespacesAndNewlines)
        let id = [guid, link].compactMap { $0 }.first { !$0.isEmpty } ?? "\(name)#\(index + 1)"
        let rawDate = fields["pubdate"] ?? fields["published"] ?? fields["dc:date"] ?? fields["updated"]
        let title = fields["title"].map { HTMLText(html: $0).text }
        return Article(id: id, date: rawDate.flatMap(ArticleParser.parseDate), title: title, text: text,
                       source: feedTitle, url: link.flatMap { $0.isEmpty ? nil : $0 })
    }
}
