import EntenteCore

/// A country's page: its relations on the map, its partners ranked by events and by change, small multiples
/// of its top partners month by month, what it said about others and what others said about it, its red
/// lines and its denials.
enum CountryPage {
    static func render(_ report: CountryReport, map: WorldMap) -> String {
        let profile = report.profile
        let code = profile.country, period = profile.period
        let name = map.country(code)?.name ?? code
        let maxCount = profile.series.flatMap { $0.points.compactMap { $0.totals?.count } }.max() ?? 1
        let multiples = profile.series.map { SmallMultiple.render($0, maxCount: maxCount, country: code, period: period) }
        let windows: HTMLString = profile.current.flatMap { current in profile.previous.map { previous in
            "\(DashboardPeriod.date(current.lowerBound)) to \(DashboardPeriod.date(current.upperBound)) against \(DashboardPeriod.date(previous.lowerBound)) to \(DashboardPeriod.date(previous.upperBound))"
        } } ?? "no dated events"
        return Layout.page(title: name, period: period, """
        <h1>\(name) <span class="muted">\(code)</span></h1>
        <p><a href="\(Link.withQuery("/events", [("country", code)] + period.queryItems))">all its events</a> ·
        <a href="\(Link.withQuery("/api/countries/" + Link.component(code), period.queryItems))">JSON</a></p>
        \(MapChart.render(report.world, map: map))
        \(MapChart.legend(focus: code))
        \(MapChart.undrawn(report.world, map: map))
        <div class="columns">
        <section><h2 id="partners">Partners by events</h2><p class="muted">\(period.label)</p>\(partnerTable(Array(profile.partners.prefix(20)), country: code, period: period, change: false))</section>
        <section><h2 id="change">Partners by change</h2><p class="muted">\(windows)</p>\(partnerTable(profile.byChange, country: code, period: period, change: true))</section>
        </div>
        <h2 id="series">Top partners \(profile.granularity == .month ? "month by month" : "year by year")</h2>
        <p class="muted">Bars: events per \(profile.granularity.rawValue) (one scale for all); line: mean Goldstein, −10 to +10, broken where a \(profile.granularity.rawValue) has none.</p>
        \(multiples.isEmpty ? "<p class=\"muted\">No dated events with other states in this period.</p>" : "<div class=\"multiples\">\(multiples)</div>" as HTMLString)
        <div class="columns">
        <section><h2 id="said">What \(code) said about others</h2>\(DyadPage.eventList(report.saidAboutOthers, empty: "Nothing in this period."))</section>
        <section><h2 id="heard">What others said about \(code)</h2>\(DyadPage.eventList(report.saidAboutIt, empty: "Nothing in this period."))</section>
        </div>
        <h2 id="red-lines">Red lines</h2>
        \(DyadPage.conditionList(report.redLines, cssClass: "redline", empty: "No red line stated by or to \(code) in this period."))
        <h2 id="denials">Denials and what did not happen</h2>
        \(DyadPage.eventList(report.denials, empty: "None in this period."))
        """)
    }

    static func partnerTable(_ partners: [CountryProfile.Partner], country: String, period: DashboardPeriod, change: Bool) -> HTMLString {
        guard !partners.isEmpty else { return "<p class=\"muted\">None.</p>" }
        let rows = partners.map { p -> HTMLString in
            let link: HTMLString = Dyad(country, p.country).map { "<a href=\"\(Link.dyad($0, period: period))\">\(p.country)</a>" } ?? "\(p.country)"
            if change {
                let delta: HTMLString = p.goldsteinChange.map { $0 >= 0 ? "<span class=\"up\">+\($0, decimals: 2)</span>" : "<span class=\"down\">\($0, decimals: 2)</span>" } ?? "—"
                return "<tr><td>\(link)</td><td class=\"num\">\(p.previous.count)</td><td class=\"num\">\(p.current.count)</td><td class=\"num\">\(delta)</td></tr>"
            }
            let t = p.totals
            return "<tr><td>\(link)</td><td class=\"num\">\(t.count)</td><td class=\"num\" style=\"color:\(ColorScale.goldstein(t.goldsteinMean))\">\(t.goldsteinMean, decimals: 2)</td></tr>"
        }
        let head: HTMLString = change
            ? "<tr><th>Partner</th><th class=\"num\">Events before</th><th class=\"num\">Events now</th><th class=\"num\">Change of mean Goldstein</th></tr>"
            : "<tr><th>Partner</th><th class=\"num\">Events</th><th class=\"num\">Mean Goldstein</th></tr>"
        return "<table>\(head)\(rows)</table>"
    }
}
