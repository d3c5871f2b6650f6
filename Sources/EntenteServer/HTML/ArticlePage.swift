import EntenteCore

/// An article with each event's evidence highlighted in its text, and its events with modality, speaker and place.
enum ArticlePage {
    static func render(_ stored: StoredArticle) -> String {
        let a = stored.article
        let rows = stored.events.map { e -> HTMLString in
            let condition: HTMLString = e.event.condition.map { "<br><span class=\"tag\">if</span> \($0.text)\(DyadSeries.isRedLine(e) ? " (red line)" : "")" } ?? ""
            return """
            <tr id="\(Link.anchor(e.id))"><td>\(number(e))</td><td>\(e.date?.description ?? "–")</td><td>\(EventViews.actor(e.event.source))</td>\
            <td>\(EventViews.code(e.event.code))\(condition)</td><td>\(EventViews.actor(e.event.target))</td>\
            <td>\(EventViews.modality(e.event.modality))</td><td>\(EventViews.speaker(e.event.speaker))</td>\
            <td>\(EventViews.place(e.event.location))</td><td><a href="#m-\(Link.anchor(e.id))">in the text</a> <span class="muted">\(e.event.pattern)</span></td></tr>
            """
        }
        return Layout.page(title: a.title ?? a.id, """
        <h1>\(a.title ?? a.id)</h1>
        <p class="muted">\(a.date?.description ?? "undated") · id \(a.id) · \(stored.events.count) event(s) · <a href="/api/articles/\(Link.component(a.id))">JSON</a></p>
        <h2>Text, with the evidence of each event highlighted</h2>
        <div class="article-text">\(highlighted(stored))</div>
        <h2>Events</h2>
        <table><tr><th>#</th><th>Date</th><th>Source</th><th>Event</th><th>Target</th><th>Modality</th><th>Speaker</th><th>Place</th><th>Evidence</th></tr>\(rows)</table>
        """)
    }

    /// An event's number within its article (the N of `ARTICLE#N`).
    static func number(_ e: StoredEvent) -> String { String(Link.anchor(e.id).dropFirst(3)) }

    /// The text cut at every evidence boundary; a piece inside one or more evidence spans is a `<mark>`
    /// naming its events, and each event's start carries an anchor its row links to.
    static func highlighted(_ stored: StoredArticle) -> HTMLString {
        let scalars = Array(stored.article.text.unicodeScalars)
        let spans = stored.events.map { e in (e, max(0, min(e.event.span.start, scalars.count)), max(0, min(e.event.span.end, scalars.count))) }
            .filter { $0.1 < $0.2 }
        var cuts = Set([0, scalars.count])
        for (_, start, end) in spans { cuts.insert(start); cuts.insert(end) }
        let bounds = cuts.sorted()
        var parts: [HTMLString] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<end])
            let text = String(piece)
            for (e, s, _) in spans where s == start { parts.append("<span id=\"m-\(Link.anchor(e.id))\"></span>") }
            let covering = spans.filter { $0.1 <= start && end <= $0.2 }.map(\.0)
            if covering.isEmpty {
                parts.append("\(text)")
            } else {
                let title = covering.map { "\($0.event.code.code) \($0.event.source.code)→\($0.event.target?.code ?? "–") (\($0.event.modality.rawValue)\($0.event.speaker.map { ", said by " + $0.text } ?? ""))" }
                    .joined(separator: "; ")
                parts.append("<mark title=\"\(title)\">\(text)</mark>")
            }
            // After the last piece of each evidence, its events' numbers and modalities, linked to their rows.
            let ending = spans.filter { $0.2 == end }.map(\.0)
            if !ending.isEmpty {
                parts.append("<sup>\(ending.map { "<a href=\"#\(Link.anchor($0.id))\">\(number($0)) \($0.event.modality.rawValue)</a> " as HTMLString })</sup>")
            }
        }
        return HTMLString.join(parts)
    }
}
