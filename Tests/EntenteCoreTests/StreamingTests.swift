import Foundation
import Testing
@testable import EntenteCore

/// Batches, threads and pieces of long articles: the output does not depend on how the work was cut.
@Suite("Streaming: batches, threads and long input")
struct StreamingTests {
    static let paragraphs = [
        "Russia imposed sanctions on Ukraine on Monday.",
        "France and Germany called for talks with Iran.",
        "The Chinese foreign ministry condemned the attack on the embassy.",
        "North Korea fired missiles towards Japan, officials in Tokyo said.",
        "The United States pledged aid to Jordan.",
    ]

    func jsonLines(_ articles: [Article], threads: Int, pieceLength: Int = ArticleSegmenter.pieceLength) -> String {
        var coder = BatchCoder(coder: Fixtures.coder, threads: threads)
        coder.pieceLength = pieceLength
        var out = ""
        for article in articles { coder.add(article) { out += $0 } }
        coder.flush { out += $0 }
        return out
    }

    @Test func sameBytesWhateverTheThreadCount() throws {
        let articles = (0..<40).map { i in
            Article(id: "a\(i)", date: SimpleDate(iso: "2025-01-15"), text: Self.paragraphs[i % 5] + " " + Self.paragraphs[(i + 2) % 5])
        }
        let one = jsonLines(articles, threads: 1)
        #expect(!one.isEmpty)
        #expect(jsonLines(articles, threads: 2) == one)
        #expect(jsonLines(articles, threads: 4) == one)
    }

    @Test func piecesOfALongArticleNumberSentencesAndOffsetsAsTheWhole() throws {
        // Twenty paragraphs, cut into pieces of about three paragraphs.
        let text = (0..<20).map { Self.paragraphs[$0 % 5] }.joined(separator: "\n\n")
        let article = Article(id: "long", date: SimpleDate(iso: "2025-01-15"), text: text)
        #expect(ArticleSegmenter.segments(of: article, pieceLength: 160).count > 5)
        let whole = jsonLines([article], threads: 1)
        let cut = jsonLines([article], threads: 2, pieceLength: 160)
        #expect(!whole.isEmpty)
        #expect(cut == whole)
    }

    @Test func textWithoutPunctuationIsCutIntoBoundedSentences() {
        let words = Array(repeating: "the minister of France met officials of Germany and", count: 400).joined(separator: " ")
        let document = Document(article: Article(id: "x", date: nil, text: words))
        #expect(document.sentences.count > 1)
        #expect(document.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
        #expect(document.sentences.last?.tokens.upperBound == document.tokens.count)
    }

    @Test func pathologicalInputsCodeWithoutCrashing() {
        let names = Array(repeating: "France", count: 20_000).joined(separator: " ")
        _ = Fixtures.coder.code(Article(id: "names", date: nil, text: names))
        let nested = "Russia said " + String(repeating: "\"(", count: 10_000) + " France attacked Germany " + String(repeating: ")\"", count: 10_000)
        let events = Fixtures.coder.code(Article(id: "nested", date: nil, text: nested))
        #expect(events.contains { $0.code.root == "19" || $0.code.root == "18" })
    }
}
