import Foundation
import Testing
@testable import EntenteCore

@Suite("Places: the gazetteer and where events took place")
struct PlacesTests {
    /// The location of the first event of `text` coded with its root starting `root`, as "name COUNTRY ADM1 feature from".
    func place(_ text: String, root: String? = nil) -> String? {
        let events = Fixtures.code(text)
        guard let event = events.first(where: { root == nil || $0.code.code.hasPrefix(root ?? "") }) else { return "no event" }
        guard let l = event.location else { return nil }
        return "\(l.place.name) \(l.place.country) \(l.place.adm1 ?? "-") \(l.place.feature.rawValue) \(l.origin.rawValue)"
    }

    @Test func theGazetteerHoldsCountriesDivisionsAndCities() throws {
        let gazetteer = try #require(try Fixtures.dictionaries.places?.gazetteer())
        let counts = Dictionary(grouping: gazetteer.places, by: \.feature).mapValues(\.count)
        #expect((counts[.country] ?? 0) >= 240)
        #expect((counts[.adm1] ?? 0) >= 3_000)
        #expect((counts[.city] ?? 0) >= 60_000)
        #expect(gazetteer.division("SY.11")?.name == "Homs")
        #expect(gazetteer.country("SYR")?.fips == "SY")
        let kabul = try #require(gazetteer.places.first { $0.feature == .city && $0.name == "Kabul" && $0.country == "AFG" })
        #expect(kabul.country == "AFG" && abs(kabul.latitude - 34.53) < 0.05 && abs(kabul.longitude - 69.17) < 0.05)
        #expect(gazetteer.fullName(kabul) == "Kabul, Afghanistan")
    }

