import Foundation
import Testing
@testable import EntenteCore

/// Tests on the project's reference data in `../shared`; each skips with a one-line reason where it is absent.
@Suite("Reference data: the seed article and the dev sets")
struct SharedDataTests {
    func seed() throws -> (Article, Data)? {
        guard let shared = Fixtures.shared else { return nil }
        let folder = shared.appendingPathComponent("data/seed")
        let line = try String(contentsOf: folder.appendingPathComponent("article.jsonl"), encoding: .utf8)
        let article = try ArticleParser.parseJSONLine(Substring(line.trimmingCharacters(in: .whitespacesAndNewlines)), file: "article.jsonl", line: 1)
        return (article, try Data(contentsOf: folder.appendingPathComponent("gold.json")))
    }

    @Test(.needsShared) func seedArticleMeetsItsGold() throws {
        let (article, gold) = try #require(try seed(), "\(Fixtures.sharedMissing)")
        let events = Fixtures.coder.code(article)
        let document = Document(article: article)
        let sentences = Dictionary(uniqueKeysWithValues: document.sentences.map { ($0.index, document.text(of: $0)) })
        let report = try ClaimEvaluation.evaluate(gold: gold, events: events, sentences: sentences)
        for check in report.checks {
            #expect(check.passed, "\(check.kind): \(check.why) — \(check.detail)")
        }
    }

    @Test(.needsShared) func seedSanctionsAndSupportAreCodedWithTheirRoots() throws {
        let (article, _) = try #require(try seed(), "\(Fixtures.sharedMissing)")
        let events = Fixtures.coder.code(article)
        let sanctions = events.filter { $0.code.root == "16" && $0.source.country == "KOR" && $0.target?.country == "RUS" }
        #expect(Set(sanctions.map(\.sentence)).count == 2, "sanctions in both sentences that report them")
        #expect(events.contains { $0.code.root == "05" && $0.source.country == "PRK" && $0.target?.country == "RUS" })
    }

    @Test(.needsShared) func confliBERTDevSetMacroF1() throws {
        let shared = try #require(Fixtures.shared, "\(Fixtures.sharedMissing)")
        let url = shared.appendingPathComponent("data/news/conflibert_cameo/conflibert_cameo_sentences.jsonl")
        let report = try GoldEvaluation.evaluate(jsonLines: try String(contentsOf: url, encoding: .utf8), file: url.path, coder: Fixtures.coder)
        #expect(report.penta.total == 1349)
        print("ConfliBERT dev: accuracy \(report.penta.accuracy), macro-F1 \(report.penta.macroF1)")
        #expect(report.penta.macroF1 >= 0.65)
    }

    @Test(.needsShared) func petrarchWireSentencesScore() throws {
        let shared = try #require(Fixtures.shared, "\(Fixtures.sharedMissing)")
        let url = shared.appendingPathComponent("data/news/petrarch_gigaword_afp/petr2_validation_sentences.jsonl")
        let report = try GoldEvaluation.evaluate(jsonLines: try String(contentsOf: url, encoding: .utf8), file: url.path, coder: Fixtures.coder)
        #expect(report.tripleRecords == 28)
        print("PETRARCH AFP/GOLD: root+country F1 \(report.coarse.f1), exact F1 \(report.exact.f1)")
        #expect(report.coarse.truePositives > 0)
    }
}
