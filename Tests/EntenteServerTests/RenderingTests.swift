@testable import EntenteCore
@testable import EntenteServer
import Testing

/// The pure parts: escaping, colours, the chart's time axis, filters, cursors and series.
@Suite struct RenderingTests {
    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let name = "<b>\"O'Neil\" & co</b>"
        let inner: HTMLString = "<i>\(name)</i>"
        let outer: HTMLString = "<p title=\"\(name)\">\(inner)</p>"
        #expect(outer.html == "<p title=\"&lt;b&gt;&quot;O&#39;Neil&quot; &amp; co&lt;/b&gt;\"><i>&lt;b&gt;&quot;O&#39;Neil&quot; &amp; co&lt;/b&gt;</i></p>")
    }

    @Test func goldsteinColoursRunFromRedThroughGreyToGreen() {
        #expect(ColorScale.goldstein(-10) == "#c82020")
        #expect(ColorScale.goldstein(0) == "#b0b0b0")
        #expect(ColorScale.goldstein(10) == "#1f8f4a")
    }

    static func stored(_ code: String, _ date: String?, articleDate: String = "2024-06-15", modality: Modality = .asserted, conditional: Bool = false) -> StoredEvent {
        let ontology = Server.coder.dictionaries.ontology
        let actor = { (c: String) in Actor(code: c, country: c, text: c, start: 0, end: 3) }
        var event = Event(article: "a", sentence: 0, span: (0, 3), source: actor("RUS"), target: actor("KOR"),
                          code: ontology[code] ?? CameoCode(code: code, quadClass: 1, goldstein: 0, plover: nil, name: code),
                          modality: modality, date: date.flatMap(SimpleDate.init(iso:)), speaker: nil, condition: nil, evidence: "e", pattern: "p")
        if conditional { event.condition = Condition(text: "Seoul crosses the red line", events: []) }
        return StoredEvent(id: "a#\(code)", event: event, articleDate: SimpleDate(iso: articleDate))
    }

    @Test func seriesCountsUnderTheEventDateWhenPreciseEnoughElseTheArticleDate() throws {
        let dyad = try #require(Dyad("RUS", "KOR"))
        let events = [Self.stored("163", "2024-02-24"), Self.stored("111", "2024"), Self.stored("050", nil, conditional: true),
                      Self.stored("072", "2024-06", modality: .negated)]
        let byMonth = DyadSeries(dyad: dyad, granularity: .month, events: events)
        #expect(byMonth.points.map(\.period.description) == ["2024-02", "2024-06"])
        #expect(byMonth.points.map(\.totals.count) == [1, 1])
        #expect(byMonth.conditions.map(\.id) == ["a#050"])
        #expect(DyadSeries.isRedLine(byMonth.conditions[0]))
        #expect(byMonth.unasserted.map(\.id) == ["a#072"])
        let byYear = DyadSeries(dyad: dyad, granularity: .year, events: events)
        #expect(byYear.points.map(\.totals.count) == [2])
        #expect(byYear.points[0].totals.goldsteinSum == -8 + -2)
    }

    @Test func chartAxisFillsMonthsWithoutEvents() throws {
        let dyad = try #require(Dyad("RUS", "KOR"))
        let series = DyadSeries(dyad: dyad, granularity: .month, events: [Self.stored("163", "2023-11-02"), Self.stored("111", "2024-02-01")])
        let slots = RelationChart.slots(series)
        #expect(slots.map(\.period.description) == ["2023-11", "2023-12", "2024-01", "2024-02"])
        #expect(slots.map { $0.point != nil } == [true, false, false, true])
    }

    @Test func dateFiltersCompareAtTheCoarserPrecision() {
        let year = Self.stored("111", "2024")
        #expect(EventFilter(from: SimpleDate(iso: "2024-06-01")).matches(year))
        #expect(EventFilter(to: SimpleDate(iso: "2024-01-01")).matches(year))
        #expect(!EventFilter(from: SimpleDate(iso: "2025")).matches(year))
        let day = Self.stored("111", "2024-03-05")
        #expect(EventFilter(from: SimpleDate(iso: "2024"), to: SimpleDate(iso: "2024")).matches(day))
        #expect(!EventFilter(to: SimpleDate(iso: "2024-03-04")).matches(day))
    }

    @Test func cursorsRoundTripAndRejectForgeries() throws {
        let key = EventOrderKey(date: SimpleDate(iso: "2025-01"), article: "odd|id/with?chars", index: 3)
        #expect(try EventOrderKey(cursor: key.cursor) == key)
        #expect(throws: EntenteError.self) { try EventOrderKey(cursor: EventCursor(token: "!!")) }
    }
}
