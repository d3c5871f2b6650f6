import EntenteCore
import Foundation

/// The world map as inline SVG: each country shaded by the mean Goldstein value of its events (red conflict
/// to green cooperation), paler the fewer events it has; with a country in focus, every other country shaded
/// by its relation with that one. Event places are points, sized by their events. Every country links to
/// its page.
enum MapChart {
    static let empty = "#e6e8eb", focusFill = "#1f2d3d"

    static func render(_ world: WorldRelations, map: WorldMap) -> HTMLString {
        let totals = Dictionary(world.countries.map { ($0.country, $0.totals) }, uniquingKeysWith: { a, _ in a })
        let most = Double(world.countries.map(\.totals.count).max() ?? 1)
        var parts: [HTMLString] = []
        for country in map.countries {
            let t = totals[country.code]
            let fill: String, opacity: Double, title: String
            if country.code == world.focus {
                (fill, opacity, title) = (focusFill, 1, "\(country.name) (\(country.code))")
            } else if let t, t.count > 0 {
                fill = ColorScale.goldstein(t.goldsteinMean)
                opacity = 0.35 + 0.65 * log(1 + Double(t.count)) / log(1 + most)
                let with = world.focus.map { " with \($0)" } ?? ""
                title = "\(country.name) (\(country.code)): \(t.count) event(s)\(with), mean Goldstein \(String(format: "%.1f", t.goldsteinMean))"
            } else {
                (fill, opacity, title) = (empty, 1, "\(country.name) (\(country.code)): no events")
            }
            parts.append("""
            <a href="\(Link.country(country.code, period: world.period))"><path class="country" data-country="\(country.code)" d="\(country.path)" fill="\(fill)" fill-opacity="\(opacity, decimals: 2)"><title>\(title)</title></path></a>
            """)
        }
        for (place, t) in world.places.reversed() {
            let p = map.project(latitude: place.latitude, longitude: place.longitude)
            parts.append("""
            <circle class="place" cx="\(p.x, decimals: 1)" cy="\(p.y, decimals: 1)" r="\(1.6 + 1.2 * Double(t.count).squareRoot(), decimals: 1)" fill="\(ColorScale.goldstein(t.goldsteinMean))"><title>\(place.name) (\(place.country)): \(t.count) event(s), mean Goldstein \(t.goldsteinMean, decimals: 1)</title></circle>
            """)
        }
        return """
        <svg class="chart map" role="img" aria-label="World map of relations" viewBox="0 0 \(Int(map.width)) \(Int(map.height))" width="\(Int(map.width))" height="\(Int(map.height))" xmlns="http://www.w3.org/2000/svg">
        <rect width="\(Int(map.width))" height="\(Int(map.height))" fill="#f4f8fb"/>
        \(parts)
        </svg>
        """
    }

    /// What the shades and points mean.
    static func legend(focus: String?) -> HTMLString {
        let steps = stride(from: -7.0, through: 7.0, by: 1.75).map { g -> HTMLString in
            "<i style=\"background:\(ColorScale.goldstein(g))\" title=\"\(g, decimals: 1)\"></i>"
        }
        let what: HTMLString = focus.map { "Each country by its events with \($0) in the period" } ?? "Each country by its events with other states in the period"
        return """
        <p class="legend map-legend">\(what): mean Goldstein from conflict <span class="scale">−7 \(steps) +7</span> cooperation;
        paler means fewer events, grey none. Circles are the places where events happened, sized by their events.</p>
        """
    }

    /// The countries with events that the map cannot show (too small for its scale), so that none is lost.
    static func undrawn(_ world: WorldRelations, map: WorldMap) -> HTMLString {
        let drawn = Set(map.countries.map(\.code))
        let missing = world.countries.filter { !drawn.contains($0.country) }
        guard !missing.isEmpty else { return "" }
        let items = missing.map { entry -> HTMLString in
            "<a href=\"\(Link.country(entry.country, period: world.period))\">\(entry.country)</a> (\(entry.totals.count))"
        }
        return "<p class=\"muted\">Not drawn at this scale: \(HTMLString.join(items, separator: ", ")).</p>"
    }
}
