import EntenteCore

/// An event from the store as one JSON object: identity, counts, speakers and its mentions (each the object
/// `entente code` wrote for it, so modality, speaker, condition and evidence are all there).
enum StoredEventJSON {
    static func line(_ e: StoredEvent) -> String {
        var out = "{\"id\":\(e.id)"
        JSONField.string("date", e.date.isEmpty ? nil : e.date, &out)
        out += ",\"source\":"
        e.source.json(&out)
        out += ",\"target\":"
        if let target = e.target { target.json(&out) } else { out += "null" }
        JSONField.string("code", e.code, &out)
        JSONField.string("root", e.rootCode, &out)
        out += ",\"quad_class\":\(e.quadClass),\"goldstein\":\(EventJSON.number(e.goldstein))"
        JSONField.string("plover", e.plover, &out)
        JSONField.string("modality", e.modality, &out)
        out += ",\"is_root\":\(e.isRoot),\"num_mentions\":\(e.numMentions),\"num_sources\":\(e.numSources),\"num_articles\":\(e.numArticles)"
        JSONField.string("source_url", e.sourceURL, &out)
        JSONField.strings("speakers", e.speakers, &out)
        out += ",\"mentions\":[" + e.mentions.joined(separator: ",") + "]}"
        return out
    }
}
