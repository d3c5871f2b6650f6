import Foundation

/// Where an event took place: the place as written and as the gazetteer resolves it (the `location` of
/// the output contract).
public struct EventLocation: Sendable, Equatable {
    /// How the place was found.
    public enum Origin: String, Sendable {
        /// The event's own sentence places it ("clashes in Homs province").
        case sentence
        /// Only the article's dateline does ("BAGHDAD, Iraq (Reuters) -").
        case dateline
    }

    /// The place as written.
    public var text: String
    public var place: GazetteerPlace
    /// Offsets of `text` in the article, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var origin: Origin
    /// The place with its division and country ("Homs, Homs, Syria"), for GDELT's full-name columns.
    public var fullName: String

    public init(text: String, place: GazetteerPlace, start: Int, end: Int, origin: Origin, fullName: String) {
        self.text = text
        self.place = place
        self.start = start
        self.end = end
        self.origin = origin
        self.fullName = fullName
    }
}

extension EventJSON {
    /// Appends a location object of the output contract.
    static func location(_ l: EventLocation, _ out: inout String) {
        out += "{\"text\":"
        string(l.text, &out)
        out += ",\"name\":"
        string(l.place.name, &out)
        out += ",\"country\":"
        string(l.place.country, &out)
        out += ",\"adm1\":"
        if let adm1 = l.place.adm1 { string(adm1, &out) } else { out += "null" }
        // Four decimals (about 10 m), as the gazetteer keeps coordinates.
        out += ",\"lat\":\(number(l.place.latitude, decimals: 4)),\"lon\":\(number(l.place.longitude, decimals: 4)),\"feature\":"
        string(l.place.feature.rawValue, &out)
        out += ",\"id\":"
        string(l.place.id, &out)
        out += ",\"span\":[\(l.start),\(l.end)],\"from\":"
        string(l.origin.rawValue, &out)
        out += "}"
    }

    /// A location object read back; the FIPS code is not in the contract and stays empty.
    static func decodedLocation(_ value: Any?) -> EventLocation? {
        guard let o = value as? [String: Any], let text = o["text"] as? String, let name = o["name"] as? String,
              let country = o["country"] as? String, let lat = (o["lat"] as? NSNumber)?.doubleValue, let lon = (o["lon"] as? NSNumber)?.doubleValue,
              let feature = (o["feature"] as? String).flatMap(GazetteerPlace.Feature.init(rawValue:)), let id = o["id"] as? String,
              let span = o["span"] as? [Int], span.count == 2,
              let origin = (o["from"] as? String).flatMap(EventLocation.Origin.init(rawValue:)) else { return nil }
        let place = GazetteerPlace(id: id, feature: feature, country: country, fips: "", adm1: o["adm1"] as? String,
                                   latitude: lat, longitude: lon, population: 0, name: name)
        return EventLocation(text: text, place: place, start: span[0], end: span[1], origin: origin, fullName: name)
    }
}
