import EntenteCore

/// The JSON twins of the dashboard's pictures, from the same values the pages draw.
extension APIJSON {
    static func period(_ p: DashboardPeriod) -> String {
        object(["from": optional(p.from?.description), "to": optional(p.to?.description)])
    }

    static func days(_ range: ClosedRange<Int>?) -> String {
        range.map { object(["from": string(DashboardPeriod.date($0.lowerBound)), "to": string(DashboardPeriod.date($0.upperBound))]) } ?? "null"
    }

    static func world(_ w: WorldRelations) -> String {
        object([
            "period": period(w.period),
            "focus": optional(w.focus),
            "countries": array(w.countries.map { object(["country": string($0.country), "totals": totals($0.totals)]) }),
            "places": array(w.places.map { entry in
                let p = entry.place
                return object(["id": string(p.id), "name": string(p.name), "country": string(p.country),
                               "lat": number(p.latitude), "lon": number(p.longitude), "totals": totals(entry.totals)])
            }),
        ])
    }

    static func network(_ layout: NetworkLayout) -> String {
        let nodes = layout.nodes.map { n in
            object([
                "country": string(n.country), "x": number(n.x), "y": number(n.y), "radius": number(n.radius), "events": "\(n.events)",
                "box": object(["x": number(n.box.x), "y": number(n.box.y), "width": number(n.box.width), "height": number(n.box.height)]),
            ])
        }
        return object([
            "width": number(layout.width), "height": number(layout.height), "nodes": array(nodes),
            "edges": array(layout.edges.map { object(["dyad": array([string($0.dyad.first), string($0.dyad.second)]), "totals": totals($0.totals)]) }),
        ])
    }

    static func country(_ r: CountryReport) -> String {
        let p = r.profile
        let partner = { (x: CountryProfile.Partner) in
            object(["country": string(x.country), "totals": totals(x.totals), "current": totals(x.current), "previous": totals(x.previous),
                    "goldstein_change": x.goldsteinChange.map(number) ?? "null"])
        }
        let series = p.series.map { s in
            object([
                "partner": string(s.partner),
                "points": array(s.points.map { object(["period": string($0.period.description), "totals": $0.totals.map(totals) ?? "null"]) }),
            ])
        }
        return object([
            "country": string(p.country), "period": period(p.period), "current": days(p.current), "previous": days(p.previous),
            "partners": array(p.partners.map(partner)), "by_change": array(p.byChange.map(partner)),
            "series_by": string(p.granularity.rawValue), "series": array(series),
            "map": world(r.world),
            "said_about_others": array(r.saidAboutOthers.map(event)), "said_about_it": array(r.saidAboutIt.map(event)),
            "red_lines": array(r.redLines.map(event)), "denials": array(r.denials.map(event)),
        ])
    }

    static func changes(_ c: PairChanges) -> String {
        object([
            "week": days(c.week),
            "changes": array(c.changes.map {
                object(["dyad": array([string($0.dyad.first), string($0.dyad.second)]), "week": totals($0.week), "history": totals($0.history),
                        "shift": number($0.shift), "score": number($0.score)])
            }),
        ])
    }
}
