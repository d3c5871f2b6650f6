import EntenteCore
import Foundation

/// The network of states as a reader can see it: the top pairs of the period only, laid out by force so that
/// partners sit together, then nudged apart until no two nodes' labels overlap. Pure and deterministic: the
/// same store and query always give the same picture.
public struct NetworkLayout: Sendable {
    /// A country on the canvas: its circle at (`x`, `y`) with radius `radius`, its label centred below it,
    /// and `box`, the rectangle that circle and label take together, which no other node's box overlaps.
    public struct Node: Sendable {
        public var country: String
        public var x: Double
        public var y: Double
        public var radius: Double
        /// Events on the node's drawn edges.
        public var events: Int
        public var box: Box

        /// Where the label's baseline sits.
        public var labelY: Double { y + radius + NetworkLayout.fontSize + 1 }
    }

    /// An axis-aligned rectangle.
    public struct Box: Sendable, Equatable {
        public var x: Double, y: Double, width: Double, height: Double

        public func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    public var nodes: [Node]
    /// The drawn pairs, most events first.
    public var edges: [DyadSummary]
    public let width: Double, height: Double

    public static let fontSize = 12.0
    /// Monospace advance (0.6 em) with room to spare: labels are drawn in a monospace font so this holds.
    public static let characterWidth = 0.66 * fontSize
    static let gap = 4.0

    /// Lays out the `top` pairs with most events among `dyads`.
    public init(dyads: [DyadSummary], top: Int, width: Double = 960, height: Double = 640) {
        self.width = width
        self.height = height
        edges = Array(dyads.prefix(top))
        var weight: [String: Int] = [:]
        for edge in edges {
            weight[edge.dyad.first, default: 0] += edge.totals.count
            weight[edge.dyad.second, default: 0] += edge.totals.count
        }
        let countries = weight.keys.sorted { (weight[$0] ?? 0, $1) > (weight[$1] ?? 0, $0) }
        let maxWeight = Double(weight.values.max() ?? 1)
        let radius = countries.map { 5 + 9 * (Double(weight[$0] ?? 0) / maxWeight).squareRoot() }
        var positions = NetworkLayout.forces(countries: countries, edges: edges, width: width, height: height)
        let sizes = countries.indices.map { i -> Size in
            (width: max(2 * radius[i], Double(countries[i].count) * NetworkLayout.characterWidth) + NetworkLayout.gap,
             height: 2 * radius[i] + NetworkLayout.fontSize + 4 + NetworkLayout.gap, above: radius[i] + NetworkLayout.gap / 2)
        }
        NetworkLayout.separate(&positions, sizes: sizes, width: width, height: height)
        nodes = countries.indices.map { i in
            let (x, y) = positions[i]
            return Node(country: countries[i], x: x, y: y, radius: radius[i], events: weight[countries[i]] ?? 0,
                        box: NetworkLayout.box(positions[i], sizes[i]))
        }
    }

    /// The room a node takes: its box's width and height, and how far the box reaches above the circle's centre.
    typealias Size = (width: Double, height: Double, above: Double)

    static func box(_ p: (x: Double, y: Double), _ size: Size) -> Box {
        Box(x: p.x - size.width / 2, y: p.y - size.above, width: size.width, height: size.height)
    }

