import Foundation
import Testing
@testable import EntenteCore

/// Pages and feeds read as browsers read them: every named character reference, the encoding a page
/// declares, Atom's XHTML content whole, and the page's main text chosen by its content.
@Suite("Input: reading pages and feeds as browsers do")
struct BrowserReadingTests {
    // MARK: - Character references

    @Test func theTableIsTheStandardsWhole() {
        let names = CharacterReferences.namedTable.map(\.name)
        #expect(names.count == 2231)
        #expect(names.filter { $0.hasSuffix(";") }.count == 2125)
        #expect(Set(names).count == names.count)
        #expect(zip(names, names.dropFirst()).allSatisfy { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(CharacterReferences.legacy.count == 106 && CharacterReferences.legacy.keys.map(\.count).max() == CharacterReferences.longestLegacyName)
        #expect(CharacterReferences.withSemicolon.keys.map(\.count).max() == CharacterReferences.longestName)
    }

    @Test(arguments: [
        // Any name of the standard, some giving two code points.
        ("&NotNestedGreaterGreater;", "\u{2AA2}\u{0338}"),
        ("&fjlig; &Eacute;tat &ltrie;", "fj \u{00C9}tat \u{22B4}"),
        // Legacy names without ";", the longest that matches.
        ("AT&amp T and &ampx", "AT& T and &x"),
        ("caf&eacute ouvert", "caf\u{00E9} ouvert"),
        ("&notit; but &notin;", "\u{00AC}it; but \u{2209}"),
        ("&ltx", "<x"),
        // Names are case-sensitive; unknown ones and lone ampersands stay.
        ("&Amp; &AMP; &unknown; & &; a&&b", "&Amp; & &unknown; & &; a&&b"),
        // Numeric references with the standard's replacements.
        ("&#x80; &#150; &#x81;", "\u{20AC} \u{2013} \u{0081}"),
        ("&#0; &#xD800; &#x110000; &#99999999999999;", "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}"),
        ("&#38 &#x2019 &#X2014;", "& \u{2019} \u{2014}"),
        ("&# &#x; &#xg;", "&# &#x; &#xg;"),
        ("no reference at all: \u{00E9}t\u{00E9} \u{1F600}", "no reference at all: \u{00E9}t\u{00E9} \u{1F600}"),
    ])
    func referencesInText(_ source: String, _ expected: String) {
        #expect(Markup.decodeEntities(source) == expected)
    }

