import Foundation
import Testing
@testable import EntenteCore

/// TABARI/PETRARCH dictionaries: small invented snippets read into Entente's model and coded, and
/// PETRARCH's own validation suite from `../shared`.
@Suite("PETRARCH dictionaries and validation suite")
struct PetrarchTests {
    static let verbs = """
    <!-- a comment
    over two lines -->
    &CURRENCY
    +DOLLARS
    +SWISS FRANCS
    &NEG_
    +DID N'T
    +WILL NOT

    --- CONTRIBUTE [070] ---
    CONTRIBUTE   # jw
    - * &CURRENCY [903]
    - &NEG * [081]

    --- LEFT [032:033] ---
    LEFT
    +BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN} [1717]
    """
    static let actors = """
    ARNOR_  [ARN]
    GONDOR [GON]
    +MINAS_TIRITH
    THE_SHIRE [FRO/BIL/SAM]
    GOLLUM
    +SMEAGOL
    \t[HOB <950601]
    \t[HOBGOV 19950601 - 19990815]
    \t[HOBREB >990816]
    """
    static let agents = """
    !PERSON! = MAN, MEN, WOMAN
    OFFICIAL [~GOV]
    CONGRESS!PERSON! [~LEG]
    MSF {} [NGO~]
    """

    /// Entente's grammar and ontology with the snippets' actors and patterns in place of its own.
    static func coder(discards: String = "") throws -> EventCoder {
        var dictionaries = Fixtures.dictionaries
        dictionaries.actors = ActorLexicon()
        dictionaries.patterns = PatternLexicon()
        var actorReader = PetrarchActorReader()
        try actorReader.read(PetrarchSource.lines(actors, file: "test.actors"), into: &dictionaries.actors)
        var agentReader = PetrarchAgentReader()
        try agentReader.read(PetrarchSource.lines(agents, file: "test.agents"), into: &dictionaries.actors)
        var discardReader = PetrarchDiscardReader()
        try discardReader.read(PetrarchSource.lines(discards, file: "test.discards"), into: &dictionaries.discards)
        var verbReader = PetrarchVerbReader()
        dictionaries.addPetrarchVerbs(try verbReader.read(PetrarchSource.lines(verbs, file: "test.verbs", semicolonComments: true)))
        var coder = EventCoder(dictionaries: dictionaries)
        coder.options = .petrarch
        return coder
    }

    static func triples(_ text: String, date: String = "1995-01-02", discards: String = "") throws -> [String] {
        try coder(discards: discards).code(Article(id: "t", date: SimpleDate(iso: date), text: text))
            .map { "\($0.source.code) \($0.target?.code ?? "---") \($0.code.code)" }.sorted()
    }

    @Test func synsetsPickTheMostSpecificPattern() throws {
        #expect(try Self.triples("Arnor will contribute a million swiss francs to Gondor.") == ["ARN GON 903"])
        #expect(try Self.triples("Arnor will contribute a million rupees to Gondor.") == ["ARN GON 070"])
        #expect(try Self.triples("Arnor didn't contribute to Gondor.") == ["ARN GON 081"])
    }

    @Test func pairedCodesAndMultiWordVerbs() throws {
        #expect(try Self.triples("Arnor left for Minas Tirith on Monday.") == ["ARN GON 032", "GON ARN 033"])
        #expect(try Self.triples("Arnor broke down relations with Gondor.") == ["ARN GON 1717"])
    }

    @Test func dateRestrictedActorsTakeTheCodeOfTheDay() throws {
        #expect(try Self.triples("Smeagol left for Gondor.", date: "1995-01-02") == ["GON HOB 033", "HOB GON 032"])
        #expect(try Self.triples("Smeagol left for Gondor.", date: "1996-01-02") == ["GON HOBGOV 033", "HOBGOV GON 032"])
        #expect(try Self.triples("Gollum left for Gondor.", date: "2001-01-01") == ["GON HOBREB 033", "HOBREB GON 032"])
    }

    @Test func agentsJoinTheirActorOnTheirSide() throws {
        #expect(try Self.triples("An Arnor official left for Gondor.").contains("ARNGOV GON 032"))
        #expect(try Self.triples("MSF Arnor left for Gondor.").contains("NGOARN GON 032"))
        #expect(try Self.triples("Gondor congressmen left for Arnor.").contains("GONLEG ARN 032"))
        #expect(try Self.triples("The Shire left for Gondor.").filter { $0.hasSuffix("032") } == ["BIL GON 032", "FRO GON 032", "SAM GON 032"])
    }

