import Testing
@testable import EntenteCore

/// Every command codes through one path: the batch coder behind `code`, `ingest` and `serve` gives the
/// events `eval` scores, whatever the options.
@Suite("One pipeline: the batch coder and eval agree")
struct OnePipelineTests {
    static let text = "Seoul imposed sanctions on Moscow. Russia protested. North Korea, the agency said, fired a missile at Japan."

    func events(_ options: CodingOptions) -> (batch: [String], single: [String]) {
        var coder = Fixtures.coder
        coder.options = options
        let article = Article(id: "a", date: SimpleDate(iso: "2025-01-15"), text: Self.text)
        func summary(_ e: Event) -> String { "\(e.sentence) \(e.code.code) \(e.source.code)>\(e.target?.code ?? "-")" }
        let batch = BatchCoder(coder: coder, threads: 2).code([article])[0].events.map(summary)
        return (batch, coder.code(article).map(summary))
    }

    @Test func petrarchOptionsApplyToTheBatchCoderToo() {
        let (batch, single) = events(.petrarch)
        #expect(batch == single)
        // The dyad rule drops the protest, which has no target, on both paths.
        #expect(!batch.isEmpty)
        #expect(batch.allSatisfy { !$0.hasSuffix(">-") })
        let (plainBatch, plainSingle) = events(CodingOptions())
        #expect(plainBatch == plainSingle)
        #expect(plainBatch.contains { $0.hasSuffix(">-") })
    }
}
