import Testing
@testable import EntenteCore

@Suite("Input: JSON Lines records and their errors")
struct InputTests {
    @Test func readsAJSONLinesArticle() throws {
        let article = try ArticleParser.parseJSONLine(#"{"id": "a1", "date": "2025-01-15", "title": "T", "text": "Body", "extra": 1}"#, file: "in.jsonl", line: 7)
        #expect(article.id == "a1" && article.date?.description == "2025-01-15" && article.title == "T" && article.text == "Body")
        let undated = try ArticleParser.parseJSONLine(#"{"id": 5, "date": null, "text": "Body"}"#, file: "in.jsonl", line: 1)
        #expect(undated.id == "5" && undated.date == nil)
    }

    @Test func badRecordsNameFileAndLine() {
        let cases: [(String, EntenteError.Kind)] = [
            (#"{"id": "a", "text": "x""#, .malformedJSON),
            (#"["not", "an", "object"]"#, .malformedJSON),
            (#"{"id": "a"}"#, .missingField),
            (#"{"id": "a", "date": "next Tuesday", "text": "x"}"#, .invalidDate),
            (#"{"id": "a", "date": 20250115, "text": "x"}"#, .invalidDate),
        ]
        for (line, kind) in cases {
            do {
                _ = try ArticleParser.parseJSONLine(Substring(line), file: "news.jsonl", line: 42)
                Issue.record("accepted \(line)")
            } catch {
                #expect(error.kind == kind, "\(line)")
                #expect(error.description.hasPrefix("news.jsonl:42: "), "\(error)")
            }
        }
    }

    @Test func emptyAndOddTextCodesWithoutCrashing() {
        for text in ["", " ", "\u{0}\u{0}", "...", "\"\"\"", String(repeating: "(", count: 500), "Russia", "Russia and and and China"] {
            _ = Fixtures.code(text)
        }
    }
}
