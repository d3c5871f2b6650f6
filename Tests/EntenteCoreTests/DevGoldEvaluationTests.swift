import Testing
@testable import EntenteCore

/// The scores `entente eval` gives on our dev gold and on ConfliBERT's actor spans.
@Suite("Evaluation: dev gold events and actor spans")
struct DevGoldEvaluationTests {
    @Test func eventsAreMatchedByRootAndActorsAndTheirContextScored() throws {
        let gold = try DevGoldSentence.read("""
            {"article": "a", "sentence": 0, "start": 0, "end": 34, "phenomena": [], "events": [{"code": "163", "source": "KORGOV", "source_country": "KOR", "target": "RUS", "target_country": "RUS", "modality": "asserted", "speaker": null, "date": "2025-01-15"}]}
            {"article": "a", "sentence": 1, "start": 35, "end": 80, "phenomena": ["passive"], "events": [{"code": "190", "source": "IGOWSTNAT", "source_country": null, "target": "SRB", "target_country": "SRB", "modality": "asserted", "date": "2025-01-15"}]}
            """, file: "gold.jsonl")
        let article = Article(id: "a", date: SimpleDate(iso: "2025-01-15"), text: "Seoul imposed sanctions on Moscow. Russia condemned the decision.")
        let report = DevGoldEvaluation.evaluate(gold, articles: ["a": article], coder: Fixtures.coder)
        #expect(report.sentences == 2)
        #expect(report.events.truePositives == 1)
        #expect(report.events.falseNegatives == 1)
        #expect(report.principal.right == 1 && report.principal.total == 2)
        #expect(report.modality.right == 1 && report.date.right == 1 && report.speaker.right == 1)
        #expect(report.byPhenomenon["passive"]?.falseNegatives == 1)
        #expect(DevGoldSentence.actorKey("IGOWSTNAT", country: nil) == DevGoldSentence.actorKey("IGONAT", country: nil))
        #expect(throws: EntenteError.self) { try DevGoldSentence.read("{\"article\": \"a\"}", file: "bad.jsonl") }
    }

    @Test func thePrincipalEventsActorsAreFoundInsideTheGoldSpans() throws {
        let line = #"{"id": "s", "text": "Seoul imposed sanctions on Moscow.", "penta_class": 4, "actor_spans": [{"role": "source", "text": "Seoul"}, {"role": "target", "text": "Kyiv"}]}"#
        let report = try GoldEvaluation.evaluate(jsonLines: line, file: "g.jsonl", coder: Fixtures.coder)
        #expect(report.sourceInSpan.right == 1 && report.sourceInSpan.total == 1)
        // A span that is not in the text is not scored.
        #expect(report.targetInSpan.total == 0)
    }

    @Test func eachMemberOfACompoundActorIsThePrincipalEvents() throws {
        let line = #"{"id": "s", "text": "Japan lifted sanctions on India and Pakistan.", "penta_class": 3, "actor_spans": [{"role": "source", "text": "Japan"}, {"role": "target", "text": "India"}, {"role": "target", "text": "Pakistan"}]}"#
        let report = try GoldEvaluation.evaluate(jsonLines: line, file: "g.jsonl", coder: Fixtures.coder)
        #expect(report.targetInSpan.right == 2 && report.targetInSpan.total == 2)
        // Another event of the sentence is not the principal's: Pakistan's reply does not count for Japan's act.
        let two = #"{"id": "t", "text": "Japan lifted sanctions on India, and Pakistan condemned Japan.", "penta_class": 3, "actor_spans": [{"role": "target", "text": "Pakistan"}]}"#
        let other = try GoldEvaluation.evaluate(jsonLines: two, file: "g.jsonl", coder: Fixtures.coder)
        #expect(other.targetInSpan.right == 0 && other.targetInSpan.total == 1)
    }

    /// A gold span given by its words is found wherever they stand as words of their own, not inside a longer word.
    @Test func aGoldSpanIsFoundWhereverItsWordsStandAlone() {
        let text = "South Sudanese refugees fled to Sudan, and aid went to Sudan."
        let ranges = GoldEvaluation.scalarRanges(of: "Sudan", in: text)
        #expect(ranges == [32..<37, 55..<60])
        // Words that stand nowhere alone are still found inside others.
        #expect(GoldEvaluation.scalarRanges(of: "Sudan", in: "South Sudanese refugees") == [6..<11])
    }
}
