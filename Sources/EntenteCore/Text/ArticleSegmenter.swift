/// A piece of an article, coded on its own, and where it starts in the whole.
public struct ArticleSegment: Sendable {
    /// The article with `text` cut to this piece.
    public var article: Article
    /// Offset of the piece in the article's text, in Unicode scalars.
    public var scalarOffset: Int
    /// Whether a piece of the same article came before this one.
    public var isContinuation: Bool
}

/// Cuts very long articles (a scraped book, a 50 MB line) into pieces at paragraph or sentence breaks,
/// so that coding one article takes memory bounded by the piece, not by the article.
///
/// Pronouns and speakers do not carry across a cut; with pieces of a quarter of a million characters,
/// that touches only texts far longer than any news article.
public enum ArticleSegmenter {
    /// Longest piece, in Unicode scalars.
    public static let pieceLength = 1 << 18

    /// The pieces of `article`: the article itself when it is short enough.
    public static func segments(of article: Article, pieceLength: Int = pieceLength) -> [ArticleSegment] {
        let scalars = article.text.unicodeScalars
        guard scalars.count > pieceLength else { return [ArticleSegment(article: article, scalarOffset: 0, isContinuation: false)] }
        var pieces: [ArticleSegment] = []
        var start = scalars.startIndex
        var offset = 0
        while start < scalars.endIndex {
            let limit = scalars.index(start, offsetBy: pieceLength, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let end = limit == scalars.endIndex ? limit : cut(scalars, from: start, before: limit, pieceLength: pieceLength)
            var piece = article
            piece.text = String(scalars[start..<end])
            let length = scalars.distance(from: start, to: end)
            pieces.append(ArticleSegment(article: piece, scalarOffset: offset, isContinuation: !pieces.isEmpty))
            offset += length
            start = end
        }
        return pieces
    }

    /// Where to end a piece that may not pass `limit`: after the last line break of its second half,
    /// else after the last sentence end (". " before a capital), else after the last space, else at `limit`.
    private static func cut(_ scalars: String.UnicodeScalarView, from start: String.Index, before limit: String.Index, pieceLength: Int) -> String.Index {
        let half = scalars.index(start, offsetBy: pieceLength / 2)
        var sentenceEnd: String.Index?
        var space: String.Index?
        var i = scalars.index(before: limit)
        while i > half {
            let s = scalars[i]
            if s == "\n" { return scalars.index(after: i) }
            if s == " " {
                space = space ?? scalars.index(after: i)
                let previous = scalars[scalars.index(before: i)]
                let next = scalars[scalars.index(after: i)]
                if sentenceEnd == nil, previous == "." || previous == "!" || previous == "?", ScalarClass.isUppercase(next) {
                    sentenceEnd = scalars.index(after: i)
                }
            }
            i = scalars.index(before: i)
        }
        return sentenceEnd ?? space ?? limit
    }
}

extension Event {
    /// The event as seen from the whole article, for an event coded in a piece that starts `scalars`
    /// into the text after `sentences` sentences.
    func shifted(sentences: Int, scalars: Int) -> Event {
        var event = self
        event.sentence += sentences
        event.span = (span.start + scalars, span.end + scalars)
        event.source = source.shifted(scalars)
        event.target = target?.shifted(scalars)
        event.speaker = speaker?.shifted(scalars)
        if var location {
            location.start += scalars
            location.end += scalars
            event.location = location
        }
        if var condition {
            condition.events = condition.events.map { $0.shifted(sentences: sentences, scalars: scalars) }
            event.condition = condition
        }
        return event
    }
}

extension Actor {
    fileprivate func shifted(_ scalars: Int) -> Actor {
        var actor = self
        actor.start += scalars
        actor.end += scalars
        return actor
    }
}
