import EntenteCore
import EntenteStore

extension EventFilter {
    /// The same filter for the persistent store's SQL. Where the SQL differs from `matches` (the reference):
    /// - `actor` also takes an actor whose country is the code ("RUS" takes a Russian actor coded otherwise);
    /// - `dyad` is matched by code prefix or country on each side, not by countries alone;
    /// - `speaker` also takes the speaker's country; its text is matched by `LIKE`, ASCII case-folded only;
    /// - `from` and `to` compare the event's first day (YYYYMMDD), so an event dated only "2024" is not taken
    ///   from 2024-06 on, and an event with no date of its own is not taken by a date range at all, where
    ///   `matches` compares periods and falls back on the article's date;
    /// - `place` and `near` read the event's representative mention's location, `matches` the mention's own;
    /// - `code`, `actor` and `speaker` go into `LIKE` patterns, where `%` and `_` are wildcards.
    var storeFilter: EntenteStore.EventFilter {
        var f = EntenteStore.EventFilter()
        f.actor = actor
        f.country = country
        if let dyad {
            f.source = dyad.first
            f.target = dyad.second
            f.eitherDirection = true
        }
        f.code = code
        f.root = root
        f.quadClass = quadClass
        f.modality = modality?.rawValue
        f.speaker = speaker
        f.from = from.map { $0.year * 10_000 + ($0.month ?? 1) * 100 + ($0.day ?? 1) }
        // The period's last day; 31 for any month is enough, as only the order of the numbers counts.
        f.to = to.map { $0.year * 10_000 + ($0.month ?? 12) * 100 + ($0.day ?? 31) }
        f.text = text
        f.conditional = conditional
        f.place = place
        f.near = near
        return f
    }
}
