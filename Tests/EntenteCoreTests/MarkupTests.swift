import Foundation
import Testing
@testable import EntenteCore

/// HTML pages and RSS/Atom feeds read into articles: text kept, scripts and boilerplate dropped.
@Suite("Input: HTML pages and feeds")
struct MarkupTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
        <title>Seoul acts &amp; reacts</title>
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2025-01-15T08:00:00Z">
        <link rel="canonical" href="https://news.example/world/seoul-sanctions">
        <script>var x = "<p>not text</p>"; if (a < b) {}</script>
        <style>p { color: red }</style>
        </head><body>
        <header><a href="/">Home</a> <a href="/world">World</a></header>
        <nav class="main-menu"><ul><li>Politics</li><li>Sport</li></ul></nav>
        <article>
          <h1>Seoul acts</h1>
          <p>Seoul imposed sanctions on Moscow on Tuesday.</p>
          <div class="share-buttons">Share on social media</div>
          <p>Russia&rsquo;s foreign ministry condemned&nbsp;the decision.<br>It said nothing more.</p>
          <!-- <p>a comment</p> -->
          <aside>Related: other stories</aside>
        </article>
        <footer>Copyright 2025</footer>
        </body></html>
        """

    @Test func pageTextIsTheArticleOnly() {
        let page = HTMLText(html: Self.page)
        #expect(page.text == "Seoul imposed sanctions on Moscow on Tuesday.\n\nRussia\u{2019}s foreign ministry condemned the decision.\n\nIt said nothing more.")
        #expect(page.title == "Seoul acts & reacts")
        #expect(page.date == SimpleDate(year: 2025, month: 1, day: 15))
        #expect(page.url == "https://news.example/world/seoul-sanctions")
        #expect(page.siteName == "Example News")
    }

    @Test func pageWithoutArticleElementKeepsTheBodyLessBoilerplate() {
        let html = "<html><body><div id=\"sidebar\">Most read</div><p>Japan imposed sanctions on Russia.</p><noscript>Enable JS</noscript><time datetime=\"2024-03-02\">March 2</time></body></html>"
        let page = HTMLText(html: html)
        #expect(page.text == "Japan imposed sanctions on Russia.\n\nMarch 2")
        #expect(page.date == SimpleDate(year: 2024, month: 3, day: 2))
    }

    @Test func entitiesDecode() {
        #expect(Markup.decodeEntities("A &amp; B &lt;3 &#8217; &#x2014; &unknown; &") == "A & B <3 \u{2019} \u{2014} &unknown; &")
    }

    @Test func rssItemsBecomeArticles() {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>World Wire</title><link>https://wire.example</link>
            <item><title>Sanctions</title><link>https://wire.example/a</link><guid>wire-a</guid>
              <pubDate>Wed, 15 Jan 2025 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Seoul imposed sanctions on Moscow.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</description></item>
            <item><title><![CDATA[Talks & more]]></title><link>https://wire.example/b</link>
              <pubDate>Thu, 16 Jan 2025 09:00:00 +0000</pubDate>
              <content:encoded><![CDATA[<p>Israel attacked Syria.</p><p>Syria condemned Israel.</p>]]></content:encoded></item>
            <item><title>Empty</title></item>
            </channel></rss>
            """
        #expect(FeedReader.isFeed(rss))
        let articles = FeedReader.articles(rss, name: "wire.rss")
        #expect(articles.count == 2)
        #expect(articles.first?.id == "wire-a" && articles.first?.text == "Seoul imposed sanctions on Moscow.")
        #expect(articles.first?.date == SimpleDate(year: 2025, month: 1, day: 15) && articles.first?.source == "World Wire")
        #expect(articles.last?.id == "https://wire.example/b" && articles.last?.title == "Talks & more")
        #expect(articles.last?.text == "Israel attacked Syria.\n\nSyria condemned Israel.")
    }

    @Test func atomEntriesBecomeArticles() {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
            <entry><id>urn:agency:1</id><title>Visit</title><link rel="alternate" href="https://agency.example/1"/>
              <published>2025-02-03T12:00:00Z</published>
              <content type="html">&lt;p&gt;Macron visited Berlin.&lt;/p&gt;</content></entry>
            </feed>
            """
        let articles = FeedReader.articles(atom, name: "agency.atom")
        #expect(articles.count == 1)
        #expect(articles.first?.id == "urn:agency:1" && articles.first?.url == "https://agency.example/1")
        #expect(articles.first?.text == "Macron visited Berlin." && articles.first?.date == SimpleDate(year: 2025, month: 2, day: 3))
    }

    @Test func readerTakesFoldersOfMixedFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entente-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"id": "j1", "date": "2025-01-15", "text": "Seoul imposed sanctions on Moscow.", "source": "wire"}"#.utf8).write(to: dir.appendingPathComponent("a.jsonl"))
        try Data(Self.page.utf8).write(to: dir.appendingPathComponent("sub/page.html"))
        try Data("<rss><channel><title>F</title><item><guid>f1</guid><description>Israel attacked Syria.</description></item></channel></rss>".utf8)
            .write(to: dir.appendingPathComponent("sub/feed.xml"))
        try Data("Japan imposed sanctions on Russia.".utf8).write(to: dir.appendingPathComponent("note.txt"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("image.png"))
        try Data("hidden".utf8).write(to: dir.appendingPathComponent(".hidden.txt"))
        let files = InputReader.files([dir.path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.jsonl", "note.txt", "feed.xml", "page.html"])
        var reader = InputReader(plainTextDate: SimpleDate(year: 2025, month: 1, day: 1)) { _ in }
        var articles: [Article] = []
        for file in files { try reader.read(file) { articles.append($0) } }
        #expect(articles.map(\.id) == ["j1", "note.txt", "f1", "https://news.example/world/seoul-sanctions"])
        #expect(articles[0].source == "wire" && articles[3].source == "Example News")
        #expect(reader.skipped == 0)
    }
}
