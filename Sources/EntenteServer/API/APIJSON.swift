import EntenteCore

/// The JSON objects of the API, written by hand so that an event is exactly the `entente code` record
/// (`EventJSON`) with the store's fields in front.
enum APIJSON {
    static func string(_ s: String) -> String {
        var out = ""
        EventJSON.string(s, &out)
        return out
    }

    static func optional(_ s: String?) -> String { s.map(string) ?? "null" }

    /// `{"name":value,…}` from values that are JSON text already.
    static func object(_ fields: KeyValuePairs<String, String>) -> String {
        "{" + fields.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// A number with at most three decimals, so means do not print as 0.30000000000000004.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
    }

    /// An event: `id` and `article_date`, then the fields of the output contract in its order.
    static func event(_ stored: StoredEvent) -> String {
        let record = EventJSON.encode(stored.event)
        return "{\"id\":" + string(stored.id) + ",\"article_date\":" + optional(stored.articleDate?.description) + "," + record.dropFirst()
    }

    static func totals(_ t: RelationTotals) -> String {
        object([
            "events": "\(t.count)",
            "goldstein_sum": number(t.goldsteinSum),
            "goldstein_mean": number(t.goldsteinMean),
            "quad_classes": array(t.quadClasses.map { "\($0)" }),
        ])
    }

    static func page(_ page: EventPage) -> String {
        object(["events": array(page.events.map(event)), "next_cursor": optional(page.next?.token)])
    }

    static func series(_ s: DyadSeries) -> String {
        let points = s.points.map { point in
            object([
                "period": string(point.period.description),
                "totals": totals(point.totals),
                "event_ids": array(point.events.map { string($0.id) }),
            ])
        }
        return object([
            "dyad": array([string(s.dyad.first), string(s.dyad.second)]),
            "by": string(s.granularity.rawValue),
            "points": array(points),
            "conditions": array(s.conditions.map { object(["red_line": DyadSeries.isRedLine($0) ? "true" : "false", "event": event($0)]) }),
            "unasserted": array(s.unasserted.map(event)),
            "undated_event_ids": array(s.undated.map { string($0.id) }),
        ])
    }

    static func dyads(_ list: [DyadSummary]) -> String {
        object(["dyads": array(list.map { object(["dyad": array([string($0.dyad.first), string($0.dyad.second)]), "totals": totals($0.totals)]) })])
    }

    static func actors(_ list: [ActorSummary]) -> String {
        let items = list.map {
            object(["code": string($0.code), "country": optional($0.country), "name": string($0.name),
                    "as_source": "\($0.asSource)", "as_target": "\($0.asTarget)"])
        }
        return object(["actors": array(items)])
    }

    static func articleSummary(_ a: ArticleSummary) -> String {
        object(["id": string(a.id), "date": optional(a.date?.description), "title": optional(a.title), "events": "\(a.events)"])
    }

    static func article(_ a: StoredArticle) -> String {
        object([
            "id": string(a.article.id), "date": optional(a.article.date?.description), "title": optional(a.article.title),
            "text": string(a.article.text), "events": array(a.events.map(event)),
        ])
    }

    static func error(_ message: String) -> String { object(["error": object(["message": string(message)])]) }
}