    /// Fruchterman-Reingold: nodes repel, edges pull their ends together (harder the more events they carry),
    /// a weak pull to the centre keeps small components on the canvas; the step cools as it goes.
    static func forces(countries: [String], edges: [DyadSummary], width: Double, height: Double) -> [(x: Double, y: Double)] {
        let n = countries.count
        guard n > 0 else { return [] }
        let index = Dictionary(uniqueKeysWithValues: countries.enumerated().map { ($0.element, $0.offset) })
        let links = edges.compactMap { edge -> (Int, Int, Double)? in
            guard let a = index[edge.dyad.first], let b = index[edge.dyad.second] else { return nil }
            return (a, b, 0.6 + 0.15 * log(Double(edge.totals.count)))
        }
        let cx = width / 2, cy = height / 2
        let k = 0.8 * (width * height / Double(n)).squareRoot()
        // Start on a spiral, heaviest in the middle: deterministic, and no two nodes on one spot.
        var p = (0..<n).map { i -> (x: Double, y: Double) in
            let r = 18 * Double(i).squareRoot(), a = 2.39996 * Double(i)
            return (cx + r * cos(a), cy + r * sin(a))
        }
        var temperature = width / 8
        for _ in 0..<300 {
            var d = [(x: Double, y: Double)](repeating: (0, 0), count: n)
            for i in 0..<n {
                for j in (i + 1)..<max(i + 1, n) {
                    var dx = p[i].x - p[j].x, dy = p[i].y - p[j].y
                    if dx == 0 && dy == 0 { dx = 0.01 * Double(i - j); dy = 0.01 }
                    let dist = max(0.01, (dx * dx + dy * dy).squareRoot())
                    // Repulsion reaches only so far (the grid variant of the method), so that a small
                    // component is not thrown to the edge by the whole of a large one.
                    guard dist < 3 * k else { continue }
                    let force = k * k / dist
                    d[i].x += dx / dist * force; d[i].y += dy / dist * force
                    d[j].x -= dx / dist * force; d[j].y -= dy / dist * force
                }
            }
            for (a, b, w) in links {
                let dx = p[a].x - p[b].x, dy = p[a].y - p[b].y
                let dist = max(0.01, (dx * dx + dy * dy).squareRoot())
                let force = dist * dist / k * w
                d[a].x -= dx / dist * force; d[a].y -= dy / dist * force
                d[b].x += dx / dist * force; d[b].y += dy / dist * force
            }
            for i in 0..<n {
                d[i].x += (cx - p[i].x) * 0.06
                d[i].y += (cy - p[i].y) * 0.06
                let length = max(0.01, (d[i].x * d[i].x + d[i].y * d[i].y).squareRoot())
                let step = min(length, temperature)
                p[i].x += d[i].x / length * step
                p[i].y += d[i].y / length * step
            }
            temperature = max(1, temperature * 0.97)
        }
        // Stretch the drawing to fill the canvas.
        let margin = 40.0
        let xs = p.map(\.x), ys = p.map(\.y)
        let spanX = max(1, (xs.max() ?? 0) - (xs.min() ?? 0)), spanY = max(1, (ys.max() ?? 0) - (ys.min() ?? 0))
        let midX = ((xs.max() ?? 0) + (xs.min() ?? 0)) / 2, midY = ((ys.max() ?? 0) + (ys.min() ?? 0)) / 2
        return p.map { (cx + ($0.x - midX) * (width - 2 * margin) / spanX, cy + ($0.y - midY) * (height - 2 * margin) / spanY) }
    }

    /// Pushes overlapping nodes apart (circle and label together) along the axis they overlap least on, half
    /// each way, until none overlap; boxes are kept on the canvas. Where the canvas is too crowded to free
    /// every label after many rounds, the remaining nodes are set on free rows at the bottom, so that the
    /// promise holds whatever the data.
    static func separate(_ p: inout [(x: Double, y: Double)], sizes: [Size], width: Double, height: Double) {
        let n = p.count
        func box(_ i: Int) -> Box { NetworkLayout.box(p[i], sizes[i]) }
        func clamp(_ i: Int) {
            p[i].x = min(max(p[i].x, sizes[i].width / 2), width - sizes[i].width / 2)
            p[i].y = min(max(p[i].y, sizes[i].above), height - sizes[i].height + sizes[i].above)
        }
        for i in 0..<n { clamp(i) }
        for _ in 0..<400 {
            var moved = false
            for i in 0..<n {
                for j in (i + 1)..<max(i + 1, n) where box(i).overlaps(box(j)) {
                    let a = box(i), b = box(j)
                    let overlapX = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
                    let overlapY = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
                    let (ax, ay, bx, by) = (a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2)
                    if overlapX < overlapY {
                        let sign: Double = ax < bx || (ax == bx && i < j) ? -1 : 1
                        p[i].x += sign * (overlapX / 2 + 0.5); p[j].x -= sign * (overlapX / 2 + 0.5)
                    } else {
                        let sign: Double = ay < by || (ay == by && i < j) ? -1 : 1
                        p[i].y += sign * (overlapY / 2 + 0.5); p[j].y -= sign * (overlapY / 2 + 0.5)
                    }
                    clamp(i)
                    clamp(j)
                    moved = true
                }
            }
            if !moved { return }
        }
        // Crowded beyond repair: every node still overlapping another moves, in order, to the first free spot
        // of a grid scanned row by row.
        for i in 0..<n where (0..<n).contains(where: { $0 != i && box($0).overlaps(box(i)) }) {
            search: for y in stride(from: sizes[i].above, through: height - sizes[i].height + sizes[i].above, by: 4) {
                for x in stride(from: sizes[i].width / 2, through: width - sizes[i].width / 2, by: 4) {
                    p[i] = (x, y)
                    if !(0..<n).contains(where: { $0 != i && box($0).overlaps(box(i)) }) { break search }
                }
            }
        }
    }
}
