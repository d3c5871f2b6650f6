import EntenteCore

/// The event table with the filters of `GET /api/events` as a plain form, a page at a time.
enum EventsPage {
    /// The form's fields: parameter, label, hint.
    static let fields: [(name: String, label: String, hint: String)] = [
        ("country", "Country", "RUS"), ("dyad", "Dyad", "RUS-KOR"), ("actor", "Actor code", "RUSGOV"),
        ("code", "CAMEO code", "112"), ("root", "Root", "16"), ("speaker", "Speaker", "Zinoviev"),
        ("from", "From", "2024-01"), ("to", "To", "2025-12-31"), ("text", "Text", "red line"),
    ]

    static func render(query: QueryParameters, page: EventPage) -> String {
        let inputs = fields.map { f -> HTMLString in
            "<label>\(f.label)<input name=\"\(f.name)\" value=\"\(query[f.name] ?? "")\" placeholder=\"\(f.hint)\"></label>"
        }
        let quad = select("quad", label: "Quad class", options: [("", "any")] + (1...4).map { ("\($0)", Layout.quadNames[$0 - 1]) }, selected: query["quad"])
        let modality = select("modality", label: "Modality", options: [("", "any")] + Modality.allCases.map { ($0.rawValue, $0.rawValue) }, selected: query["modality"])
        let next: HTMLString = page.next.map { cursor in
            let parameters = query.sorted.filter { $0.name != "cursor" }.map { ($0.name, $0.value) } + [("cursor", cursor.token)]
            return "<p><a rel=\"next\" href=\"\(Link.withQuery("/events", parameters))\">Next page →</a></p>"
        } ?? ""
        let apiLink = Link.withQuery("/api/events", query.sorted.map { ($0.name, $0.value) })
        return Layout.page(title: "Events", """
        <h1>Events</h1>
        <form class="filters" method="get" action="/events">\(inputs)\(quad)\(modality)\
        <label>&nbsp;<button type="submit">Filter</button></label></form>
        <p class="muted">\(page.events.count) event(s) on this page · <a href="\(apiLink)">JSON</a></p>
        <table>\(EventViews.tableHead)\(page.events.map { EventViews.row($0) })</table>
        \(next)
        """)
    }

    static func select(_ name: String, label: String, options: [(value: String, text: String)], selected: String?) -> HTMLString {
        let items = options.map { o -> HTMLString in
            o.value == (selected ?? "") ? "<option value=\"\(o.value)\" selected>\(o.text)</option>" : "<option value=\"\(o.value)\">\(o.text)</option>"
        }
        return "<label>\(label)<select name=\"\(name)\">\(items)</select></label>"
    }
}
