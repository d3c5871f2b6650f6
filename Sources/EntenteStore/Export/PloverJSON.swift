import EntenteCore

/// An event in the shape of PLOVER's event data (as POLECAT publishes it): event type, actor and recipient
/// with their countries, date, where it took place, and our modality and speakers, which PLOVER has no field for.
enum PloverJSON {
    static func line(_ e: StoredEvent) -> String {
        var out = "{\"id\":\"\(e.id)\""
        JSONField.string("date", e.date.isEmpty ? nil : e.date, &out)
        JSONField.string("event", e.plover, &out)
        JSONField.string("mode", "", &out)
        JSONField.strings("context", [], &out)
        JSONField.string("actor", e.source.name, &out)
        JSONField.string("actor_code", e.source.code, &out)
        JSONField.string("actor_country", e.source.country, &out)
        JSONField.string("recipient", e.target?.name, &out)
        JSONField.string("recipient_code", e.target?.code, &out)
        JSONField.string("recipient_country", e.target?.country, &out)
        JSONField.string("cameo", e.code, &out)
        // Where the event took place, as POLECAT gives it: the place's name, country and first-level division, and its point.
        JSONField.string("location", e.location?.fullName, &out)
        JSONField.string("location_country", e.location?.country, &out)
        JSONField.string("location_adm1", e.location?.adm1, &out)
        out += e.location.map { String(format: ",\"lat\":%.4f,\"lon\":%.4f", $0.latitude, $0.longitude) } ?? ",\"lat\":null,\"lon\":null"
        out += ",\"quad_class\":\(e.quadClass),\"goldstein\":\(EventJSON.number(e.goldstein))"
        JSONField.string("modality", e.modality, &out)
        JSONField.strings("speakers", e.speakers, &out)
        out += ",\"num_mentions\":\(e.numMentions),\"num_sources\":\(e.numSources),\"num_articles\":\(e.numArticles)"
        JSONField.string("url", e.sourceURL, &out)
        out += "}"
        return out
    }
}
