import Foundation

/// Finds where events took place: a place the event's sentence names after a word of location ("in Homs
/// province", "a drone base near Kandahar", "clashes in eastern Ghouta"), else the article's dateline
/// ("SEOUL, Jan 15 —"), else none: a place the story names elsewhere is not taken for this event's, as
/// the output contract has it.
///
/// A name is a place only where the text uses it as one: after a preposition of place, or in the dateline.
/// A capital or country that acts ("Moscow said", "Seoul imposed sanctions") is an actor, never a place.
/// Where a name fits several places, the one chosen is the one of the countries the sentence and the
/// article are about, the one the text qualifies ("Paris, Texas"), else the most populous.
public struct EventPlacer: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// A place named in the text: its tokens, the places its name fits, and the word that makes it a place.
    struct Mention {
        var tokens: Range<Int>
        var places: [Int32]
        /// Those of `places` named by their own name, not an alternate.
        var primary: Set<Int32> = []
        /// The preposition before it ("in", "near"), or its first token for a dateline.
        var cue: Int
        /// "province", "governorate", … follows: the division, not the city of that name.
        var isDivision: Bool
        /// What follows after a comma ("Paris, Texas", "Najaf, Iraq"): places that qualify it.
        var qualifiers: [Int32]
        /// A digest item's own dateline ("BRUSSELS - Syria … is showing flexibility"): placed like the article's.
        var isDateline = false
        /// A journey's end ("a visit to Italy"): where the traveller is for what the sentence says after it.
        var isJourney = false
    }

    /// Words that make the capitalised name after them a place.
    static let cues: Set<String> = ["in", "near", "at", "outside", "around", "inside", "across", "throughout", "into", "nearby", "off"]
    /// Words after which "to" is a place's ("a visit to Italy"), not an actor's ("appealed to Russia").
    static let journeys: Set<String> = ["visit", "visits", "visited", "trip", "trips", "tour", "travel", "travelled", "traveled",
                                        "travelling", "traveling", "flew", "arrived", "arrival", "journey", "returned", "went", "deployed",
                                        "deployment", "sent", "dispatched", "moved", "fled", "headed"]
    /// Words after which "from" is a place's ("withdrawal from the Gaza Strip", "fired from Gaza").
    static let departures: Set<String> = ["withdrawal", "withdraw", "withdrew", "withdrawn", "withdrawing", "pullout", "fired", "launched",
                                          "returning", "returned", "fled", "fleeing", "evacuated", "expelled", "deported", "retreat", "retreated"]
    /// Words after which "on" is a place's ("attacks on London", "a curfew on Basra").
    static let assaults: Set<String> = ["attack", "attacks", "attacked", "strike", "strikes", "raid", "raids", "assault", "assaults",
                                        "bombing", "bombings", "offensive", "advance", "march", "marched", "air strikes", "airstrikes",
                                        "curfew", "curfews", "blockade", "blockades", "siege", "crackdown", "clampdown"]
    /// The last words of the names of seas and straits.
    static let waters: Set<String> = ["sea", "ocean", "gulf", "strait", "straits", "channel"]
    /// Words before "of" that make the name after it a place: "south of Baghdad".
    static let directions: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                          "north-east", "north-west", "south-east", "south-west", "outskirts"]
    /// Nouns of a place before "of" and its name: "in the Kurdish enclave of Afrin".
    static let placeNouns: Set<String> = ["city", "town", "village", "enclave", "province", "region", "district", "capital", "port",
                                          "area", "camp", "suburb", "suburbs", "outskirts", "island", "islands", "border", "countryside",
                                          "downtown", "neighbourhood", "neighborhood", "state", "governorate", "heart", "centre", "center",
                                          "streets", "coast", "shores"]
    /// Words after a country's possessive that make the country the place: "in Turkey's south-east".
    static let parts: Set<String> = ["north", "south", "east", "west", "south-east", "south-west", "north-east", "north-west",
                                     "southeast", "southwest", "northeast", "northwest", "interior", "border", "borders", "territory",
                                     "territorial", "capital", "coast", "airspace", "waters", "soil"]
    /// Words allowed between a cue and the name: "in the eastern city of Aleppo", "near the border town of Tal Abyad".
    static let between: Set<String> = [
        "the", "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "city", "town", "village",
        "province", "region", "capital", "port", "of", "border", "coastal", "restive", "besieged", "nearby", "neighbouring",
        "neighboring", "rebel-held", "occupied", "disputed", "northern-most", "southern-most", "heart", "outskirts", "centre", "center",
        "district", "state", "county", "governorate", "area", "suburb", "suburbs", "camp", "refugee", "strategic", "key",
        "parts", "part", "areas", "some", "much", "most",
    ]
    /// Words after a name that make it a first-level division.
    static let divisionWords: Set<String> = ["province", "provinces", "governorate", "state", "region", "oblast", "prefecture", "department"]
    /// Capitalised words after "in" that are institutions or times, not the towns that share their names.
    static let notPlaces: Set<String> = [
        "congress", "parliament", "police", "government", "senate", "court", "house", "university", "college", "church", "march", "may",
        "august", "june", "july", "april", "january", "february", "september", "october", "november", "december", "sunday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "christmas", "easter", "ramadan", "islam", "english",
        "god", "power", "office", "opposition", "cabinet", "security", "defense", "defence", "justice", "interior", "state",
    ]

    // MARK: Placing events

    /// Each event's location: the place its sentence names nearest its verb, else the dateline's. The
    /// actors' countries of the whole article settle ambiguous names.
    func locate(_ events: inout [Event], document: Document, analyses: [SentenceAnalysis]) {
        guard !events.isEmpty else { return }
        var countries = Set<String>()
        for analysis in analyses {
            for mention in analysis.mentions { for member in mention.members { if let c = member.country { countries.insert(c) } } }
        }
        let dateline = datelineLocation(document, countries: countries)
        var mentionsBySentence: [Int: [Mention]] = [:]
        var analysisOf: [Int: Int] = [:]
        for (position, analysis) in analyses.enumerated() { analysisOf[analysis.sentence.index] = position }
        for index in events.indices {
            let sentence = events[index].sentence
            guard let position = analysisOf[sentence] else { continue }
            let analysis = analyses[position]
            if mentionsBySentence[sentence] == nil { mentionsBySentence[sentence] = mentions(in: analysis, document) }
            let head = events[index].head
            // A place in another clause is not the event's: not one told before the quotation that holds the
            // event ("told journalists at the Munich conference: '… prosecuted'"), nor one in a relative clause
            // the event is outside ("the assault, which … will launch a final assault on Idlib province").
            var found = (mentionsBySentence[sentence] ?? []).filter { !separated($0.cue, from: head, analysis, document.tokens) }
            if !Self.materialRoots.contains(events[index].code.root) {
                // A statement, demand or sanction is placed only by its own verb phrase ("told reporters in
                // Brussels", "In Geneva, the envoy said"), not by a place that qualifies what it is about
                // ("the attack in Syria was staged", "conditions in China").
                // The source's own place counts too: "the US Embassy in Iraq suspended operations", and the end
                // of a journey told before it ("kicked off a visit to Italy by calling on the world …").
                let source = events[index].source.start..<events[index].source.end
                found = found.filter {
                    ($0.cue > head && $0.cue <= head + 5) || $0.cue == analysis.start || source.contains(document.tokens[$0.cue].start)
                        || ($0.isJourney && $0.cue < head)
                }
            }
            // A dateline, the article's or a digest item's, is where the reporter is: it places an event only
            // that took place (not one hypothetical, future or denied) and that one of the place's country takes
            // part in, or no country does ("BRUSSELS - Syria is showing flexibility" is not Syria in Brussels).
            let event = events[index]
            let takesDateline = { (country: String) -> Bool in
                guard event.modality == .asserted, !event.negated else { return false }
                let countries = [event.source.country, event.target?.country].compactMap { $0 }
                return countries.isEmpty || countries.contains(country)
            }
            found = found.filter { mention in
                !mention.isDateline || mention.places.contains { takesDateline(gazetteer.places[Int($0)].country) }
            }
            var local = countries
            for a in [events[index].source, events[index].target].compactMap({ $0 }) { if let c = a.country { local.insert(c) } }
            // The place nearest the event's own word; between two as near, the one after it (the verb's own phrase).
            if let nearest = found.min(by: { abs($0.cue - head) * 2 + ($0.cue < head ? 1 : 0) < abs($1.cue - head) * 2 + ($1.cue < head ? 1 : 0) }),
               let place = resolve(nearest, sentenceCountries: local, articleCountries: countries) {
                events[index].location = location(nearest, place, document, origin: .sentence)
                if events[index].target == nil, Self.actsOnPlaces(events[index].code), nearest.cue > head, nearest.cue <= head + 8 {
                    // "captured the mosque in Mosul", "suspended aid deliveries in Borno State": an act on a place
                    // with no actor named is an act on that place's state, as coders of the field take it.
                    let named = events[index].location
                    events[index].target = Actor(code: place.country, country: place.country, text: named?.text ?? place.name,
                                                 start: named?.start ?? 0, end: named?.end ?? 0)
                }
            } else if let dateline, takesDateline(dateline.place.country) {
                events[index].location = dateline
            }
        }
    }

    /// Acts whose place, with no actor named, is what they are done to: the material ones, investigations
    /// ("launched an investigation in Alabama"), cuts in relations ("suspended aid deliveries in Borno
    /// State"), and intents of material cooperation or of yielding ("willing to withdraw its troops from Kashmir").
    static func actsOnPlaces(_ code: CameoCode) -> Bool {
        materialRoots.contains(code.root) || code.root == "09" || code.root == "16" || code.code.hasPrefix("033") || code.code.hasPrefix("035")
    }

    /// Words that open a relative clause.
    static let relatives: Set<String> = ["which", "who", "whom", "whose", "where"]
    /// Words that end one.
    static let clauseEnds: Set<String> = [",", ";", ":", "–", "—", "(", ")"]
    /// Marks that open or close quoted words.
    static let quotes: Set<String> = ["\"", "“", "”", "«", "»"]

    /// Whether the place whose cue is `cue` lies in another clause than the event whose word is `head`: a
    /// colon or a quotation mark between a place before the event and the event, or the place in a relative
    /// clause ("…, which …") that the event is not in.
    func separated(_ cue: Int, from head: Int, _ analysis: SentenceAnalysis, _ tokens: [Token]) -> Bool {
        if cue < head, ((cue + 1)..<head).contains(where: { tokens[$0].norm == ":" || Self.quotes.contains(tokens[$0].norm) }) { return true }
        var r = cue - 1
        while r >= analysis.start, !Self.relatives.contains(tokens[r].norm) {
            if Self.clauseEnds.contains(tokens[r].norm) { return false }
            r -= 1
        }
        guard r >= analysis.start else { return false }
        var end = cue + 1
        while end < analysis.end, !Self.clauseEnds.contains(tokens[end].norm) { end += 1 }
        return head < r || head >= end
    }

    /// Acts placed by any place of their sentence: material cooperation (06-08: aid, yielding, withdrawing),
    /// protest, force posture, coercion, assault, fighting, mass violence. The others, statements and
    /// demands, only by their own verb phrase.
    static let materialRoots: Set<String> = ["06", "07", "08", "14", "15", "17", "18", "19", "20"]

    /// The places a sentence names after words of location.
    func mentions(in analysis: SentenceAnalysis, _ document: Document) -> [Mention] {
        let tokens = document.tokens
        var found: [Mention] = []
        // A digest's item opens with its own dateline: "BELFAST - A British soldier was shot …".
        if let opening = openingDateline(analysis, document) { found.append(opening) }
        var t = analysis.start
        // The next capitalised word after t: a word of location matters only with a name close after it, and
        // looking that up first spares most tokens the lookup of their word.
        var nextName = analysis.start
        while t < analysis.end {
            defer { t += 1 }
            if nextName <= t {
                nextName = t + 1
                while nextName < analysis.end, !tokens[nextName].isCapitalized { nextName += 1 }
            }
            guard nextName - t <= 6, nextName < analysis.end, isCue(t, analysis.start, tokens) else { continue }
            var j = t + 1
            while j < analysis.end, j < t + 6, Self.between.contains(tokens[j].norm), !tokens[j].isCapitalized || tokens[j].norm == "the" { j += 1 }
            // "in the Kurdish enclave of Afrin": words of any kind up to a place noun and "of".
            if j < analysis.end, tokens[j].isCapitalized || !Self.between.contains(tokens[j].norm) {
                var k = j
                while k < min(analysis.end - 2, j + 4), !(Self.placeNouns.contains(tokens[k].norm) && tokens[k + 1].norm == "of") { k += 1 }
                if k < analysis.end - 2, Self.placeNouns.contains(tokens[k].norm), tokens[k + 1].norm == "of", tokens[k + 2].isCapitalized,
                   tokens[j].kind == .word, !tokens[j].isCapitalized || tokens[j - 1].norm == "the" {
                    j = k + 2
                }
            }
            guard j < analysis.end, tokens[j].isCapitalized, tokens[j].kind == .word, !Self.notPlaces.contains(tokens[j].norm) else { continue }
            // A name that is an organisation or a person ("at Reuters", "in Jordan Peterson's book") is not a place.
            // ("protesters in Paris" is a mention of protesters that holds a place, and stays one.) Nor is
            // where the speaker is ("…, officials in Tokyo said"): that places the saying, not the event.
            if let m = analysis.mention(at: j) {
                let kind = analysis.mentions[m].kind
                if analysis.mentions[m].tokens.lowerBound == j, kind == .person || kind == .organisation || kind == .role { continue }
                if analysis.speakerToken == analysis.mentions[m].tokens.lowerBound { continue }
            }
            guard var mention = match(at: j, limit: analysis.end, document) else { continue }
            mention.cue = t
            mention.isJourney = tokens[t].norm == "to"
            let after = mention.tokens.upperBound
            if after < analysis.end, tokens[after].norm == "'s" || tokens[after].norm == "'" {
                // "in Iraq's rebel-held city of Falluja": the place named after the possessive, within the country;
                // "in Turkey's south-east": the country; "in Washington's view": no place.
                // "Syria's Idlib province", "Iran's Kharg island": a name right after it, else the country itself.
                var k = after + 1
                while k < min(analysis.end, after + 5), !tokens[k].isCapitalized { k += 1 }
                let isCountry = mention.places.contains { gazetteer.places[Int($0)].feature == .country }
                if k < analysis.end, k == after + 1 || tokens[k - 1].norm == "of", var inner = match(at: k, limit: analysis.end, document) {
                    inner.cue = t
                    inner.qualifiers = mention.places
                    mention = inner
                } else if after + 1 < analysis.end, Self.parts.contains(tokens[after + 1].norm) || (isCountry && k == after + 1) {
                    mention.tokens = mention.tokens.lowerBound..<(after + 2)
                } else {
                    continue
                }
            }
            found.append(mention)
            t = after - 1
        }
        found += facilityMentions(analysis, document, besides: found)
        return found
    }

    /// Places of a facility: "a Beirut refugee camp", "the Kandahar air base", "Manchester Piccadilly
    /// station": a name that qualifies the place where something stands is a place with no word before it.
    func facilityMentions(_ analysis: SentenceAnalysis, _ document: Document, besides found: [Mention]) -> [Mention] {
        let tokens = document.tokens
        var out: [Mention] = []
        for f in analysis.start..<analysis.end where Self.facilities.contains(tokens[f].norm) {
            // The name one to three words before the facility's noun, with only modifiers or names between.
            var t = f - 1
            while t > analysis.start, t > f - 4, tokens[t].isCapitalized || Self.facilityModifiers.contains(tokens[t].norm) {
                let start = t
                t -= 1
                guard tokens[start].isCapitalized, tokens[start].kind == .word, !Self.notPlaces.contains(tokens[start].norm),
                      !found.contains(where: { $0.tokens.contains(start) }), var mention = match(at: start, limit: f, document),
                      ((mention.tokens.upperBound)..<f).allSatisfy({ tokens[$0].isCapitalized || Self.facilityModifiers.contains(tokens[$0].norm) })
                else { continue }
                // An organisation's name is no place ("the Hamas base"); one read as a person's may be, in text
                // set in capitals ("A BEIRUT REFUGEE CAMP SAID").
                if let m = analysis.mention(at: start), analysis.mentions[m].kind == .organisation,
                   analysis.mentions[m].tokens.lowerBound == start { break }
                mention.cue = start
                out.append(mention)
                break
            }
        }
        return out
    }

    /// Nouns of places where something stands, that a place's name before them locates.
    static let facilities: Set<String> = ["camp", "camps", "airport", "airbase", "base", "station", "stations", "port", "harbour",
                                          "harbor", "prison", "jail", "hospital", "checkpoint", "crossing", "mosque", "market", "embassy",
                                          "consulate", "barracks", "compound", "refinery", "plant", "dam", "bridge", "villa", "home", "house",
                                          "hotel", "residence", "office", "headquarters"]
    /// Words between such a name and its facility's noun: "the Kandahar air base", "a Beirut refugee camp".
    static let facilityModifiers: Set<String> = ["refugee", "air", "military", "naval", "army", "border", "central", "main",
                                                 "international", "detention", "nuclear", "power", "railway", "train", "bus"]

    /// Whether token `t` makes the name after it a place: a preposition of place, "to" after a journey,
    /// "from" after a departure, "on" after an attack.
    func isCue(_ t: Int, _ start: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[t].norm
        if Self.cues.contains(word) { return true }
        guard t > start else { return false }
        let before = tokens[t - 1].norm
        switch word {
        case "to": return Self.journeys.contains(before)
        // "fired from Gaza", "a mortar bomb was fired at it from the Gaza Strip".
        case "from": return (max(start, t - 3)..<t).contains { Self.departures.contains(tokens[$0].norm) }
        case "on": return Self.assaults.contains(before)
        // "south of Iran's Kharg island", "50 km north of Baghdad".
        case "of": return Self.directions.contains(before)
        default: return false
        }
    }

    /// The longest gazetteer name that starts at token `t` and ends on a token's end, with what follows it.
    func match(at t: Int, limit: Int, _ document: Document) -> Mention? {
        let tokens = document.tokens
        let word = PlaceName.fold(tokens[t].text)
        guard gazetteer.firstName[word] != nil else { return nil }
        // The text from token t on, folded, with the length at which each token ends.
        var folded = String.UnicodeScalarView()
        var ends: [(length: Int, token: Int)] = []
        var u = t
        while u < limit, u < t + 6 {
            if u > t, tokens[u].spaceBefore { folded.append(" ") }
            for scalar in document.scalars[tokens[u].start..<tokens[u].end] { PlaceName.append(scalar, to: &folded) }
            ends.append((folded.count, u + 1))
            u += 1
            // Names are at most a few words: stop at a clause's punctuation.
            if u < limit, tokens[u].kind == .punctuation, tokens[u].norm != "-", tokens[u].norm != "'" { break }
        }
        let text = String(folded)
        var best: (length: Int, end: Int)?
        var places: [Int32] = []
        var primary = Set<Int32>()
        for name in gazetteer.names(startingWith: word) {
            if let b = best, name.length < b.length { continue }
            guard let end = ends.first(where: { $0.length == name.length })?.token, text.unicodeScalars.starts(with: name.text.unicodeScalars) else { continue }
            if let b = best, name.length > b.length {
                places.removeAll()
                primary.removeAll()
            }
            best = (name.length, end)
            if !places.contains(name.place) { places.append(name.place) }
            if name.primary { primary.insert(name.place) }
        }
        guard let best else { return nil }
        // "the Red Sea", "the Gulf": waters are in no country, even where a province has their name (Sudan's Red Sea state).
        if let last = text.unicodeScalars.prefix(best.length).split(separator: " ").last.map(String.init),
           Self.waters.contains(last) { return nil }
        var mention = Mention(tokens: t..<best.end, places: places, primary: primary, cue: t, isDivision: false, qualifiers: [])
        // "the Kurdish enclave in Syria known as Afrin": the place named within the country.
        var k = best.end
        if k + 1 < limit, tokens[k].norm == "known", tokens[k + 1].norm == "as" { k += 2 } else if k < limit, tokens[k].norm == "called" { k += 1 }
        if k > best.end, k < limit, tokens[k].isCapitalized, var inner = match(at: k, limit: limit, document) {
            inner.qualifiers = places
            return inner
        }
        if best.end < limit, Self.divisionWords.contains(tokens[best.end].norm) {
            mention.isDivision = true
            mention.tokens = t..<(best.end + 1)
        } else if best.end + 1 < limit, tokens[best.end].norm == ",", tokens[best.end + 1].isCapitalized,
                  let qualifier = match(at: best.end + 1, limit: limit, document) {
            mention.qualifiers = qualifier.places
        }
        return mention
    }

    /// The place a mention means, or nil when none of its places can be the place of an event.
    func resolve(_ mention: Mention, sentenceCountries: Set<String>, articleCountries: Set<String>) -> GazetteerPlace? {
        let places = mention.places.map { gazetteer.places[Int($0)] }
        let primary = Set(mention.primary.map { gazetteer.places[Int($0)].id })
        var candidates: [GazetteerPlace]
        if mention.isDivision {
            // "Homs province": the division, named as such or as its chief city's.
            candidates = places.filter { $0.feature == .adm1 }
            if candidates.isEmpty { candidates = places.compactMap { $0.adm1.flatMap(gazetteer.division) } }
        } else {
            // A division's bare name ("in Helmand", "the Gaza Strip") only when no city has it: "in Homs" is the city.
            candidates = places.contains { $0.feature == .city } ? places.filter { $0.feature != .adm1 } : places
        }
        let qualifiers = mention.qualifiers.map { gazetteer.places[Int($0)] }
        func score(_ p: GazetteerPlace) -> Double {
            var s = log10(Double(max(p.population, 10)))
            // A country by its own name outweighs a town; by another of its names ("the Gaza Strip" is also
            // Palestine's), less so than the division that has the name as its own.
            if p.feature == .country, primary.contains(p.id) { s += 3 }
            // The story's countries weigh less than a tenfold population: Geneva is Switzerland's even in a
            // sentence about the United States, Hyderabad Pakistan's in one about Pakistan.
            if sentenceCountries.contains(p.country) { s += 0.9 } else if articleCountries.contains(p.country) { s += 0.4 }
            // A place's own name outweighs another's former or foreign one ("Islamabad" was once a name of Chittagong).
            if primary.contains(p.id) { s += 2 }
            if qualifiers.contains(where: { $0.country == p.country && ($0.feature == .country || $0.adm1 == p.adm1) }) { s += 4 }
            return s
        }
        return candidates.max { score($0) < score($1) }
    }

    func location(_ mention: Mention, _ place: GazetteerPlace, _ document: Document, origin: EventLocation.Origin) -> EventLocation {
        let start = document.tokens[mention.tokens.lowerBound].start
        let end = document.tokens[mention.tokens.upperBound - 1].end
        return EventLocation(text: document.text(start, end), place: place, start: start, end: end, origin: origin,
                             fullName: gazetteer.fullName(place))
    }

    // MARK: Datelines

    /// The place of a dateline that opens a sentence ("BRUSSELS - Syria … is showing flexibility"), as news
    /// digests start each item.
    func openingDateline(_ analysis: SentenceAnalysis, _ document: Document) -> Mention? {
        let tokens = document.tokens
        var s = analysis.start
        // "- - - -  BRUSSELS - …": a digest's rule before the item.
        while s < analysis.end, s < analysis.start + 6, tokens[s].kind == .punctuation { s += 1 }
        guard s + 2 < analysis.end, tokens[s].isAllCaps, var mention = match(at: s, limit: min(analysis.end, s + 4), document) else { return nil }
        let after = mention.tokens.upperBound
        guard after + 1 < analysis.end, tokens[after].norm == "-" || tokens[after].norm == "--" || tokens[after].norm == "—",
              !tokens[after + 1].isAllCaps || tokens[after + 1].text.count == 1 else { return nil }
        let places = mention.places.filter { gazetteer.places[Int($0)].feature == .city }
        if !places.isEmpty { mention.places = places }
        mention.cue = analysis.start
        mention.isDateline = true
        return mention
    }

    /// The place of the article's dateline ("BAGHDAD, Iraq (Reuters) -", "MOSCOW --"), if the gazetteer knows it.
    func datelineLocation(_ document: Document, countries: Set<String>) -> EventLocation? {
        guard document.datelineLength > 0, let first = document.tokens.first, first.isCapitalized else { return nil }
        guard var mention = match(at: 0, limit: document.datelineLength, document) else { return nil }
        // The name must be the dateline's first words whole: "UNITED NATIONS" is not "United".
        let after = mention.tokens.upperBound
        if after < document.datelineLength, document.tokens[after].kind == .word, document.tokens[after].isAllCaps { return nil }
        mention.isDivision = false
        // A dateline names a city; a country or division only where no city has the name.
        let places = mention.places.map { gazetteer.places[Int($0)] }
        if places.contains(where: { $0.feature == .city }) { mention.places = mention.places.filter { gazetteer.places[Int($0)].feature == .city } }
        guard let place = resolve(mention, sentenceCountries: [], articleCountries: countries) else { return nil }
        return location(mention, place, document, origin: .dateline)
    }
}
