import Testing
@testable import EntenteCore

@Suite("Text: tokens, sentences, datelines")
struct TextTests {
    func words(_ text: String) -> [String] { Tokenizer().tokenize(Array(text.unicodeScalars)).map(\.text) }

    func sentences(_ text: String) -> [String] {
        let document = Document(article: Article(id: "t", date: nil, text: text))
        return document.sentences.map { document.text(of: $0) }
    }

    @Test func keepsAbbreviationsInitialsAndDecimalsWhole() {
        #expect(words("The U.S. and Gen. Smith met at No. 10 on 3.5 percent.") ==
                ["The", "U.S.", "and", "Gen.", "Smith", "met", "at", "No.", "10", "on", "3.5", "percent", "."])
        #expect(words("Kim Jong-un met George W. Bush.") == ["Kim", "Jong-un", "met", "George", "W.", "Bush", "."])
        #expect(words("1,000 troops") == ["1,000", "troops"])
    }

    @Test func splitsPossessivesAndNegations() {
        #expect(words("Russia's army didn't move") == ["Russia", "'s", "army", "did", "n't", "move"])
        #expect(words("Korea’s support") == ["Korea", "’s", "support"])
        let tokens = Tokenizer().tokenize(Array("Korea’s “support”".unicodeScalars))
        #expect(tokens.map(\.norm) == ["korea", "'s", "\"", "support", "\""])
    }

    @Test func splitsRunTogetherSentencesButNotAbbreviations() {
        #expect(sentences("Relations are developing positively.The ambassador spoke.") ==
                ["Relations are developing positively.", "The ambassador spoke."])
        #expect(sentences("Mr. Lee met Gen. Park in the U.S. on Monday. They talked.") ==
                ["Mr. Lee met Gen. Park in the U.S. on Monday.", "They talked."])
        #expect(sentences("Talks ended in the U.S. The delegates left.") == ["Talks ended in the U.S.", "The delegates left."])
        #expect(sentences("\"We will respond,\" he said. Nothing followed.") == ["\"We will respond,\" he said.", "Nothing followed."])
    }

    @Test func paragraphsAreSentenceBoundaries() {
        let document = Document(article: Article(id: "t", date: nil, text: "Headline without stop\n\nFirst sentence here. Second one.\nThird line"))
        #expect(document.sentences.count == 4)
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1, 2])
    }

    @Test func recognisesDatelines() {
        for (text, first) in [
            ("MOSCOW (Reuters) - Russia said on Monday it would respond.", "Russia said on Monday it would respond."),
            ("OREANDA-NEWS The ambassador said relations were poor.", "The ambassador said relations were poor."),
            ("SEOUL, Jan. 5 (Yonhap) -- The ministry said it had protested.", "The ministry said it had protested."),
            ("NEW YORK -- Diplomats met at the UN.", "Diplomats met at the UN."),
        ] {
            #expect(sentences(text).first == first, "\(text)")
        }
        #expect(sentences("NATO troops arrived in Estonia.").first == "NATO troops arrived in Estonia.")
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "Côte d’Ivoire 🇨🇮 thanked Ghana."
        let document = Document(article: Article(id: "t", date: nil, text: text))
        let ghana = document.tokens.first { $0.text == "Ghana" }
        let scalars = Array(text.unicodeScalars)
        #expect(ghana.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == "Ghana")
        #expect(ghana?.start == 25)
    }

    @Test func normalisesCompatibilityForms() {
        // Full-width letters and a ligature fold to their plain forms.
        let tokens = Tokenizer().tokenize(Array("ＵＮ ﬁnance".unicodeScalars))
        #expect(tokens.map(\.norm) == ["un", "finance"])
    }
}
