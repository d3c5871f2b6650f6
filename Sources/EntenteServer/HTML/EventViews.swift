import EntenteCore

/// Small views of an event shared by the pages: its code, actors, modality, speaker and a table row.
enum EventViews {
    static func actor(_ actor: Actor?) -> HTMLString {
        guard let actor else { return "<span class=\"muted\">–</span>" }
        return "<span title=\"\(actor.text)\">\(actor.code)</span>"
    }

    static func code(_ code: CameoCode) -> HTMLString {
        "<span class=\"tag\" style=\"background:\(quadColor(code.quadClass))33\">\(code.code)</span> \(code.name)"
    }

    static func modality(_ modality: Modality) -> HTMLString {
        "<span class=\"tag \(modality.rawValue)\">\(modality.rawValue)</span>"
    }

    static func speaker(_ speaker: Actor?) -> HTMLString {
        guard let speaker else { return "<span class=\"muted\">–</span>" }
        return "\(speaker.text) <span class=\"muted\">(\(speaker.code))</span>"
    }

    /// Where an event took place: the place as written, with its resolved name as a tooltip.
    static func place(_ location: EventLocation?) -> HTMLString {
        guard let location else { return "<span class=\"muted\">–</span>" }
        return "<span title=\"\(location.fullName) (from the \(location.origin.rawValue))\">\(location.text)</span> <span class=\"muted\">(\(location.place.country))</span>"
    }

    static func quadColor(_ quadClass: Int) -> String {
        (1...4).contains(quadClass) ? Layout.quadColors[quadClass - 1] : "#999999"
    }

    /// One sentence about an event: "KOR sanctions RUS (asserted, said by …), 2022-02-28".
    static func line(_ stored: StoredEvent) -> HTMLString {
        let e = stored.event
        let said: HTMLString = e.speaker.map { "said by \($0.text)" } ?? ""
        return """
        \(actor(e.source)) → \(actor(e.target)): \(code(e.code)) \(modality(e.modality)) \(said) \
        <span class="muted">\(stored.date?.description ?? "undated")</span> \
        <a href="\(Link.event(stored))">evidence</a>
        <div class="muted evidence">“\(e.evidence)”</div>
        """
    }

    static let tableHead: HTMLString = """
    <tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th><th>Modality</th><th>Speaker</th><th>Place</th><th>Evidence</th></tr>
    """

    static func row(_ stored: StoredEvent, id: String? = nil) -> HTMLString {
        let e = stored.event
        let rowID: HTMLString = id.map { " id=\"\($0)\"" } ?? ""
        return """
        <tr\(rowID)><td>\(stored.date?.description ?? "–")</td><td>\(actor(e.source))</td><td>\(code(e.code))</td>\
        <td>\(actor(e.target))</td><td>\(modality(e.modality))</td><td>\(speaker(e.speaker))</td><td>\(place(e.location))</td>\
        <td class="evidence"><a href="\(Link.event(stored))">\(e.evidence)</a></td></tr>
        """
    }
}
