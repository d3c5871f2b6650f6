import EntenteCore

extension EventFilter {
    /// Whether `stored` passes every filter that is set: the in-memory store's query, and the reference a
    /// database store's SQL must agree with.
    public func matches(_ stored: StoredEvent) -> Bool {
        let e = stored.event
        if let actor, !e.source.code.hasPrefix(actor), !(e.target?.code.hasPrefix(actor) ?? false) { return false }
        if let country, e.source.country != country, e.target?.country != country { return false }
        if let dyad {
            guard let pair = stored.countries, dyad.contains(pair.source, pair.target) else { return false }
        }
        if let code, !e.code.code.hasPrefix(code) { return false }
        if let root, e.code.root != root { return false }
        if let quadClass, e.code.quadClass != quadClass { return false }
        if let modality, e.modality != modality { return false }
        if let speaker {
            guard let s = e.speaker, s.code.hasPrefix(speaker) || s.text.localizedCaseInsensitiveContains(speaker) else { return false }
        }
        if from != nil || to != nil {
            guard let date = stored.date else { return false }
            if let from, date.truncated(like: from) < from.truncated(like: date) { return false }
            if let to, to.truncated(like: date) < date.truncated(like: to) { return false }
        }
        if let text, !e.evidence.localizedCaseInsensitiveContains(text) { return false }
        if let conditional, (e.condition != nil) != conditional { return false }
        if let place, !place.contains(e.location) { return false }
        if let near {
            guard let l = e.location, near.contains(latitude: l.place.latitude, longitude: l.place.longitude) else { return false }
        }
        return true
    }
}

extension SimpleDate {
    /// This date cut to at most the precision of `other` ("2024-06-01" like "2024" is "2024"): comparing two
    /// dates each cut like the other compares their periods, so "2024" is neither before nor after "2024-06".
    func truncated(like other: SimpleDate) -> SimpleDate {
        SimpleDate(year: year, month: other.month == nil ? nil : month, day: other.day == nil ? nil : day)
    }
}