    @Test func discardsStopTheSentenceOrTheStory() throws {
        let discards = "BASEBALL\n+TYPHOON_\n"
        #expect(try Self.triples("Arnor left for Gondor after a baseball game.", discards: discards).isEmpty)
        #expect(try Self.triples("A typhoon hit. Arnor left for Gondor.", discards: discards).isEmpty)
        #expect(try Self.triples("Typhoons hit. Arnor left for Gondor.", discards: discards).count == 2)
    }

    @Test func malformedEntriesNameFileLineAndWhatWasExpected() throws {
        var reader = PetrarchActorReader()
        var lexicon = ActorLexicon()
        #expect(throws: EntenteError(.malformedDictionary, file: "bad.actors", line: 2,
                                     "expected a date restriction '<DATE', '>DATE' or 'DATE-DATE' (YYMMDD or YYYYMMDD), found '9008223-911221'")) {
            try reader.read(PetrarchSource.lines("GOLLUM\n\t[HOB 9008223-911221]\n", file: "bad.actors"), into: &lexicon)
        }
        reader.strict = false
        try reader.read(PetrarchSource.lines("GOLLUM\n\t[HOB 9008223-911221]\nARNOR [ARN]\n", file: "bad.actors"), into: &lexicon)
        #expect(reader.diagnostics.map(\.line) == [2])
        #expect(lexicon.phrases.exact(["arnor"]) != nil)
        var verbs = PetrarchVerbReader()
        #expect(throws: EntenteError.self) { try verbs.read(PetrarchSource.lines("--- GO [010] ---\nGO\n- * HOME\n", file: "bad.verbs")) }
        var agents = PetrarchAgentReader()
        #expect(throws: EntenteError.self) { try agents.read(PetrarchSource.lines("OFFICIAL [GOV]\n", file: "bad.agents"), into: &lexicon) }
    }

    @Test func commaClausesAreDroppedByLength() throws {
        // The closing attribution (6 words) is dropped; the inner clause of 10 words is kept, so its actor is the target.
        #expect(try Self.triples("Arnor left for Minas Tiritx, almost five years after Gondor crowds burned down its embassy, a senior official said on Saturday.")
                    .contains("ARN GON 032"))
    }

    /// A comma that goes on a list of names opens no clause: the whole list is coded.
    @Test func aListOfNamesIsNoCommaClause() {
        func kept(_ text: String) -> String {
            let document = Document(article: Article(id: "t", date: nil, text: text))
            guard let sentence = document.sentences.first else { return "" }
            let dropped = CommaClauses.dropped(document.tokens, in: sentence.tokens, limits: CodingOptions.CommaLimits())
            return sentence.tokens.filter { t in !dropped.contains { $0.contains(t) } }.map { document.tokens[$0].norm }.joined(separator: " ")
        }
        #expect(kept("Osgiliath welcomed ties with Mordor, Rohan, Fornost and Bree after a long rift.")
                == "osgiliath welcomed ties with mordor , rohan , fornost and bree after a long rift .")
        #expect(kept("Evil Mordor, the awful Fornost, and good Gondor welcomed the talks.").contains("fornost"))
        // An attribution at the end is still a clause.
        #expect(!kept("Arnor left for Gondor, a senior official said on Saturday.").contains("official"))
    }

    /// PETRARCH's validation suite, coded from the records' text alone. PETRARCH2 passes 88 of the 279.
    @Test(.needsShared) func petrarchValidationSuite() throws {
        let shared = try #require(Fixtures.shared, "\(Fixtures.sharedMissing)")
        let folder = shared.appendingPathComponent("data/petrarch2")
        let suite = try ValidationSuite.read(folder.appendingPathComponent("text/PETR.UnitTest.records.xml").path)
        var files = PetrarchFiles()
        let dictionary = { (key: String) in [folder.appendingPathComponent("dictionaries/\(suite.environment[key] ?? "")").path] }
        for kind in [PetrarchFiles.Kind.verbs, .actors, .agents, .discards] { files[kind] = dictionary(kind.environmentKey) }
        var dictionaries = Fixtures.dictionaries
        try dictionaries.addPetrarch(files, replacing: true)
        let results = ValidationRunner(coder: EventCoder(dictionaries: dictionaries)).run(suite)
        let passed = results.filter(\.passed).count
        print("PETRARCH validation: \(passed) passed, \(results.count - passed) failed")
        #expect(results.count == 279)
        #expect(passed >= 220)
    }
}
