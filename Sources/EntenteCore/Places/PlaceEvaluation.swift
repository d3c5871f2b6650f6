import Foundation

/// One event of the place dev gold (`Evaluation/place-gold/`): the sentence it is in, and where the
/// annotator says it took place (nil: the text does not say).
public struct PlaceGoldEvent: Sendable {
    /// The annotated place, at the levels it is scored at.
    public struct Place: Sendable {
        /// "sentence", "dateline" or "article": what in the text places it.
        public var from: String
        public var feature: String
        /// Nil for a place in no country (a sea, a continent): not scored at any level.
        public var country: String?
        public var adm1: String?
        public var city: String?
        public var geonameID: Int?
    }

    public var article: String
    public var start: Int
    public var end: Int
    /// The gold event's CAMEO code and its root, to pick the same event among those coded in the sentence.
    public var code: String
    public var root: String { String(code.prefix(2)) }
    /// The countries of its source and target, which tell two events of one root apart.
    public var sourceCountry: String?
    public var targetCountry: String?
    public var place: Place?

    /// The records of a place gold file; `file` names it in errors.
    public static func read(_ text: String, file: String) throws(EntenteError) -> [PlaceGoldEvent] {
        var out: [PlaceGoldEvent] = []
        for (index, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let article = o["article"] as? String, let start = o["start"] as? Int, let end = o["end"] as? Int,
                  o.keys.contains("place") else {
                throw EntenteError(.malformedJSON, file: file, line: index + 1, "a place gold record needs article, start, end and place")
            }
            var place: Place?
            if let p = o["place"] as? [String: Any] {
                guard let feature = p["feature"] as? String else {
                    throw EntenteError(.malformedJSON, file: file, line: index + 1, "a gold place needs its feature")
                }
                place = Place(from: p["from"] as? String ?? "sentence", feature: feature, country: p["country"] as? String, adm1: p["adm1"] as? String,
                              city: p["city"] as? String, geonameID: p["geonameid"] as? Int)
            }
            out.append(PlaceGoldEvent(article: article, start: start, end: end, code: o["code"] as? String ?? "",
                                      sourceCountry: o["source_country"] as? String, targetCountry: o["target_country"] as? String, place: place))
        }
        return out
    }

    /// Whether a JSON Lines file is a place gold: events named by article and offsets, with a "place".
    public static func isPlaceGold(_ text: String) -> Bool {
        guard let first = text.split(separator: "\n").first,
              let o = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any] else { return false }
        return o["article"] is String && o["start"] is Int && o.keys.contains("place")
    }
}

/// Tallies of placing at each level.
public struct PlaceTallies: Sendable {
    public var country = Tally()
    public var adm1 = Tally()
    public var city = Tally()
    /// Of the gold events without a place, those given one.
    public var wronglyPlaced = Tally()
    /// Country level by what places the gold event: sentence, dateline, article.
    public var countryBySource: [String: Tally] = [:]

    mutating func record(_ place: PlaceGoldEvent.Place?, _ found: GazetteerPlace?) {
        guard let place else {
            wronglyPlaced.record(found != nil)
            return
        }
        let countryRight = found?.country == place.country
        country.record(countryRight)
        countryBySource[place.from, default: Tally()].record(countryRight)
        if let adm1 = place.adm1 { self.adm1.record(found?.adm1 == adm1) }
        if place.feature == "city" {
            city.record(found?.feature == .city && (place.geonameID.map { String($0) == found?.id } ?? false
                || PlaceName.fold(place.city ?? "") == PlaceName.fold(found?.name ?? "-")))
        }
    }

    var lines: [String] {
        var out = ["  country \(country)", "  ADM1    \(adm1)", "  city    \(city)", "  place given where the gold has none \(wronglyPlaced)"]
        for (from, tally) in countryBySource.sorted(by: { $0.key < $1.key }) { out.append("    country, placed by the \(from): \(tally)") }
        return out
    }
}

/// How well events are placed against the place gold, at country, ADM1 and city level, and how often a
/// place is given where the gold has none: over every gold event (one the coder does not code has no
/// place), and over those the coder codes in their sentence, with the gold's CAMEO root (placing apart from
/// finding the event).
public struct PlaceReport: Sendable {
    public var events = 0
    public var coded = 0
    /// Gold places in no country (seas, continents), which are not scored.
    public var outsideCountries = 0
    public var all = PlaceTallies()
    public var ofCoded = PlaceTallies()
    /// The events coded, scored by the rule the coder follows (sentence, else dateline, else none): a place
    /// the annotator took from elsewhere in the article counts as none.
    public var ofCodedByText = PlaceTallies()
    /// The same rule over every gold event whose sentence has events coded, each matched to the closest of
    /// them even of another root (each coded event once).
    public var ofSentenceByText = PlaceTallies()
    public var errors: [String] = []

