import Foundation

/// The network of states as inline SVG, from its layout: an edge for each of the top pairs, coloured by the
/// pair's mean Goldstein value from conflict (red) to cooperation (green) and thicker with more events; a
/// node for each country, sized by its events, with its label below. Hovering a node fades everything but
/// its neighbourhood, by CSS alone (`:has`); every node links to its country's page, every edge to the pair's.
enum NetworkChart {
    static func render(_ layout: NetworkLayout, period: DashboardPeriod) -> HTMLString {
        guard !layout.nodes.isEmpty else { return "<p class=\"muted\">No events between states in this period.</p>" }
        let position = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.country, $0) })
        var neighbours: [String: [String]] = [:]
        for edge in layout.edges {
            neighbours[edge.dyad.first, default: []].append(edge.dyad.second)
            neighbours[edge.dyad.second, default: []].append(edge.dyad.first)
        }
        let most = Double(layout.edges.map(\.totals.count).max() ?? 1)
        var parts: [HTMLString] = []
        // Lightest edges first, so the heavy ones are drawn on top.
        for edge in layout.edges.reversed() {
            guard let a = position[edge.dyad.first], let b = position[edge.dyad.second] else { continue }
            let t = edge.totals
            parts.append("""
            <a href="\(Link.dyad(edge.dyad, period: period))"><line class="edge e-\(edge.dyad.first) e-\(edge.dyad.second)" x1="\(a.x, decimals: 1)" y1="\(a.y, decimals: 1)" x2="\(b.x, decimals: 1)" y2="\(b.y, decimals: 1)" stroke="\(ColorScale.goldstein(t.goldsteinMean))" stroke-width="\(1 + 7 * (Double(t.count) / most).squareRoot(), decimals: 1)" stroke-opacity="0.8" stroke-linecap="round"><title>\(edge.dyad.first)–\(edge.dyad.second): \(t.count) event(s), mean Goldstein \(t.goldsteinMean, decimals: 1)</title></line></a>
            """)
        }
        for node in layout.nodes {
            let classes = ([node.country] + (neighbours[node.country] ?? [])).map { "nb-\($0)" }.joined(separator: " ")
            parts.append("""
            <a href="\(Link.country(node.country, period: period))"><g class="node n-\(node.country) \(classes)"><circle cx="\(node.x, decimals: 1)" cy="\(node.y, decimals: 1)" r="\(node.radius, decimals: 1)" fill="#1f2d3d" stroke="#fff" stroke-width="1.5"/><text class="label" x="\(node.x, decimals: 1)" y="\(node.labelY, decimals: 1)" font-size="\(Int(NetworkLayout.fontSize))" font-family="ui-monospace,Menlo,Consolas,monospace" text-anchor="middle" fill="#1f2d3d" paint-order="stroke" stroke="#fff" stroke-width="3">\(node.country)</text><title>\(node.country): \(node.events) event(s) on the pairs shown</title></g></a>
            """)
        }
        // One rule per node: hovering it fades the edges and nodes outside its neighbourhood.
        let rules = layout.nodes.map { n in
            ".network:has(.n-\(n.country):hover) .edge:not(.e-\(n.country)),.network:has(.n-\(n.country):hover) .node:not(.nb-\(n.country)){opacity:.12}"
        }.joined()
        return """
        <svg class="chart network" role="img" aria-label="Network of states" viewBox="0 0 \(Int(layout.width)) \(Int(layout.height))" width="\(Int(layout.width))" height="\(Int(layout.height))" xmlns="http://www.w3.org/2000/svg">
        <style>\(HTMLString(trusted: rules)).network .edge,.network .node{transition:opacity .15s}</style>
        \(parts)
        </svg>
        """
    }
}
