import Testing
@testable import EntenteCore

/// Every kind of malformed entry, in every reader of our dictionary format, is an error naming the file,
/// the line and what was expected: none is skipped or half read.
@Suite("Dictionaries: every malformed entry names file, line and expectation")
struct DictionaryErrorTests {
    enum Reader: String, CaseIterable {
        case countries, named, roles, officeHolders, irregular, ontology, patterns
    }

    /// One good entry before the bad one, so the bad one is on line 3 (after a comment).
    static let good: [Reader: String] = [
        .countries: "RUS  name  Russia", .named: "IGOUNO  United Nations | UN", .roles: "GOV  government",
        .officeHolders: "RUSGOV  2012-05-07..  Vladimir Putin | Putin", .irregular: "go  went  gone  goes",
        .ontology: "010  1  0.0  COOPERATE  Make statement", .patterns: "163  IMPOSE sanction|sanctions on +",
    ]

    static let malformed: [(Reader, String)] = [
        (.countries, "RUS  Russia"), (.countries, "RU  name  Russia"), (.countries, "RUS  nickname  Rus"), (.countries, "RUS  name  Russia || Rossiya"),
        (.named, "IGOUNO"), (.named, "IG  United Nations"), (.named, "IGOUNO  United Nations  country:RUS"), (.named, "IGOUNO  | UN"),
        (.roles, "GOV"), (.roles, "GO  government"), (.roles, "GOV  government |"),
        (.officeHolders, "RUSGOV  Vladimir Putin"), (.officeHolders, "RU  2012..  Putin"), (.officeHolders, "RUSGOV  2012  Putin"),
        (.officeHolders, "RUSGOV  2012-13..  Putin"), (.officeHolders, "RUSGOV  2012..20x  Putin"), (.officeHolders, "RUSGOV  2012..2008  Putin"),
        (.irregular, "go  went"), (.irregular, "go  went || gone  gone"), (.irregular, "a  b  c  d  e"),
        (.ontology, "011  1  0.0  COOPERATE"), (.ontology, "1x  1  0.0  COOPERATE  Name"), (.ontology, "011  5  0.0  COOPERATE  Name"),
        (.ontology, "011  1  11  COOPERATE  Name"), (.ontology, "011  1  nan  COOPERATE  Name"), (.ontology, "010  1  0.0  COOPERATE  Again"),
        (.patterns, "163"), (.patterns, "999  IMPOSE sanction"), (.patterns, "163  impose sanction"), (.patterns, "163  IMPOSE LEVY"),
        (.patterns, "163  @ on"), (.patterns, "163  @Sanction on"), (.patterns, "163  IMPOSE S@nction%"), (.patterns, "163  IMPOSE  on  +"),
    ]

    static func load(_ reader: Reader, _ records: [DictionaryRecord]) throws(EntenteError) {
        var actors = ActorLexicon()
        var inflector = Inflector()
        switch reader {
        case .countries: try actors.addCountries(records)
        case .named: try actors.addNamed(records)
        case .roles: try actors.addRoles(records)
        case .officeHolders: try actors.addOfficeHolders(records)
        case .irregular: try inflector.addIrregular(records)
        case .ontology: _ = try CameoOntology(records: records)
        case .patterns: for record in records { _ = try EventPattern.parse(record, knownCodes: ["163"]) }
        }
    }

    @Test func goodEntriesLoad() throws {
        for reader in Reader.allCases {
            try Self.load(reader, DictionaryFile.records("# a comment\n\(Self.good[reader] ?? "")\n", file: "f.txt"))
        }
    }

    @Test func everyMalformedEntryIsAnErrorWithFileLineAndExpectation() {
        for (reader, line) in Self.malformed {
            let text = "# a comment\n\(Self.good[reader] ?? "")\n\(line)\n# after\n"
            do {
                try Self.load(reader, DictionaryFile.records(text, file: "dictionaries/f.txt"))
                Issue.record("\(reader): accepted '\(line)'")
            } catch {
                #expect(error.kind == .malformedDictionary && error.file == "dictionaries/f.txt" && error.line == 3, "\(reader) '\(line)': \(error)")
                #expect(error.message.contains("expected"), "\(reader) '\(line)': \(error)")
            }
        }
    }

    @Test func bytesThatAreNotUTF8NameTheirLine() throws {
        let bytes = Array("# countries\nRUS  name  Russia\n".utf8) + [0x46, 0x52, 0x41, 0x20, 0x20, 0xE9] + Array("\nDEU  name  Germany\n".utf8)
        do {
            _ = try DictionaryFile.text(bytes, file: "countries.txt")
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.description == "countries.txt:3: invalid UTF-8: expected UTF-8 text; the line has bytes that are not")
        }
        #expect(try DictionaryFile.text([0xEF, 0xBB, 0xBF] + Array("RUS  name  Russia".utf8), file: "f.txt") == "RUS  name  Russia")
    }
}
