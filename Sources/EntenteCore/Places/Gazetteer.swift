import Foundation
import Synchronization

/// One place of the gazetteer: a country, a first-level division (ADM1) or a city, from GeoNames.
public struct GazetteerPlace: Sendable, Equatable {
    /// How precise a place is, coarsest first.
    public enum Feature: String, Sendable, Comparable {
        case country, adm1, city
        public static func < (a: Feature, b: Feature) -> Bool { a.rank < b.rank }
        var rank: Int { self == .country ? 0 : self == .adm1 ? 1 : 2 }
    }

    /// GeoNames' id of a country or city; a division's `CC.code` ("SY.11").
    public var id: String
    public var feature: Feature
    /// ISO 3166-1 alpha-3 of the country it lies in.
    public var country: String
    /// The FIPS 10-4 code of that country, which GDELT's geography columns use.
    public var fips: String
    /// The first-level division it lies in, as GeoNames writes it (`SY.11`, `US.CA`); nil for a country.
    public var adm1: String?
    public var latitude: Double
    public var longitude: Double
    public var population: Int
    public var name: String
}

/// Entente's gazetteer (`Dictionaries/places/gazetteer.tsv`, built from GeoNames by the script beside it):
/// places by every name they are known by, for finding where an event happened.
///
/// Loaded only when places are asked for, so that coding without them pays nothing.
public final class Gazetteer: Sendable {
    public let places: [GazetteerPlace]
    /// Every name folded (`PlaceName.fold`), with the place it names, whether it is the place's own name
    /// rather than an alternate (a former or foreign name: "Salisbury" was Harare's), and its length in scalars.
    let names: [Name]
    /// The first name of each first word ("new", "ar-raqqah"), and after each name the next with the same
    /// first word (-1 at the end): chains rather than an array per word, which would cost an allocation each.
    let firstName: [String: Int32]
    let nextName: [Int32]
    let countryByISO: [String: Int32]
    let divisionByCode: [String: Int32]

    struct Name {
        var text: String
        var place: Int32
        var primary: Bool
        var length: Int
    }

    public static let fileName = "places/gazetteer.tsv"

    init(places: [GazetteerPlace], names: [Name]) {
        self.places = places
        self.names = names
        var first: [String: Int32] = [:]
        first.reserveCapacity(names.count)
        var next = [Int32](repeating: -1, count: names.count)
        for (n, name) in names.enumerated() {
            let key = Self.firstWord(name.text)
            if let head = first.updateValue(Int32(n), forKey: key) { next[n] = head }
        }
        firstName = first
        nextName = next
        var countries: [String: Int32] = [:], divisions: [String: Int32] = [:]
        for (i, place) in places.enumerated() {
            if place.feature == .country { countries[place.country] = Int32(i) }
            if place.feature == .adm1, let code = place.adm1 { divisions[code] = Int32(i) }
        }
        countryByISO = countries
        divisionByCode = divisions
    }

    /// The names whose first word is `word` (folded).
    func names(startingWith word: String) -> some Sequence<Name> {
        sequence(state: firstName[word] ?? -1) { (n: inout Int32) -> Name? in
            guard n >= 0 else { return nil }
            defer { n = self.nextName[Int(n)] }
            return self.names[Int(n)]
        }
    }

    /// The first word of a folded name: what a token of the text is looked up by.
    static func firstWord(_ folded: String) -> String {
        guard let space = folded.firstIndex(of: " ") else { return folded }
        return String(folded[..<space])
    }

    /// The country with ISO alpha-3 `code`.
    public func country(_ code: String) -> GazetteerPlace? { countryByISO[code].map { places[Int($0)] } }

    /// The first-level division `code` (`SY.11`).
    public func division(_ code: String) -> GazetteerPlace? { divisionByCode[code].map { places[Int($0)] } }

