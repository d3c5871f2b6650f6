import EntenteCore

/// The relation over time as inline SVG: stacked bars of events per quad class (left axis) and the mean
/// Goldstein value as a line (right axis, −10 to +10). Each point links to the list of its events below.
enum RelationChart {
    static let width = 900.0, height = 300.0
    static let left = 44.0, right = 48.0, top = 14.0, bottom = 46.0

    static func render(_ series: DyadSeries, period: DashboardPeriod = DashboardPeriod()) -> HTMLString {
        let slots = RelationChart.slots(series, period: period)
        guard !slots.isEmpty else { return "<p class=\"muted\">No asserted events between these two countries yet.</p>" }
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let step = plotWidth / Double(slots.count)
        let maxCount = max(1, slots.compactMap { $0.point?.totals.count }.max() ?? 1)
        let y = { (count: Double) in top + plotHeight - plotHeight * count / Double(maxCount) }
        let yGoldstein = { (g: Double) in top + plotHeight * (10 - g) / 20 }
        var parts: [HTMLString] = []
        // Axes and the zero line of the Goldstein scale.
        parts.append("<line x1=\"\(left, decimals: 1)\" y1=\"\(top + plotHeight, decimals: 1)\" x2=\"\(left + plotWidth, decimals: 1)\" y2=\"\(top + plotHeight, decimals: 1)\" stroke=\"#888\"/>")
        parts.append("<line x1=\"\(left, decimals: 1)\" y1=\"\(yGoldstein(0), decimals: 1)\" x2=\"\(left + plotWidth, decimals: 1)\" y2=\"\(yGoldstein(0), decimals: 1)\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>")
        for g in [-10.0, -5, 0, 5, 10] {
            parts.append("<text x=\"\(width - right + 6, decimals: 1)\" y=\"\(yGoldstein(g) + 4, decimals: 1)\" font-size=\"11\" fill=\"#555\">\(g, decimals: 0)</text>")
        }
        for c in Set([0, maxCount / 2, maxCount]).sorted() {
            parts.append("<text x=\"\(left - 6, decimals: 1)\" y=\"\(y(Double(c)) + 4, decimals: 1)\" font-size=\"11\" fill=\"#555\" text-anchor=\"end\">\(c)</text>")
        }
        parts.append("<text x=\"\(left, decimals: 1)\" y=\"\(height - 6, decimals: 1)\" font-size=\"11\" fill=\"#555\">bars: events per period (left axis)</text>")
        parts.append("<text x=\"\(width - right, decimals: 1)\" y=\"\(height - 6, decimals: 1)\" font-size=\"11\" fill=\"#555\" text-anchor=\"end\">line: mean Goldstein (right axis)</text>")
        var line: [String] = []
        let labelEvery = max(1, slots.count / 12)
        for (i, slot) in slots.enumerated() {
            let x = left + step * Double(i)
            let barWidth = max(2, step * 0.7)
            if i % labelEvery == 0 {
                parts.append("<text x=\"\(x + step / 2, decimals: 1)\" y=\"\(height - bottom + 16, decimals: 1)\" font-size=\"11\" fill=\"#333\" text-anchor=\"middle\">\(slot.period.description)</text>")
            }
            guard let point = slot.point else { continue }
            var base = 0
            for (q, count) in point.totals.quadClasses.enumerated() where count > 0 {
                parts.append("<rect x=\"\(x + (step - barWidth) / 2, decimals: 1)\" y=\"\(y(Double(base + count)), decimals: 1)\" width=\"\(barWidth, decimals: 1)\" height=\"\(y(Double(base)) - y(Double(base + count)), decimals: 1)\" fill=\"\(Layout.quadColors[q])\" opacity=\"0.75\"><title>\(point.period.description): \(count) \(Layout.quadNames[q])</title></rect>")
                base += count
            }
            let cx = x + step / 2, cy = yGoldstein(point.totals.goldsteinMean)
            line.append("\(Int(cx.rounded())),\(Int(cy.rounded()))")
            parts.append("""
            <a href="#p-\(point.period.description)"><circle cx="\(cx, decimals: 1)" cy="\(cy, decimals: 1)" r="5" fill="\(ColorScale.goldstein(point.totals.goldsteinMean))" stroke="#222"><title>\(point.period.description): mean Goldstein \(point.totals.goldsteinMean, decimals: 1) over \(point.totals.count) event(s)</title></circle></a>
            """)
        }
        let polyline: HTMLString = line.count > 1 ? "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"#1f2d3d\" stroke-width=\"2\"/>" : ""
        return """
        <svg class="chart" role="img" aria-label="Relation over time" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
        \(parts)\(polyline)
        </svg>
        """
    }

    /// The periods along the x axis: every month or year from the first point to the last (or across the
    /// chosen period, when it is wider), so gaps in time show as gaps; days, or spans too long to draw one
    /// slot each, show only the periods with events.
    static func slots(_ series: DyadSeries, period: DashboardPeriod = DashboardPeriod()) -> [(period: SimpleDate, point: SeriesPoint?)] {
        guard var first = series.points.first?.period, var last = series.points.last?.period else { return [] }
        if let from = period.from.flatMap({ series.granularity.period(of: $0.firstDay) }), from < first { first = from }
        if let to = period.to.flatMap({ series.granularity.period(of: $0.lastDay) }), last < to { last = to }
        let byPeriod = Dictionary(series.points.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
        var periods: [SimpleDate] = []
        switch series.granularity {
        case .year where last.year - first.year < 240:
            periods = (first.year...last.year).map { SimpleDate(year: $0) }
        case .month where (last.year - first.year) * 12 < 240:
            var date = first
            while date <= last, let month = date.month {
                periods.append(date)
                date = month == 12 ? SimpleDate(year: date.year + 1, month: 1) : SimpleDate(year: date.year, month: month + 1)
            }
        default:
            periods = series.points.map(\.period)
        }
        return periods.map { ($0, byPeriod[$0]) }
    }
}
