import EntenteCore

/// One partner's relation month by month (or year by year) as a small chart, for a country page's small
/// multiples: bars of events per period, and the mean Goldstein value as a line broken where a period has no
/// events, so an empty period shows as empty. All of a page's multiples share the periods and the event scale.
enum SmallMultiple {
    static let width = 280.0, height = 96.0, top = 6.0, bottom = 18.0

    static func render(_ series: CountryProfile.Series, maxCount: Int, country: String, period: DashboardPeriod) -> HTMLString {
        let n = max(1, series.points.count)
        let step = width / Double(n)
        let plot = height - top - bottom
        let yCount = { (c: Int) in top + plot - plot * Double(c) / Double(max(1, maxCount)) }
        let yGoldstein = { (g: Double) in top + plot * (10 - g) / 20 }
        var parts: [HTMLString] = [
            "<line x1=\"0\" y1=\"\(yGoldstein(0), decimals: 1)\" x2=\"\(Int(width))\" y2=\"\(yGoldstein(0), decimals: 1)\" stroke=\"#bbb\" stroke-dasharray=\"3 3\"/>"
        ]
        var runs: [[String]] = [[]]
        for (i, point) in series.points.enumerated() {
            guard let t = point.totals else {
                if !(runs.last?.isEmpty ?? true) { runs.append([]) }
                continue
            }
            let x = step * Double(i)
            parts.append("<rect x=\"\(x + step * 0.15, decimals: 1)\" y=\"\(yCount(t.count), decimals: 1)\" width=\"\(max(1, step * 0.7), decimals: 1)\" height=\"\(top + plot - yCount(t.count), decimals: 1)\" fill=\"#c9d2dc\"><title>\(point.period.description): \(t.count) event(s), mean Goldstein \(t.goldsteinMean, decimals: 1)</title></rect>")
            runs[runs.count - 1].append("\(Int((x + step / 2).rounded())),\(Int(yGoldstein(t.goldsteinMean).rounded()))")
        }
        for run in runs where !run.isEmpty {
            if run.count == 1 {
                let xy = run[0].split(separator: ",")
                parts.append("<circle cx=\"\(String(xy[0]))\" cy=\"\(String(xy[1]))\" r=\"2.5\" fill=\"#1f2d3d\"/>")
            } else {
                parts.append("<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"#1f2d3d\" stroke-width=\"1.8\"/>")
            }
        }
        if let first = series.points.first?.period, let last = series.points.last?.period {
            parts.append("<text x=\"0\" y=\"\(height - 4, decimals: 1)\" font-size=\"10\" fill=\"#555\">\(first.description)</text>")
            parts.append("<text x=\"\(Int(width))\" y=\"\(height - 4, decimals: 1)\" font-size=\"10\" fill=\"#555\" text-anchor=\"end\">\(last.description)</text>")
        }
        let total = series.points.compactMap(\.totals).reduce(0) { $0 + $1.count }
        let dyad = Dyad(country, series.partner)
        let heading: HTMLString = dyad.map { "<a href=\"\(Link.dyad($0, period: period))\">\(country)–\(series.partner)</a>" } ?? "\(series.partner)"
        return """
        <figure class="multiple"><figcaption>\(heading) <span class="muted">\(total) event(s)</span></figcaption>
        <svg class="chart" role="img" aria-label="\(country)–\(series.partner) over time" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
        \(parts)
        </svg></figure>
        """
    }
}