    /// "Homs, Homs, Syria": a place with its division and country, as GDELT's full names read.
    public func fullName(_ place: GazetteerPlace) -> String {
        var parts = [place.name]
        if place.feature == .city, let code = place.adm1, let division = division(code), division.name != place.name { parts.append(division.name) }
        if place.feature != .country, let country = country(place.country) { parts.append(country.name) }
        return parts.joined(separator: ", ")
    }

    // MARK: Reading

    /// Reads the gazetteer file at `path` (tab-separated; see `Dictionaries/places/README.md`).
    public static func load(path: String) throws(EntenteError) -> Gazetteer {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw EntenteError(.unreadable, file: path, line: nil, "cannot read the gazetteer (\(error.localizedDescription))")
        }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw EntenteError(.malformedDictionary, file: path, line: nil, "the gazetteer is not UTF-8")
        }
        var places: [GazetteerPlace] = []
        var names: [Name] = []
        places.reserveCapacity(80_000)
        names.reserveCapacity(240_000)
        var lineNumber = 0
        var lineStart = 0
        // Fields are cut out of the bytes directly: a String per line and a Substring per field would make
        // loading several times slower, and it is paid by every command that places events.
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            var fields: [String] = []
            fields.reserveCapacity(10)
            var fieldStart = lineStart
            for i in lineStart...lineEnd where i == lineEnd || bytes[i] == UInt8(ascii: "\t") {
                fields.append(String(decoding: bytes[fieldStart..<i], as: UTF8.self))
                fieldStart = i + 1
            }
            func fail(_ why: String) -> EntenteError { EntenteError(.malformedDictionary, file: path, line: lineNumber, why) }
            guard fields.count == 10 else { throw fail("expected 10 tab-separated fields, found \(fields.count)") }
            guard let feature = GazetteerPlace.Feature(rawValue: fields[1]) else { throw fail("unknown feature '\(fields[1])'") }
            guard fields[2].utf8.count == 3 else { throw fail("'\(fields[2])' is not an ISO alpha-3 country code") }
            guard let latitude = Double(fields[5]), let longitude = Double(fields[6]), abs(latitude) <= 90, abs(longitude) <= 180 else {
                throw fail("'\(fields[5]) \(fields[6])' is not a latitude and longitude")
            }
            guard let population = Int(fields[7]), !fields[8].isEmpty else { throw fail("a population and a name are required") }
            let place = GazetteerPlace(id: fields[0], feature: feature, country: fields[2], fips: fields[3],
                                       adm1: fields[4].isEmpty ? nil : fields[4], latitude: latitude, longitude: longitude,
                                       population: population, name: fields[8])
            let number = Int32(places.count)
            places.append(place)
            func add(_ name: String, primary: Bool) {
                let folded = PlaceName.fold(name)
                names.append(Name(text: folded, place: number, primary: primary, length: folded.unicodeScalars.count))
            }
            add(place.name, primary: true)
            for alternate in fields[9].split(separator: "|") where !alternate.isEmpty { add(String(alternate), primary: false) }
        }
        guard !places.isEmpty else { throw EntenteError(.malformedDictionary, file: path, line: nil, "the gazetteer has no places") }
        return Gazetteer(places: places, names: names)
    }
}

/// Where the gazetteer is, read on first use and kept: a coder that never places an event never reads it.
public final class GazetteerSource: Sendable {
    public let path: String
    private let loaded = Mutex<Result<Gazetteer, EntenteError>?>(nil)

    public init(path: String) { self.path = path }

    /// The gazetteer, read the first time it is asked for; a file that cannot be read gives the same error each time.
    public func gazetteer() throws(EntenteError) -> Gazetteer {
        let result = loaded.withLock { state -> Result<Gazetteer, EntenteError> in
            if let state { return state }
            let result = Result { () throws(EntenteError) -> Gazetteer in try Gazetteer.load(path: path) }
            state = result
            return result
        }
        return try result.get()
    }
}
