import EntenteCore

/// A pair's relation over time: the chart, the events behind each point, and apart from them the red lines,
/// other conditions, and what was denied, possible or planned.
enum DyadPage {
    static func render(_ series: DyadSeries, period: DashboardPeriod = DashboardPeriod()) -> String {
        let d = series.dyad
        let switcher = HTMLString.join(Granularity.allCases.map { g -> HTMLString in
            g == series.granularity ? "<strong>\(g.rawValue)</strong>" : "<a href=\"\(Link.dyad(d, by: g, period: period))\">\(g.rawValue)</a>"
        }, separator: " · ")
        let legend = HTMLString.join((0..<4).map { "<span><i style=\"background:\(Layout.quadColors[$0])\"></i>\(Layout.quadNames[$0])</span>" })
        let periods = series.points.reversed().map { point -> HTMLString in
            let t = point.totals
            return """
            <section class="period" id="p-\(point.period.description)">
            <h3>\(point.period.description) <span class="muted">— \(t.count) event(s), mean Goldstein \(t.goldsteinMean, decimals: 1)</span></h3>
            \(eventList(point.events, empty: ""))
            </section>
            """
        }
        let redLines = series.conditions.filter(DyadSeries.isRedLine)
        let otherConditions = series.conditions.filter { !DyadSeries.isRedLine($0) }
        return Layout.page(title: "\(d.first)–\(d.second)", period: period, keep: [("by", series.granularity.rawValue)], """
        <h1>\(d.first) – \(d.second)</h1>
        <p>The pages of <a href="\(Link.country(d.first, period: period))">\(d.first)</a> and <a href="\(Link.country(d.second, period: period))">\(d.second)</a>, \(period.label).</p>
        <p>By \(switcher) · <a href="\(Link.withQuery("/events", [("dyad", d.description)] + period.queryItems))">all events of the pair</a>
        · <a href="\(Link.withQuery("/api/dyads/\(Link.component(d.first))/\(Link.component(d.second))/series", [("by", series.granularity.rawValue)] + period.queryItems))">JSON</a></p>
        <h2>Relation over time</h2>
        <p class="legend">\(legend)<span>— mean Goldstein (right axis)</span></p>
        \(RelationChart.render(series, period: period))
        <h2 id="red-lines">Red lines</h2>
        \(conditionList(redLines, cssClass: "redline", empty: "No red line stated between these two countries."))
        <h2 id="conditions">Other conditions</h2>
        \(conditionList(otherConditions, cssClass: "condition", empty: "No other conditional statements."))
        <h2 id="unasserted">Denied, possible or planned</h2>
        \(eventList(series.unasserted, empty: "None."))
        <h2 id="events">Events behind each point</h2>
        \(periods)
        <h2 id="undated">Undated</h2>
        \(eventList(series.undated, empty: "None."))
        """)
    }

    static func eventList(_ events: [StoredEvent], empty: String) -> HTMLString {
        guard !events.isEmpty else { return "<p class=\"muted\">\(empty)</p>" }
        return "<ul>\(events.map { "<li>\(EventViews.line($0))</li>" as HTMLString })</ul>"
    }

    /// Each conditional event with its condition's text and, where coded, the condition as an event.
    static func conditionList(_ events: [StoredEvent], cssClass: String, empty: String) -> HTMLString {
        guard !events.isEmpty else { return "<p class=\"muted\">\(empty)</p>" }
        return HTMLString.join(events.map { stored -> HTMLString in
            let condition = stored.event.condition
            let inner: HTMLString = condition?.events.first.map { e in
                "<br>The condition as an event: \(EventViews.actor(e.source)) → \(EventViews.actor(e.target)): \(EventViews.code(e.code)) \(EventViews.modality(e.modality))"
            } ?? ""
            return """
            <div class="\(cssClass)"><strong>If \(condition?.text ?? "")</strong>\(inner)<br>\(EventViews.line(stored))</div>
            """
        })
    }
}
