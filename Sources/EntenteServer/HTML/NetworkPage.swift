/// The home page: the network of states and the table of pairs behind it.
enum NetworkPage {
    static func render(dyads: [DyadSummary]) -> String {
        let rows = dyads.map { d -> HTMLString in
            let t = d.totals
            return """
            <tr><td><a href="\(Link.dyad(d.dyad))">\(d.dyad.first)–\(d.dyad.second)</a></td><td class="num">\(t.count)</td>\
            <td class="num" style="color:\(ColorScale.goldstein(t.goldsteinMean))">\(t.goldsteinMean, decimals: 2)</td>\
            \(t.quadClasses.map { "<td class=\"num\">\($0)</td>" as HTMLString })</tr>
            """
        }
        return Layout.page(title: "Network of states", """
        <h1>How relations between states are moving</h1>
        <p class="muted">Each edge is a pair of countries with asserted events between them, coloured by their mean Goldstein
        value from conflict (red) to cooperation (green). Follow an edge for the pair's relation over time.</p>
        \(NetworkChart.render(dyads))
        <h2>Pairs</h2>
        <table><tr><th>Pair</th><th class="num">Events</th><th class="num">Mean Goldstein</th>\
        \(Layout.quadNames.map { "<th class=\"num\">\($0)</th>" as HTMLString })</tr>
        \(rows)</table>
        """)
    }
}
