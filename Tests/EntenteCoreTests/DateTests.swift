import Testing
@testable import EntenteCore

@Suite("Dates: parsing article dates and resolving expressions")
struct DateTests {
    @Test func parsesCommonArticleDateFormats() {
        for (raw, iso) in [("2024-05-14", "2024-05-14"), ("2024-05-14T10:30:00Z", "2024-05-14"), ("20240514", "2024-05-14"),
                           ("2024/05/14", "2024-05-14"), ("14 May 2024", "2024-05-14"), ("May 14, 2024", "2024-05-14"),
                           ("Tue, 14 May 2024 10:00:00 GMT", "2024-05-14"), ("2024-05", "2024-05"), ("2024", "2024")] {
            #expect(ArticleParser.parseDate(raw)?.description == iso, "\(raw)")
        }
        for nonsense in ["yesterday", "2024-13-01", "2023-02-29", "14/05/2024x", "", "May 2024 14 15"] {
            #expect(ArticleParser.parseDate(nonsense) == nil, "\(nonsense)")
        }
    }

    func resolve(_ text: String, today: String = "2025-01-15") -> [String] {
        let document = Document(article: Article(id: "t", date: nil, text: text))
        return DateExpressionFinder().find(document.tokens, in: 0..<document.tokens.count, today: SimpleDate(iso: today))
            .map(\.date.description)
    }

    @Test func resolvesAbsoluteAndRelativeExpressions() {
        #expect(resolve("after February 24, 2022, when") == ["2022-02-24"])
        #expect(resolve("tightened in 2023 and 2024") == ["2023", "2024"])
        #expect(resolve("Putin said last year") == ["2024"])
        #expect(resolve("on Tuesday") == ["2025-01-14"])
        #expect(resolve("on Wednesday") == ["2025-01-15"])
        #expect(resolve("earlier this month") == ["2025-01"])
        #expect(resolve("two weeks ago") == ["2025-01-01"])
        #expect(resolve("last month") == ["2024-12"])
        #expect(resolve("yesterday") == ["2025-01-14"])
        #expect(resolve("on 3 March 2021") == ["2021-03-03"])
        #expect(resolve("in March") == ["2024-03"])
        #expect(resolve("on Dec. 30") == ["2024-12-30"])
        #expect(resolve("2,000 troops and 1999 tanks") == [])
    }

    /// A year that names a law or an agreement is no date of the event; a year that names an event is.
    @Test func theYearOfALawOrAnAgreementIsNoDate() {
        #expect(resolve("demanded that Reagan comply with the 1973 War Powers Act").isEmpty)
        #expect(resolve("accused Moscow of violating a 2013 US-Russia agreement").isEmpty)
        #expect(resolve("planned the 2008 Mumbai attacks") == ["2008"])
    }

    @Test func dayArithmetic() {
        let date = SimpleDate(year: 2024, month: 2, day: 28)
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(SimpleDate(year: 2025, month: 1, day: 15).weekday == 4)
    }
}

/// An asserted event is never dated after its article: a later date in the sentence belongs to another verb.
@Suite("Dates: no asserted event after its article")
struct EventDateAfterArticleTests {
    @Test func aLaterDateInTheSentenceDoesNotDateTheAssertedEvent() {
        let venezuela = Fixtures.code("Venezuela said on Tuesday it would push hard at next week's OPEC conference for an accord.", date: "1993-04-24")
        #expect(venezuela.first.map { "\($0.code.code) \($0.modality.rawValue) \($0.date?.description ?? "-")" } == "010 asserted 1993-04-20")
        let hamas = Fixtures.code("Hamas vowed on Saturday to attack Israel before the peace talks next week.", date: "1993-04-24")
        #expect(!hamas.isEmpty)
        let today = SimpleDate(year: 1993, month: 4, day: 24)
        for event in venezuela + hamas where event.modality == .asserted {
            #expect(!(event.date?.isWhollyAfter(today) ?? false), "\(event.code.code) dated \(event.date?.description ?? "-")")
        }
    }

    /// "Five years after X, …" opening a sentence dates X that long before the article; what follows the comma keeps its own date.
    @Test func aSpanAfterAnEventOpeningTheSentenceDatesThatEvent() {
        let isis = Fixtures.code("Five years after Isis swept across Syria, all that remains of the caliphate is a few streets.", date: "2019-03-03")
        #expect(isis.first.map { "\($0.code.code) \($0.date?.description ?? "-")" } == "192 2014")
        let kabul = Fixtures.code("A day after the Kabul assault, the Taliban claimed responsibility for a shooting in Cairo.", date: "2017-12-31")
        #expect(kabul.first { $0.code.code == "015" }?.date?.description == "2017-12-31")
        // Not opening the sentence, it dates nothing: the main event's date is unknown.
        let israel = Fixtures.code("Israel bombed Gaza two days after the attack.", date: "2019-03-03")
        #expect(israel.first?.date?.description == "2019-03-03")
    }

    @Test func wholeDatesComparedByTheDaysTheyCover() {
        let day = SimpleDate(year: 2018, month: 12, day: 25)
        #expect(SimpleDate(year: 2019).isWhollyAfter(day))
        #expect(!SimpleDate(year: 2018).isWhollyAfter(day))
        #expect(!SimpleDate(year: 2018, month: 12).isWhollyAfter(day))
        #expect(SimpleDate(year: 2018, month: 12, day: 26).isWhollyAfter(day))
        #expect(!SimpleDate(year: 2018, month: 12, day: 26).isWhollyAfter(SimpleDate(year: 2018, month: 12)))
    }
}
