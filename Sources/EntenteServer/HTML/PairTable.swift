/// A table of pairs of states with their totals, as the overview and the network page list them.
enum PairTable {
    static func render(_ dyads: [DyadSummary], period: DashboardPeriod) -> HTMLString {
        guard !dyads.isEmpty else { return "<p class=\"muted\">No events between states in this period.</p>" }
        let rows = dyads.map { d -> HTMLString in
            let t = d.totals
            return """
            <tr><td><a href="\(Link.dyad(d.dyad, period: period))">\(d.dyad.first)–\(d.dyad.second)</a></td><td class="num">\(t.count)</td>\
            <td class="num" style="color:\(ColorScale.goldstein(t.goldsteinMean))">\(t.goldsteinMean, decimals: 2)</td>\
            \(t.quadClasses.map { "<td class=\"num\">\($0)</td>" as HTMLString })</tr>
            """
        }
        return """
        <table><tr><th>Pair</th><th class="num">Events</th><th class="num">Mean Goldstein</th>\
        \(Layout.quadNames.map { "<th class=\"num\">\($0)</th>" as HTMLString })</tr>
        \(rows)</table>
        """
    }
}
