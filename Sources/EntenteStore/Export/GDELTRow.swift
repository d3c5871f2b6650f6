import EntenteCore
import Foundation

/// An event as a GDELT 2.0 event row: 61 tab-separated columns in the order of GDELT's event codebook.
/// ActionGeo is the event's location where the text gives one; the actors' geography is left empty (the
/// text rarely says where an actor was), AvgTone is 0 (we do not measure tone); modality and speaker have
/// no column (the JSON formats carry them).
enum GDELTRow {
    static let columnCount = 61

    static func line(_ e: StoredEvent) -> String {
        var columns: [String] = []
        columns.reserveCapacity(columnCount)
        if e.day > 0 {
            let year = e.day / 10_000, month = e.day / 100 % 100, day = e.day % 100
            let fraction = Double(year) + Double(month * 30 + day) / 365
            columns += [String(e.id), String(e.day), String(e.day / 100), String(year), String(format: "%.4f", fraction)]
        } else {
            columns += [String(e.id), "", "", "", ""]
        }
        columns += actorColumns(e.source)
        columns += e.target.map(actorColumns) ?? Array(repeating: "", count: 10)
        columns += [e.isRoot ? "1" : "0", e.code, e.baseCode, e.rootCode, String(e.quadClass), EventJSON.number(e.goldstein),
                    String(e.numMentions), String(e.numSources), String(e.numArticles), "0"]
        columns += Array(repeating: "", count: 2 * 8)   // Actor1Geo, Actor2Geo: 8 columns each
        columns += geoColumns(e.location)
        columns += [String(e.dateAdded), e.sourceURL]
        return columns.map(clean).joined(separator: "\t")
    }

    /// Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID; all empty where unknown.
    static func geoColumns(_ l: StoredLocation?) -> [String] {
        guard let l else { return Array(repeating: "", count: 8) }
        return [String(l.gdeltType), l.fullName, l.fips, l.gdeltADM1, "", String(format: "%.4f", l.latitude), String(format: "%.4f", l.longitude), l.id]
    }

    /// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code.
    static func actorColumns(_ actor: StoredActor) -> [String] {
        let parts = ActorCodeParts(actor.code, country: actor.country)
        return [actor.code, actor.name.uppercased(), actor.country ?? "", parts.knownGroup, "", parts.religions[safe: 0], parts.religions[safe: 1],
                parts.types[safe: 0], parts.types[safe: 1], parts.types[safe: 2]]
    }

    /// No tab or line break may break a row.
    static func clean(_ field: String) -> String {
        field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? field.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            : field
    }
}

/// A CAMEO actor code cut into its three-letter parts: country, role types, religions, a known group.
struct ActorCodeParts {
    var types: [String] = []
    var religions: [String] = []
    var knownGroup = ""

    /// CAMEO's role and organisation-type codes (chapter 3).
    static let typeCodes: Set<String> = [
        "GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "MED", "BUS", "CVL", "EDU", "ELI", "HLH", "HRI", "LAB", "REF",
        "SPY", "UAF", "AGR", "CRM", "DEV", "ENV", "INS", "MOD", "RAD", "SEP", "IGO", "NGO", "NGM", "MNC", "IMG", "PTY",
    ]
    static let religionCodes: Set<String> = [
        "CHR", "CTH", "PRO", "ORT", "MOS", "SHI", "SUN", "SFI", "ALE", "DRZ", "JEW", "BUD", "HIN", "SIK", "JAN", "TAO", "CON", "BAH", "ZRO", "ITH",
    ]

    init(_ code: String, country: String?) {
        var rest = Substring(code)
        if let country, rest.hasPrefix(country) { rest = rest.dropFirst(country.count) }
        while rest.count >= 3 {
            let part = String(rest.prefix(3))
            rest = rest.dropFirst(3)
            if Self.typeCodes.contains(part) { types.append(part) } else if Self.religionCodes.contains(part) { religions.append(part) } else if knownGroup.isEmpty { knownGroup = part }
        }
    }
}

extension Array where Element == String {
    subscript(safe index: Int) -> String { indices.contains(index) ? self[index] : "" }
}
