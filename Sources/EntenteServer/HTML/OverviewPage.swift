import EntenteCore

/// The front page: the world map of the period (or one country's relations on it), what changed in the
/// last week, and the pairs with most events.
enum OverviewPage {
    static let pairCount = 25

    static func render(world: WorldRelations, changes: PairChanges, dyads: [DyadSummary], map: WorldMap) -> String {
        let period = world.period
        let options = map.countries.sorted { $0.name < $1.name }.map { c -> HTMLString in
            "<option value=\"\(c.code)\"\(c.code == world.focus ? " selected" : "")>\(c.name)</option>"
        }
        let focusNote: HTMLString = world.focus.map {
            " · <a href=\"\(Link.country($0, period: period))\">the page of \($0)</a> · <a href=\"\(Link.withQuery("/", period.queryItems))\">all countries</a>"
        } ?? ""
        return Layout.page(title: "Overview", period: period, keep: world.focus.map { [("country", $0)] } ?? [], """
        <h1>How relations between states are moving</h1>
        <p class="muted">Asserted, unconditional events between states, \(period.label). Choose a country on the map for its page,
        or here to see its relations with every other state:</p>
        <form method="get" class="filters">\(Layout.hiddenInputs(period.queryItems))
        <label>Country <select name="country"><option value="">all countries</option>\(options)</select></label><button>Show</button>\(focusNote)</form>
        \(MapChart.render(world, map: map))
        \(MapChart.legend(focus: world.focus))
        \(MapChart.undrawn(world, map: map))
        <h2 id="changes">What changed this week</h2>
        \(ChangesTable.render(changes, period: period))
        <h2 id="pairs">Pairs with most events</h2>
        <p><a href="\(Link.withQuery("/network", [("top", "40")] + period.queryItems))">The network of the top pairs</a> ·
        <a href="\(Link.withQuery("/api/dyads", period.queryItems))">every pair as JSON</a></p>
        \(PairTable.render(Array(dyads.prefix(pairCount)), period: period))
        """)
    }
}

/// The pairs whose relation moved most in the last week of the period, against their own history.
enum ChangesTable {
    static func render(_ changes: PairChanges, period: DashboardPeriod) -> HTMLString {
        guard let week = changes.week else { return "<p class=\"muted\">No dated events in this period.</p>" }
        let span = "\(DashboardPeriod.date(week.lowerBound)) to \(DashboardPeriod.date(week.upperBound))"
        guard !changes.changes.isEmpty else {
            return "<p class=\"muted\">Week of \(span): no pair has \(PairChanges.minimumWeek) events in the week and \(PairChanges.minimumHistory) before it.</p>"
        }
        let rows = changes.changes.map { c -> HTMLString in
            let arrow: HTMLString = c.shift >= 0 ? "<span class=\"up\">▲ \(c.shift, decimals: 1)</span>" : "<span class=\"down\">▼ \(-c.shift, decimals: 1)</span>"
            return """
            <tr><td><a href="\(Link.dyad(c.dyad, period: period))">\(c.dyad.first)–\(c.dyad.second)</a></td>\
            <td class="num">\(c.week.count)</td><td class="num">\(c.week.goldsteinMean, decimals: 2)</td>\
            <td class="num">\(c.history.count)</td><td class="num">\(c.history.goldsteinMean, decimals: 2)</td>\
            <td class="num">\(arrow)</td><td class="num">\(c.score, decimals: 2)</td></tr>
            """
        }
        return """
        <p class="muted">Week of \(span), each pair against its own history before the week; the score is the shift over its
        uncertainty (the history's spread over the square root of the week's events, plus one).</p>
        <table><tr><th>Pair</th><th class="num">Events this week</th><th class="num">Mean Goldstein</th>\
        <th class="num">Events before</th><th class="num">Mean before</th><th class="num">Shift</th><th class="num">Score</th></tr>
        \(rows)</table>
        """
    }
}
