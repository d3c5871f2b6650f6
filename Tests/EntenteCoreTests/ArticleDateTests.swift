import Testing
@testable import EntenteCore

@Suite("Article dates: every common form read, nonsense refused with a clear message")
struct ArticleDateTests {
    @Test func commonForms() throws {
        let cases: [(String, String)] = [
            ("2025-01-15", "2025-01-15"), ("2025-01-15T10:00:00Z", "2025-01-15"), ("2025-01-15T10:00:00.123+05:30", "2025-01-15"),
            ("2025-01-15 10:00:00", "2025-01-15"), ("20250115", "2025-01-15"), ("2025/01/15", "2025-01-15"), ("2025-1-5", "2025-01-05"),
            ("2025-01", "2025-01"), ("2025", "2025"),
            ("Wed, 15 Jan 2025 10:00:00 +0000", "2025-01-15"), ("Wed, 15 Jan 2025 10:00:00 GMT", "2025-01-15"),
            ("Wednesday, January 15, 2025 10:00 EST", "2025-01-15"), ("15 January 2025", "2025-01-15"),
            ("January 15, 2025", "2025-01-15"), ("Jan. 15, 2025", "2025-01-15"), ("15th January 2025", "2025-01-15"),
            ("15-Jan-2025", "2025-01-15"), ("Sept 1 2025", "2025-09-01"), ("January 2025", "2025-01"),
            ("15.01.2025", "2025-01-15"), ("03.04.2025", "2025-04-03"), ("15/01/2025", "2025-01-15"), ("01/15/2025", "2025-01-15"),
            ("05/05/2025", "2025-05-05"), ("  2025-01-15\n", "2025-01-15"),
        ]
        for (raw, iso) in cases {
            #expect(try ArticleDateReader.read(raw).description == iso, "\(raw)")
        }
    }

    @Test func nonsenseGetsAMessageThatSaysWhy() {
        let cases: [(String, String)] = [
            ("", "the date is empty"),
            ("03/04/2025", "'03/04/2025' is ambiguous: day 3 of month 4, or month 3 day 4? Write it as YYYY-MM-DD"),
            ("2023-02-29", "'2023-02-29': February 2023 has 28 days, not a day 29"),
            ("2025-13-01", "'2025-13-01': there is no month 13"),
            ("31 April 2025", "'31 April 2025': April 2025 has 30 days, not a day 31"),
            ("15/01/25", "'15/01/25' has no four-digit year (expected e.g. 2025-01-15 or 15.01.2025)"),
            ("January 15", "'January 15' has no four-digit year"),
            ("next Tuesday", "'next Tuesday' is not a date in a known form (unexpected 'next'; expected e.g. 2025-01-15, 15 January 2025 or Wed, 15 Jan 2025 10:00:00 +0000)"),
            ("January March 2025", "'January March 2025' names two months"),
            (String(repeating: "9", count: 100), "100 characters is too long for a date"),
        ]
        for (raw, message) in cases {
            do {
                let date = try ArticleDateReader.read(raw)
                Issue.record("'\(raw)' read as \(date)")
            } catch {
                #expect(error.message == message, "\(raw)")
            }
        }
    }

    @Test func aJSONLinesRecordCarriesTheReason() {
        do {
            _ = try ArticleParser.parseJSONLine(#"{"id": "a", "date": "2023-02-29", "text": "x"}"#, file: "news.jsonl", line: 9)
            Issue.record("accepted an impossible date")
        } catch {
            #expect(error.description == "news.jsonl:9: invalid date: '2023-02-29': February 2023 has 28 days, not a day 29")
        }
    }
}
