import Foundation

/// The network of states as inline SVG: countries on a circle, an edge for each pair with events, coloured
/// by the pair's mean Goldstein value from conflict (red) to cooperation (green) and thicker with more events.
enum NetworkChart {
    static let size = 560.0

    static func render(_ dyads: [DyadSummary]) -> HTMLString {
        let countries = Array(Set(dyads.flatMap { [$0.dyad.first, $0.dyad.second] })).sorted()
        guard !countries.isEmpty else { return "<p class=\"muted\">No events between states yet.</p>" }
        let center = size / 2, radius = size / 2 - 60
        var position: [String: (x: Double, y: Double)] = [:]
        for (i, country) in countries.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(countries.count) - Double.pi / 2
            position[country] = (center + radius * cos(angle), center + radius * sin(angle))
        }
        var parts: [HTMLString] = []
        for summary in dyads {
            guard let a = position[summary.dyad.first], let b = position[summary.dyad.second] else { continue }
            let t = summary.totals
            parts.append("""
            <a href="\(Link.dyad(summary.dyad))"><line x1="\(a.x, decimals: 1)" y1="\(a.y, decimals: 1)" x2="\(b.x, decimals: 1)" y2="\(b.y, decimals: 1)" stroke="\(ColorScale.goldstein(t.goldsteinMean))" stroke-width="\(1.5 + 2 * log2(Double(t.count)), decimals: 1)" stroke-linecap="round"><title>\(summary.dyad.first)–\(summary.dyad.second): \(t.count) event(s), mean Goldstein \(t.goldsteinMean, decimals: 1)</title></line></a>
            """)
        }
        for country in countries {
            guard let p = position[country] else { continue }
            // Labels sit outside the circle so edges do not cross them.
            let lx = center + (p.x - center) * 1.16, ly = center + (p.y - center) * 1.16 + 4
            parts.append("""
            <a href="\(Link.withQuery("/events", [("country", country)]))"><circle cx="\(p.x, decimals: 1)" cy="\(p.y, decimals: 1)" r="7" fill="#1f2d3d"/><text x="\(lx, decimals: 1)" y="\(ly, decimals: 1)" font-size="13" text-anchor="middle" fill="#1f2d3d">\(country)</text></a>
            """)
        }
        return """
        <svg class="chart" role="img" aria-label="Network of states" viewBox="0 0 \(Int(size)) \(Int(size))" width="\(Int(size))" height="\(Int(size))" xmlns="http://www.w3.org/2000/svg">
        \(parts)
        </svg>
        """
    }
}
