import Foundation
import Testing
@testable import EntenteCore

/// The byte-level reading of TABARI/PETRARCH files: comments, line numbers, and the words of phrases
/// split without the tokenizer where that gives the same words.
@Suite("PETRARCH lines and words")
struct PetrarchSourceTests {
    @Test func commentsAndLineNumbers() {
        let text = "ONE # a comment\r\n\nTWO <!-- inline --> THREE\n<!-- over\ntwo lines --> FOUR ; legacy\n  [###] kept\n  \t \nFIVE"
        let lines = PetrarchSource.lines(text, file: "t.txt", semicolonComments: true)
        #expect(lines.map(\.text) == ["ONE", "TWO  THREE", " FOUR", "  [###] kept", "FIVE"])
        #expect(lines.map(\.number) == [1, 3, 5, 6, 8])
        // An unclosed comment runs to the end of the file.
        #expect(PetrarchSource.lines("A\n<! B\nC\n", file: "t.txt").map(\.text) == ["A"])
    }

    @Test func plainPhrasesSplitAsTheTokenizerDoes() {
        for phrase in ["AFGHANISTAN_", "DOWLAT_E_ESLAMI_YE_AFGHANESTAN_", "AL-QAEDA", "G8 SUMMIT", "9-11_ATTACKS", "  TWO\tWORDS "] {
            #expect(PetrarchSource.plainWords(phrase) == PetrarchSource.tokenizedWords(phrase), "\(phrase)")
        }
        // Anything else goes through the tokenizer.
        for phrase in ["U.S.", "DID N'T", "X-", "-X", "A--B", "CÔTE_D'IVOIRE", "1,000"] {
            #expect(PetrarchSource.plainWords(phrase) == nil, "\(phrase)")
        }
    }

    /// Every phrase of the dictionaries in `../shared`: the cheap split agrees with the tokenizer.
    @Test(.needsShared) func plainWordsAgreeOnTheSharedDictionaries() throws {
        let shared = try #require(Fixtures.shared, "\(Fixtures.sharedMissing)")
        let folder = shared.appendingPathComponent("data/petrarch2/dictionaries")
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            for line in try PetrarchSource.lines(ofFile: folder.appendingPathComponent(name).path) {
                let text = line.trimmed.drop { "+-~&".contains($0) }
                let phrase = String(text.prefix { $0 != "[" && $0 != "{" })
                for candidate in [phrase] + phrase.split(separator: " ").map(String.init) {
                    guard let plain = PetrarchSource.plainWords(candidate) else { continue }
                    #expect(plain == PetrarchSource.tokenizedWords(candidate), "\(name):\(line.number) \(candidate)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50_000)
    }
}
