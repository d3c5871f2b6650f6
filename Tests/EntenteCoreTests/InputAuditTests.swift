import Testing
@testable import EntenteCore

@Suite("Input audit: empty articles and repeated ids are reported, nothing is dropped")
struct InputAuditTests {
    @Test func emptyArticlesAreReported() {
        var audit = InputAudit()
        for text in ["", "  \n\t", "\u{200B}"] {
            let warnings = audit.check(Article(id: "e\(text.count)", date: nil, text: text), file: "a.jsonl", line: 2)
            #expect(warnings.map(\.kind) == [.emptyArticle], "\(text.debugDescription)")
        }
        #expect(audit.check(Article(id: "x", date: nil, text: "Seoul."), file: "a.jsonl", line: 3).isEmpty)
    }

    @Test func anIdRepeatedWithOtherTextIsFlaggedNamingBothPlaces() {
        var audit = InputAudit()
        #expect(audit.check(Article(id: "a", date: nil, text: "One."), file: "a.jsonl", line: 1).isEmpty)
        #expect(audit.check(Article(id: "a", date: nil, text: "One."), file: "b.jsonl", line: 5).isEmpty, "the same record twice is no conflict")
        let warnings = audit.check(Article(id: "a", date: nil, text: "Two."), file: "b.jsonl", line: 7)
        #expect(warnings.map(\.description) == ["b.jsonl:7: duplicate: article id 'a' was first seen at a.jsonl:1 with other text; both are kept"])
        let retitled = audit.check(Article(id: "a", date: nil, title: "New", text: "One."), file: "b.jsonl", line: 8)
        #expect(retitled.map(\.kind) == [.duplicate])
    }
}