    public var report: String {
        var lines = ["\(events) gold events, \(coded) of them coded in their sentence with their CAMEO root; \(outsideCountries) placed in no country, not scored"]
        lines.append("every gold event:")
        lines += all.lines
        lines.append("the events coded:")
        lines += ofCoded.lines
        lines.append("the events coded, where only the sentence or the dateline places an event (a place from elsewhere in the article counts as none):")
        lines += ofCodedByText.lines
        lines.append("the same, over the events of sentences with events coded, each matched to the closest coded event even of another root:")
        lines += ofSentenceByText.lines
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Scores the coder's locations on a place gold.
public enum PlaceEvaluation {
    public static func evaluate(_ gold: [PlaceGoldEvent], articles: [String: Article], coder: EventCoder, collectErrors: Bool) -> PlaceReport {
        var report = PlaceReport()
        var coded: [String: [Event]] = [:]
        // The gold events of each sentence, matched together to the events coded there.
        var sentences: [[Int]] = []
        var sentenceOf: [String: Int] = [:]
        for (i, item) in gold.enumerated() {
            let key = "\(item.article) \(item.start) \(item.end)"
            if let s = sentenceOf[key] { sentences[s].append(i) } else { sentenceOf[key] = sentences.count; sentences.append([i]) }
        }
        for members in sentences {
            guard let first = members.first else { continue }
            let articleID = gold[first].article
            guard let article = articles[articleID] else {
                report.errors.append("\(articleID): not among the articles given")
                continue
            }
            if coded[articleID] == nil { coded[articleID] = coder.code(article) }
            let inSentence = (coded[articleID] ?? []).filter { $0.span.start < gold[first].end && $0.span.end > gold[first].start }
            let matched = match(members.map { gold[$0] }, inSentence, sameRoot: true)
            let nearest = match(members.map { gold[$0] }, inSentence, sameRoot: false)
            for (index, (item, event)) in zip(members.map { gold[$0] }, matched).enumerated() {
                report.events += 1
                if let place = item.place, place.country == nil {
                    report.outsideCountries += 1
                    continue
                }
                let location = event?.location
                if let other = nearest[index] {
                    let byText = item.place?.from == "article" ? nil : item.place
                    report.ofSentenceByText.record(byText, other.location?.place)
                    if collectErrors, event == nil, other.location?.place.country != byText?.country {
                        report.errors.append("\(item.article) [\(item.start), \(item.end)) \(item.code), matched to \(other.code.code) of another root: "
                            + "\(other.location.map { "\($0.text) → \($0.place.name) \($0.place.country)" } ?? "none"), gold \(byText?.country ?? "none")")
                    }
                }
                report.all.record(item.place, location?.place)
                if event != nil {
                    report.coded += 1
                    report.ofCoded.record(item.place, location?.place)
                    report.ofCodedByText.record(item.place?.from == "article" ? nil : item.place, location?.place)
                }
                guard collectErrors else { continue }
                let found = location.map { "\($0.text) → \($0.place.name) \($0.place.country) \($0.place.adm1 ?? "-") (\($0.origin.rawValue))" }
                    ?? (event == nil ? "not coded" : "none")
                if let place = item.place {
                    if location?.place.country != place.country || (place.adm1 != nil && location?.place.adm1 != place.adm1) {
                        report.errors.append("\(item.article) [\(item.start), \(item.end)) \(item.code): \(found), gold \(place.city ?? place.adm1 ?? place.country ?? "-") \(place.country ?? "-") \(place.adm1 ?? "-") (\(place.from))")
                    }
                } else if location != nil {
                    report.errors.append("\(item.article) [\(item.start), \(item.end)) \(item.code): \(found), gold none")
                }
            }
        }
        return report
    }

    /// The coded event that is each gold event of one sentence, if any: one of the gold's CAMEO root (an event
    /// of another root is another event, whose place says nothing of this one's), each used once, the closest
    /// pairs in code and countries first.
    /// With `sameRoot` false, an event of another root stands in where none has the gold's: the looser
    /// measure of how the sentence's places are read, whichever events the coder finds in it.
    static func match(_ gold: [PlaceGoldEvent], _ coded: [Event], sameRoot: Bool) -> [Event?] {
        func closeness(_ g: PlaceGoldEvent, _ e: Event) -> Int {
            (e.code.root == g.root ? 8 : 0) + (e.code.code == g.code ? 4 : 0) + (e.source.country == g.sourceCountry ? 2 : 0)
                + (e.target?.country == g.targetCountry ? 1 : 0)
        }
        var pairs: [(gold: Int, coded: Int, closeness: Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, e) in coded.enumerated() where !sameRoot || e.code.root == g.root { pairs.append((i, j, closeness(g, e))) }
        }
        // Closest first; among equals, in the order of the gold and of the text.
        pairs.sort { ($0.closeness, -$0.gold, -$0.coded) > ($1.closeness, -$1.gold, -$1.coded) }
        var out = [Event?](repeating: nil, count: gold.count)
        var used = Set<Int>()
        for pair in pairs where out[pair.gold] == nil && !used.contains(pair.coded) {
            out[pair.gold] = coded[pair.coded]
            used.insert(pair.coded)
        }
        return out
    }
}
