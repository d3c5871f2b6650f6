import Foundation
import Testing
@testable import EntenteCore

@Suite("Dictionaries: loading, coverage, errors")
struct DictionaryTests {
    @Test func everyCameoCodeIsReachable() {
        let ontology = Set(Fixtures.dictionaries.ontology.codes.keys)
        #expect(ontology.count == 312)
        let unreachable = ontology.subtracting(Fixtures.dictionaries.patterns.reachableCodes)
        #expect(unreachable.isEmpty, "codes with no pattern: \(unreachable.sorted())")
    }

    @Test func commonCodesHaveManyPatterns() {
        var counts: [String: Int] = [:]
        for pattern in Fixtures.dictionaries.patterns.patterns { counts[pattern.code, default: 0] += 1 }
        for code in ["010", "036", "042", "043", "051", "057", "112", "163", "173", "190"] {
            #expect(counts[code, default: 0] >= 5, "\(code) has \(counts[code, default: 0]) patterns")
        }
    }

    @Test func everyUNMemberHasAName() {
        let countries = Fixtures.dictionaries.actors.countryNames
        #expect(countries.count >= 195)
        for code in ["RUS", "PRK", "KOR", "UKR", "USA", "CHN", "PSE", "VAT", "TWN", "KSV", "SSD", "TLS"] {
            #expect(countries[code] != nil, "\(code)")
        }
    }

    @Test func malformedEntriesNameFileAndLine() {
        let records = DictionaryFile.records("# header\nRUS  name  Russia\nRUS  nickname  Rus\n", file: "bad.txt")
        var lexicon = ActorLexicon()
        #expect(throws: EntenteError.self) { try lexicon.addCountries(records) }
        do { try lexicon.addCountries(records) } catch {
            #expect(error.file == "bad.txt" && error.line == 3)
            #expect(error.description.contains("bad.txt:3"))
        }
        let known: Set<String> = ["163"]
        for bad in ["999  IMPOSE sanction", "163  impose sanction", "163  IMPOSE LEVY", "163"] {
            let record = DictionaryFile.records(bad, file: "verbs.txt")[0]
            #expect(throws: EntenteError.self, "\(bad)") { try EventPattern.parse(record, knownCodes: known) }
        }
        let holders = DictionaryFile.records("RUSGOV  2012-05-07..2008-01-01  Someone", file: "o.txt")
        #expect(throws: EntenteError.self) { try ActorLexicon().addingOfficeHolders(holders) }
    }

    /// A name in two office-holders files keeps the terms of both: the file read first hides none of the other's.
    @Test func aNameInTwoOfficeHoldersFilesKeepsBothTerms() throws {
        let nineties = DictionaryFile.records("ISRGOV  1996-06-18..1999-07-06  Benjamin Netanyahu | Netanyahu", file: "a.txt")
        let today = DictionaryFile.records("ISRGOV  2009-03-31..2021-06-13  Benjamin Netanyahu | Netanyahu", file: "b.txt")
        let lexicon = try ActorLexicon().addingOfficeHolders(nineties).addingOfficeHolders(today)
        guard case .person(_, _, let tenures)? = lexicon.phrases.exact(["netanyahu"]) else {
            Issue.record("Netanyahu is no person")
            return
        }
        #expect(tenures.map(\.from.description) == ["1996-06-18", "2009-03-31"])
    }

    @Test(.needsShared) func ontologyAgreesWithTheCameoReferenceTables() throws {
        let shared = try #require(Fixtures.shared, "\(Fixtures.sharedMissing)")
        let data = try Data(contentsOf: shared.appendingPathComponent("data/cameo/cameo-event-codes.json"))
        let reference = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(reference.count == Fixtures.dictionaries.ontology.codes.count)
        for entry in reference {
            let code = try #require(entry["code"] as? String)
            let ours = try #require(Fixtures.dictionaries.ontology[code], "\(code)")
            #expect(ours.quadClass == entry["quad_class"] as? Int, "\(code)")
            #expect(ours.goldstein == entry["goldstein"] as? Double, "\(code)")
        }
    }

    /// ConfliBERT's five classes as its labellers use them: reducing relations (16) is verbal conflict.
    @Test func fiveClassesOfTheSentenceLabelledSets() {
        #expect(["01", "02", "03", "06", "09", "13", "14", "15", "16", "17", "20"].map { CameoCode.pentaClass(root: $0) } == [0, 0, 1, 2, 3, 3, 4, 4, 3, 4, 4])
    }

    @Test func inflectionOfVerbs() {
        let forms = Dictionary(Fixtures.dictionaries.inflector.forms(of: "impose"), uniquingKeysWith: { a, _ in a })
        #expect(forms["imposed"]?.contains(.participle) == true)
        #expect(forms["imposes"] == .third && forms["imposing"] == .gerund)
        let send = Dictionary(Fixtures.dictionaries.inflector.forms(of: "send"), uniquingKeysWith: { a, _ in a })
        #expect(send["sent"] != nil)
        #expect(Inflector.plural("sanction") == "sanctions" && Inflector.plural("militia") == "militias" && Inflector.plural("embassy") == "embassies")
        // The "u" of "qu" is no vowel: the final consonant doubles as after any single vowel.
        let equip = Dictionary(Fixtures.dictionaries.inflector.forms(of: "equip"), uniquingKeysWith: { a, _ in a })
        #expect(equip["equipped"] != nil && equip["equipping"] != nil)
    }
}

extension ActorLexicon {
    /// Adds office holders to a copy, for tests of errors.
    func addingOfficeHolders(_ records: [DictionaryRecord]) throws(EntenteError) -> ActorLexicon {
        var copy = self
        try copy.addOfficeHolders(records)
        return copy
    }
}
