import EntenteServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct PageTests {
    func page(_ uri: String, _ app: some ApplicationProtocol) async throws -> (HTTPResponse.Status, String) {
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
        }
    }

    @Test func networkPageDrawsEachPairAsAnEdge() async throws {
        let (status, html) = try await page("/network", Server.app())
        #expect(status == .ok)
        #expect(html.contains("<svg class=\"chart network\" role=\"img\" aria-label=\"Network of states\""))
        #expect(html.contains("<a href=\"/dyads/KOR/RUS?by=month\"><line class=\"edge e-KOR e-RUS\""))
        #expect(!html.contains("<script src"))
    }

    @Test func dyadPageShowsChartEventsAndRedLinesApart() async throws {
        let (status, html) = try await page("/dyads/RUS/KOR?by=month", Server.app())
        #expect(status == .ok)
        #expect(html.contains("aria-label=\"Relation over time\""))
        #expect(html.contains("<a href=\"#p-2022-02\"><circle"))
        #expect(html.contains("id=\"p-2022-02\""))
        #expect(html.contains("Impose embargo, boycott, or sanctions"))
        let redLineSection = try Server.redLineSection(html)
        #expect(redLineSection.contains("class=\"redline\""))
        #expect(redLineSection.contains("red line by supplying weapons to Kyiv"))
    }

    @Test func eventTableKeepsFiltersInItsFormAndNextLink() async throws {
        let (status, html) = try await page("/events?dyad=RUS-KOR&text=%3Cb%3E", Server.app())
        #expect(status == .ok)
        #expect(html.contains("<input name=\"dyad\" value=\"RUS-KOR\""))
        #expect(html.contains("value=\"&lt;b&gt;\""))
        let (_, all) = try await page("/events?country=KOR&limit=5", Server.app())
        #expect(all.contains("rel=\"next\" href=\"/events?country=KOR&amp;limit=5&amp;cursor="))
        let (bad, message) = try await page("/events?quad=7", Server.app())
        #expect(bad == .badRequest)
        #expect(message.contains("<p>&#39;quad&#39; must be an integer"))
    }

    @Test func articlePageHighlightsEvidenceWithModalityAndSpeaker() async throws {
        let (status, html) = try await page("/articles/demo-2025-01-ambassador", Server.app())
        #expect(status == .ok)
        #expect(html.contains("<mark title=\"050 RUS→KOR (hypothetical, said by Russian ambassador); 050 KOR→RUS (hypothetical, said by Russian ambassador)\">Moscow and Seoul could restore relations"))
        #expect(html.contains("<span class=\"tag negated\">negated</span>"))
        #expect(html.contains("South Korean official"))
        let (missing, _) = try await page("/articles/nothing-here", Server.app())
        #expect(missing == .notFound)
    }

    @Test func everyTextOfAnArticleIsEscaped() async throws {
        let store = try MemoryStore(coder: Server.coder, articles: [])
        let body = #"{"id": "<x id=1>", "title": "<script>alert(1)</script>", "date": "2025-01-02", "text": "Seoul condemned Pyongyang \"<img src=x onerror=alert(2)>\"."}"#
        let app = try Server.app(store)
        let html = try await app.test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: body)) { #expect($0.status == .created) }
            return try await client.execute(uri: "/articles/%3Cx%20id%3D1%3E", method: .get) { String(buffer: $0.body) }
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<x id"))
    }
}