    @Test func referencesInAttributeValues() {
        // A legacy name followed by "=" or a letter or digit is part of a URL; with ";" or before anything else it is a reference.
        #expect(Markup.decodeEntities("?a=1&copy=2", inAttribute: true) == "?a=1&copy=2")
        #expect(Markup.decodeEntities("?x&notit=1&amp2", inAttribute: true) == "?x&notit=1&amp2")
        #expect(Markup.decodeEntities("&copy; 2025 &copy &amp;x", inAttribute: true) == "\u{00A9} 2025 \u{00A9} &x")
        let pieces = Markup.scan(#"<a href="/search?q=talks&copy=2&amp;lang=en" title="Caf&eacute &amp Co">x</a>"#)
        guard case let .open(_, attributes, _) = pieces.first else { Issue.record("no tag"); return }
        #expect(attributes["href"] == "/search?q=talks&copy=2&lang=en")
        #expect(attributes["title"] == "Caf\u{00E9} & Co")
    }

    @Test func referencesInPageTextAndTitle() {
        let page = HTMLText(html: "<title>Tom &amp Jerry&rsquo;s</title><p>Les n&eacute;gociations &agrave; Gen&egrave;ve &mdash; le 3&nbsp;mars &NotNestedGreaterGreater;</p>")
        #expect(page.title == "Tom & Jerry\u{2019}s")
        #expect(page.text == "Les n\u{00E9}gociations \u{00E0} Gen\u{00E8}ve \u{2014} le 3 mars \u{2AA2}\u{0338}")
    }

    // MARK: - Declared encodings

    /// `text` as windows-1252 bytes (the characters used here are all in it).
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar {
            case "\u{201C}": 0x93
            case "\u{201D}": 0x94
            case "\u{2013}": 0x96
            default: UInt8(scalar.value)
            }
        }
    }

    /// The articles `InputReader` reads from `bytes` saved as `name`, and its warnings.
    static func read(_ bytes: [UInt8], name: String) throws -> (articles: [Article], warnings: [EntenteError]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entente-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        var warnings: [EntenteError] = []
        var reader = InputReader { warnings.append($0) }
        reader.warn = { warnings.append($0) }
        var articles: [Article] = []
        try reader.read(file.path) { articles.append($0) }
        return (articles, warnings)
    }

    @Test func windows1252PageWithMetaCharset() throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="windows-1252"><title>Talks</title></head>
            <body><article><p>The minister said \u{201C}peace is near\u{201D} after talks in Gen\u{00E8}ve \u{2013} both sides agreed.</p>
            <p>Observers called it \u{00C3}\u{00A9}tonnant, a word the wire got wrong.</p></article></body></html>
            """
        let bytes = Self.windows1252(html)
        // "Ã©" are the bytes C3 A9, valid UTF-8 by chance: without the declaration the bytes are not taken for windows-1252.
        #expect(try TextDecoding.decode(bytes, file: "p.html").encoding == .utf8)
        let decoded = try TextDecoding.decode(bytes, file: "p.html", document: .html)
        #expect(decoded.encoding == .windows1252 && decoded.replaced == 0)
        #expect(decoded.declaration == CharsetDeclaration(encoding: .windows1252, label: "windows-1252", source: .meta))
        #expect(decoded.warnings(file: "p.html", line: nil).isEmpty)
        let (articles, warnings) = try Self.read(bytes, name: "talks.html")
        #expect(warnings.isEmpty)
        #expect(articles.first?.text == "The minister said \u{201C}peace is near\u{201D} after talks in Gen\u{00E8}ve \u{2013} both sides agreed.\n\nObservers called it \u{00C3}\u{00A9}tonnant, a word the wire got wrong.")
    }

    @Test func metaHTTPEquivAndLabels() throws {
        let equiv = Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>caf"#.utf8) + [0xE9, 0xC2, 0xA0] + Array("</p></body></html>".utf8)
        let decoded = try TextDecoding.decode(equiv, file: "e.html", document: .html)
        #expect(decoded.encoding == .windows1252 && decoded.text.contains("caf\u{00E9}\u{00C2}\u{00A0}"))
        #expect(decoded.declaration?.label == "iso-8859-1")
        // A <meta> in a comment or in another tag's attribute is not one; the first real one counts.
        let hidden = Array(#"<!-- <meta charset="utf-8"> --><div title='<meta charset="utf-8">'></div><meta charset=latin1><p>d"#.utf8) + [0xE9, 0xC3, 0xA9]
        #expect(CharsetDeclaration.find(in: hidden, document: .html)?.label == "latin1")
        #expect(try TextDecoding.decode(hidden, file: "h.html", document: .html).text.hasSuffix("d\u{00E9}\u{00C3}\u{00A9}"))
        // Past the first 1024 bytes, or with a label not read here, the bytes are read as before.
        let late = Array(("<p>" + String(repeating: "x", count: 1100) + "</p><meta charset=\"windows-1252\">").utf8)
        #expect(CharsetDeclaration.find(in: late, document: .html) == nil)
        #expect(CharsetDeclaration.find(in: Array(#"<meta charset="shift_jis">"#.utf8), document: .html) == nil)
        #expect(CharsetDeclaration.find(in: Array(#"<meta charset="windows-1252">"#.utf8), document: .plain) == nil)
    }

    @Test func declaredUTF8IsNotGuessedToBeLatin1() throws {
        let bytes = Array(#"<meta charset="utf-8"><p>caf"#.utf8) + [0xE9] + Array(" au lait</p>".utf8)
        #expect(try TextDecoding.decode(bytes, file: "u.html").encoding == .windows1252)
        let decoded = try TextDecoding.decode(bytes, file: "u.html", document: .html)
        #expect(decoded.encoding == .utf8 && decoded.replaced == 1 && decoded.text.contains("caf\u{FFFD} au lait"))
    }

    @Test func utf8BytesBeatAStaleLatin1Declaration() throws {
        let bytes = Array(#"<meta charset="iso-8859-1"><p>Gen\#u{00E8}ve, \#u{201C}peace\#u{201D}</p>"#.utf8)
        let decoded = try TextDecoding.decode(bytes, file: "s.html", document: .html)
        #expect(decoded.encoding == .utf8 && decoded.declarationIgnored && decoded.text.contains("Gen\u{00E8}ve, \u{201C}peace\u{201D}"))
        #expect(decoded.warnings(file: "s.html", line: nil).map(\.kind) == [.encoding])
        // ASCII bytes are the same either way: the declaration is followed.
        let ascii = try TextDecoding.decode(Array(#"<meta charset="iso-8859-1"><p>plain</p>"#.utf8), file: "a.html", document: .html)
        #expect(ascii.encoding == .windows1252 && !ascii.declarationIgnored)
    }

    @Test func utf16LittleEndianPageWithBOM() throws {
        let html = """
            <html><head><meta charset="windows-1252"><title>Gen\u{00E8}ve</title></head>
            <body><article><p>\u{201C}Talks resume in Gen\u{00E8}ve on Monday,\u{201D} the envoy said.</p></article></body></html>
            """
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoding.decode(bytes, file: "p.html", document: .html)
        #expect(decoded.encoding == .utf16LittleEndian && decoded.declaration == nil)
        let (articles, warnings) = try Self.read(bytes, name: "geneva.html")
        #expect(warnings.isEmpty)
        #expect(articles.first?.title == "Gen\u{00E8}ve")
        #expect(articles.first?.text == "\u{201C}Talks resume in Gen\u{00E8}ve on Monday,\u{201D} the envoy said.")
        // A UTF-8 byte order mark wins over a declaration too.
        let utf8 = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(#"<meta charset="latin1"><p>Gen\#u{00E8}ve</p>"#.utf8), file: "b.html", document: .html)
        #expect(utf8.encoding == .utf8WithBOM && utf8.text.contains("Gen\u{00E8}ve"))
    }

    @Test func feedWithLatin1XMLDeclaration() throws {
        let rss = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>Le fil</title>
            <item><guid>fil-1</guid><title>Entretiens \u{00E0} Gen\u{00E8}ve</title>
            <description>La d\u{00E9}l\u{00E9}gation a quitt\u{00E9} la salle \u{00C3}\u{00A9}nerv\u{00E9}e.</description></item>
            </channel></rss>
            """
        let bytes = Self.windows1252(rss)
        #expect(CharsetDeclaration.find(in: bytes, document: .xml) == CharsetDeclaration(encoding: .windows1252, label: "iso-8859-1", source: .xmlDeclaration))
        let (articles, warnings) = try Self.read(bytes, name: "fil.rss")
        #expect(warnings.isEmpty)
        #expect(articles.first?.title == "Entretiens \u{00E0} Gen\u{00E8}ve")
        #expect(articles.first?.text == "La d\u{00E9}l\u{00E9}gation a quitt\u{00E9} la salle \u{00C3}\u{00A9}nerv\u{00E9}e.")
    }

    // MARK: - Atom XHTML content

    @Test func atomXHTMLContentIsReadWhole() {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
            <entry><id>urn:desk:7</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Ceasefire <em>holds</em></div></title>
              <updated>2025-03-04T09:00:00Z</updated>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
                <p>The ceasefire held overnight, officials said.</p>
                <p>Both armies pulled back <a href="https://desk.example/map?x=1&amp;y=2">from the line</a> &amp; the border reopened.</p>
                <p>Talks resume on Friday.<br/>Aid convoys wait at the crossing.</p>
              </div></content>
              <link href="https://desk.example/7"/></entry>
            <entry><id>urn:desk:8</id><content type="xhtml"><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>One.</xhtml:p><xhtml:p>Two &lt;three&gt;.</xhtml:p></xhtml:div></content></entry>
            </feed>
            """
        let articles = FeedReader.articles(atom, name: "desk.atom")
        #expect(articles.count == 2)
        #expect(articles.first?.text == "The ceasefire held overnight, officials said.\n\nBoth armies pulled back from the line & the border reopened.\n\nTalks resume on Friday.\n\nAid convoys wait at the crossing.")
        #expect(articles.first?.title == "Ceasefire holds")
        #expect(articles.first?.url == "https://desk.example/7" && articles.first?.date == SimpleDate(year: 2025, month: 3, day: 4))
        #expect(articles.last?.text == "One.\n\nTwo <three>.")
    }

    @Test func rssDescriptionWithUnescapedHTMLKeepsItsParagraphs() {
        let rss = """
            <rss><channel><title>Wire</title>
            <item><guid>w1</guid><description><p>First paragraph.<br>Same item.</p><p>Second paragraph.</p></description>
            <pubDate>Wed, 15 Jan 2025 10:00:00 GMT</pubDate></item>
            </channel></rss>
            """
        let articles = FeedReader.articles(rss, name: "wire.rss")
        #expect(articles.first?.text == "First paragraph.\n\nSame item.\n\nSecond paragraph.")
        #expect(articles.first?.date == SimpleDate(year: 2025, month: 1, day: 15))
    }

    // MARK: - The main text

    static let story = [
        "Delegations from both governments met in Geneva on Tuesday for a third round of talks on the disputed border.",
        "The envoy said the two sides had agreed to exchange prisoners and to reopen two crossings before the end of the month.",
        "Neither side commented on the question of the river, which ended the last round of talks in March without agreement.",
    ]

    @Test func aTeaserArticleBeforeTheRealOneLoses() {
        let html = """
            <html><head><title>Border talks resume | Example</title>
            <meta property="article:published_time" content="2025-05-06T10:00:00Z"></head><body>
            <article class="teaser"><h2><a href="/other">Election results</a></h2><p>Polls closed early in the north, officials said.</p></article>
            <article class="story"><h1>Border talks resume</h1>
            \(Self.story.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </article>
            <article class="more"><p><a href="/a">Related: talks stall</a> and <a href="/b">a second link to somewhere</a></p></article>
            </body></html>
            """
        let page = HTMLText(html: html)
        #expect(page.text == Self.story.joined(separator: "\n\n"))
        #expect(page.title == "Border talks resume | Example")
        #expect(page.date == SimpleDate(year: 2025, month: 5, day: 6))
    }

    @Test func theStoryInADivBeatsCommentsAndLinkLists() {
        let html = """
            <html><body>
            <div class="layout">
              <div class="teasers"><article><p>Markets fell sharply on Monday after the announcement.</p></article></div>
              <div class="story">
                <p class="lede">GENEVA (Wire) - Talks on the border resumed after a pause of two months.</p>
                <div class="body">\(Self.story.map { "<p>\($0)</p>" }.joined())</div>
              </div>
              <div class="links"><p><a href="/1">Analysis: what the border means for trade</a></p><p><a href="/2">Explainer: a short history of the river dispute</a></p></div>
              <section id="comments"><p>I do not believe a word of this, the talks will fail again as always.</p></section>
              <div class="reader-replies"><p>Another long reader reply about the talks that is not part of the story.</p></div>
            </div>
            </body></html>
            """
        // The body of the story wins; its lede, a sibling paragraph of running text, continues it.
        #expect(HTMLText(html: html).text == (["GENEVA (Wire) - Talks on the border resumed after a pause of two months."] + Self.story).joined(separator: "\n\n"))
    }

    @Test func manyTeasersDoNotAddUpToAStory() {
        let teaser = "<article class=\"card\"><p>A short summary of another story that runs to a line or so.</p></article>"
        let html = """
            <body><div class="list">\(String(repeating: teaser, count: 12))</div>
            <div class="list">\(String(repeating: teaser, count: 12))</div>
            <div class="story">\(Self.story.map { "<div class=\"paragraph\"><p>\($0)</p></div>" }.joined())</div></body>
            """
        // Paragraphs each in a div of its own are read together through the story around them.
        #expect(HTMLText(html: html).text == Self.story.joined(separator: "\n\n"))
    }

    @Test func aPageWithoutParagraphsKeepsItsFirstArticle() {
        let html = "<body><article>Line one<br>Line two</article><div>Other text</div></body>"
        #expect(HTMLText(html: html).text == "Line one\n\nLine two")
    }
}