    @Test func aBrokenGazetteerLineIsAnErrorWithItsLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.tsv").path
        let good = "169577\tcity\tSYR\tSY\tSY.11\t34.7240\t36.7256\t775404\tHoms\tHims"
        for (bad, why) in [("1\tcity\tSYR\tSY\t\t95.0\t36.0\t10\tX\t", "latitude"), ("1\ttown\tSYR\tSY\t\t1\t1\t10\tX\t", "feature"),
                           ("1\tcity\tSYR\tSY", "10 tab-separated fields")] {
            try "# header\n\(good)\n\(bad)\n".write(toFile: path, atomically: true, encoding: .utf8)
            #expect {
                _ = try Gazetteer.load(path: path)
            } throws: { error in
                let e = error as? EntenteError
                return e?.line == 3 && e?.file == path && (e?.message.contains(why) ?? false)
            }
        }
        try "# only a header\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: EntenteError.self) { _ = try Gazetteer.load(path: path) }
    }

    @Test func aPlaceAfterAWordOfLocationPlacesTheEvent() {
        #expect(place("Rebels attacked a drone base in Homs on Tuesday.", root: "1") == "Homs SYR SY.11 city sentence")
        #expect(place("Government forces clashed with rebels in Homs province.", root: "19") == "Homs SYR SY.11 adm1 sentence")
        #expect(place("Israeli troops killed five armed Palestinians in the Gaza Strip today.", root: "1")?.hasPrefix("Gaza Strip PSE PS.GZ adm1") == true)
        #expect(place("U.S. planes bombed targets in Iraq's rebel-held city of Falluja.", root: "19")?.hasPrefix("Al Fallujah IRQ") == true)
        // A curfew "on" a city, and "parts of" a region after "in", place it too.
        #expect(place("Iraqi officials have imposed a curfew on Basra.", root: "17")?.contains("IRQ") == true)
        #expect(place("Indian authorities have imposed a curfew in parts of Kashmir.", root: "17")?.contains("IND") == true)
        #expect(place("Turkish troops attacked Kurdish fighters in the Kurdish enclave of Afrin.")?.hasPrefix("Afrin SYR SY.09 city") == true)
    }

    @Test func watersAreInNoCountry() {
        // Sudan has a Red Sea state; the sea is not in it.
        #expect(place("Houthi rebels attacked a tanker in the Red Sea.") == nil)
    }

    @Test func aCapitalThatActsIsNotAPlace() {
        #expect(place("Moscow accused Kyiv of shelling the plant.") == nil)
        #expect(place("Seoul has imposed sanctions on Russia.") == nil)
    }

    /// An act on a place, with no actor named, is an act on that place's state; a target named stays.
    @Test func anActOnAPlaceTargetsItsState() {
        let onAfrin = Fixtures.code("Turkish troops are firing artillery at Afrin from the border.").first
        #expect(onAfrin?.target?.code == "SYR" && onAfrin?.target?.text == "Afrin")
        let onBorno = Fixtures.code("Boko Haram attacked a military base in Borno state on Sunday.").first
        #expect(onBorno?.target?.country == "NGA")
        #expect(Fixtures.code("Israel struck Hamas positions in Gaza City.").first?.target?.code.hasPrefix("PSE") == true)
        // So is a cut in aid or an investigation done in a place.
        #expect(Fixtures.code("The United Nations has suspended aid deliveries in Borno State.").first?.target?.country == "NGA")
    }

    @Test func aStatementIsPlacedOnlyByItsOwnVerbPhrase() {
        // The attack is in Syria; the accusation is made nowhere the text says.
        #expect(place("Russia accused the United States of staging the chemical attack in Syria.", root: "11") == nil)
        #expect(place("Hariri told a news conference in Geneva that he wanted Assad removed.")?.hasPrefix("Geneva CHE") == true)
        // The source's own place places what it does.
        #expect(place("The United States Embassy in Iraq advised U.S. citizens to leave the country.")?.hasPrefix("Iraq IRQ") == true)
    }

    @Test func ambiguousNamesFollowTheText() {
        #expect(place("Police clashed with protesters in Paris on Saturday.")?.hasPrefix("Paris FRA") == true)
        #expect(place("Police clashed with protesters in Paris, Texas, on Saturday.")?.hasPrefix("Paris USA US.TX") == true)
        #expect(place("Police clashed with protesters in Hyderabad as Pakistan's government resigned.")?.hasPrefix("Hyderabad PAK") == true)
    }

    @Test func theDatelinePlacesEventsTheirSentenceDoesNot() {
        let text = "BAGHDAD, Iraq (Reuters) - Iraqi forces attacked insurgents on Sunday. Later, troops clashed with militants in Najaf."
        let events = Fixtures.code(text)
        let first = events.first { $0.sentence == 0 }?.location
        #expect(first?.place.name == "Baghdad" && first?.origin == .dateline && first?.text == "BAGHDAD")
        #expect(events.first { $0.sentence == 1 }?.location?.place.name == "Najaf")
    }

    @Test func theDatelinePlacesOnlyWhatHappenedThereWithItsCountry() {
        // What has not happened has no place yet; a digest item's dateline is where the reporter is, not
        // where another country acts.
        let future = Fixtures.code("CAIRO (Reuters) - Egypt will send troops to the border next month.").first
        #expect(future != nil && future?.modality == .future && future?.location == nil)
        let foreign = Fixtures.code("LONDON - Iranian forces attacked Iraqi troops on Sunday.")
        #expect(!foreign.isEmpty && foreign.allSatisfy { $0.location == nil })
        let own = Fixtures.code("LONDON - Britain expelled two Russian diplomats on Sunday.").first?.location
        #expect(own?.place.name == "London" && own?.text == "LONDON")
    }

    @Test func aPlaceInAnotherClauseIsNotTheEvents() {
        // A relative clause the event is outside, and the framing of a quotation, keep their places.
        #expect(place("Iraq has cooperated with Iran, which fears an attack in Kuwait.", root: "06") == nil)
        #expect(place("The minister told reporters in Geneva: \"Syria will attack the rebels.\"", root: "19") == nil)
    }

    @Test func aJourneysEndAndAFacilitysNamePlaceTheEvent() {
        #expect(place("The Pakistani president began a visit to Italy by calling on Europe to help.", root: "02")?.hasPrefix("Italy ITA") == true)
        #expect(place("Israeli jets struck a Beirut refugee camp on Monday.", root: "19")?.hasPrefix("Beirut LBN") == true)
        #expect(place("Turkish troops attacked Kurdish fighters in the Kurdish enclave in Syria known as Afrin.", root: "19")?.hasPrefix("Afrin SYR SY.09") == true)
    }

    @Test func theGoldsEventsAreMatchedOneToOneByRootThenCodeAndCountries() {
        let coded = Fixtures.code("Israeli troops killed five Palestinians in Gaza as militants fired rockets into Israel.")
        #expect(coded.map(\.code.root).sorted() == ["19", "19"])
        func gold(_ code: String, _ source: String, _ target: String) -> PlaceGoldEvent {
            PlaceGoldEvent(article: "a", start: 0, end: 10, code: code, sourceCountry: source, targetCountry: target, place: nil)
        }
        // Two gold events of root 19 with one coded each: the rocket fire goes to the rocket fire, though the
        // first gold event has the same root; the third has none left. A statement matches nothing.
        let matched = PlaceEvaluation.match([gold("190", "ISR", "PSE"), gold("194", "PSE", "ISR"), gold("190", "ISR", "PSE"), gold("010", "ISR", "PSE")],
                                            coded, sameRoot: true)
        #expect(matched.map { $0?.code.code } == ["190", "194", nil, nil])
        let loose = PlaceEvaluation.match([gold("010", "ISR", "PSE")], coded, sameRoot: false)
        #expect(loose.first??.code.code == "190")
    }

    @Test func aPlaceNamedElsewhereInTheArticleDoesNotPlaceTheEvent() {
        // Sentence, then dateline, then none: the story's other places are other events'.
        let text = "Fighting raged in Idlib. Shelling also hit towns in Hama. Rebels attacked an army post on Monday."
        let attack = Fixtures.code(text).first { $0.sentence == 2 }
        #expect(attack != nil && attack?.location == nil)
    }

    @Test func locationsGoIntoTheJSONAndComeBack() throws {
        let event = try #require(Fixtures.code("Rebels attacked a drone base in Homs on Tuesday.").first)
        let json = EventJSON.encode(event)
        #expect(json.contains(#""location":{"text":"Homs","name":"Homs","country":"SYR","adm1":"SY.11","lat":34.724,"lon":36.7256,"feature":"city","id":"169577","span":[32,36],"from":"sentence"}"#))
        let back = try #require(EventJSON.decode(json, ontology: Fixtures.dictionaries.ontology))
        #expect(back.location?.place.name == "Homs" && back.location?.start == 32 && back.location?.origin == .sentence)
        #expect(EventJSON.encode(back) == json)
        var unplaced = event
        unplaced.location = nil
        #expect(EventJSON.encode(unplaced).hasSuffix(#","location":null}"#))
    }

    @Test func areaAndNearFilters() throws {
        #expect(PlaceFilter(parsing: "syr")?.area == .country("SYR"))
        #expect(PlaceFilter(parsing: "SY.11")?.area == .division("SY.11"))
        for bad in ["SY", "SYRIA", "S1.1", "SY.", "SY.11.2", ""] { #expect(PlaceFilter(parsing: bad) == nil, "\(bad)") }
        let homs = try #require(Fixtures.code("Rebels attacked a drone base in Homs on Tuesday.").first?.location)
        #expect(PlaceFilter(parsing: "SYR")?.contains(homs) == true && PlaceFilter(parsing: "SY.12")?.contains(homs) == false)
        let near = try #require(NearFilter(parsing: "34.73,36.71,25"))
        #expect(near.contains(latitude: homs.place.latitude, longitude: homs.place.longitude))
        #expect(NearFilter(parsing: "33.51,36.29,25")?.contains(latitude: homs.place.latitude, longitude: homs.place.longitude) == false)
        for bad in ["34.7", "95,10", "10,200", "1,2,0", "a,b"] { #expect(NearFilter(parsing: bad) == nil, "\(bad)") }
    }
}
