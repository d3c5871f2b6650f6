/// The network of the top pairs of the period, laid out by force with labels that never collide, and the
/// table of every pair behind it.
enum NetworkPage {
    static func render(layout: NetworkLayout, dyads: [DyadSummary], top: Int, period: DashboardPeriod) -> String {
        Layout.page(title: "Network of states", period: period, keep: [("top", "\(top)")], """
        <h1>The network of states</h1>
        <form method="get" class="filters">\(Layout.hiddenInputs(period.queryItems))
        <label>Top pairs: <output id="top-value">\(top)</output>
        <input type="range" name="top" min="5" max="\(NetworkRoutes.maxTop)" step="5" value="\(top)" oninput="document.getElementById('top-value').value=this.value" onchange="this.form.submit()"></label>
        <button>Show</button></form>
        <p class="muted">The \(layout.edges.count) pairs with most asserted events, \(period.label), of \(dyads.count). Edges run from conflict (red) to
        cooperation (green), thicker with more events; hover a country to see its neighbourhood, follow it to its page.
        <a href="\(Link.withQuery("/api/network", [("top", "\(top)")] + period.queryItems))">JSON</a></p>
        \(NetworkChart.render(layout, period: period))
        <h2>Every pair</h2>
        \(PairTable.render(dyads, period: period))
        """)
    }
}
