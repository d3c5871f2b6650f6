import Foundation

/// "Events in Syria" apart from "events by Syria": a country (ISO alpha-3, `SYR`) or a first-level division
/// (`SY.11`) that an event's location must lie in. `--in` of `entente events` and `in` of the API.
public struct PlaceFilter: Sendable, Equatable {
    public enum Area: Sendable, Equatable {
        case country(String)
        case division(String)
    }

    public var area: Area

    /// Reads `SYR` (any case) or `SY.11`; nil for anything else.
    public init?(parsing text: String) {
        let upper = text.uppercased()
        let scalars = Array(upper.unicodeScalars)
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 65 && s.value <= 90 }
        func isCode(_ s: Unicode.Scalar) -> Bool { isLetter(s) || (s.value >= 48 && s.value <= 57) }
        if scalars.count == 3, scalars.allSatisfy(isLetter) {
            area = .country(upper)
        } else if scalars.count >= 4, scalars.count <= 9, isLetter(scalars[0]), isLetter(scalars[1]), scalars[2] == ".",
                  scalars[3...].allSatisfy(isCode) {
            area = .division(upper)
        } else {
            return nil
        }
    }

    /// Whether a location lies in the area.
    public func contains(_ location: EventLocation?) -> Bool {
        guard let location else { return false }
        switch area {
        case .country(let code): return location.place.country == code
        case .division(let code): return location.place.adm1?.uppercased() == code
        }
    }
}

/// Events placed within about `kilometres` of a point: a box of that half-width around it (the same
/// box in SQL and in memory, so every store takes the same events). `--near` and `near` of the API.
public struct NearFilter: Sendable, Equatable {
    public var latitude: Double
    public var longitude: Double
    public var kilometres: Double

    /// Reads `LAT,LON` or `LAT,LON,KM` (50 km when not given, at most 10,000); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2 || parts.count == 3, let lat = parts[0], let lon = parts[1], abs(lat) <= 90, abs(lon) <= 180 else { return nil }
        let km = parts.count == 3 ? parts[2] : 50
        guard let km, km > 0, km <= 10_000 else { return nil }
        latitude = lat
        longitude = lon
        kilometres = km
    }

    /// Latitudes and longitudes of the box; longitudes are not wrapped across the antimeridian.
    public var box: (minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double) {
        let dLat = kilometres / 111.2
        let dLon = kilometres / (111.2 * max(0.01, cos(latitude * .pi / 180)))
        return (latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon)
    }

    public func contains(latitude lat: Double, longitude lon: Double) -> Bool {
        let b = box
        return lat >= b.minLatitude && lat <= b.maxLatitude && lon >= b.minLongitude && lon <= b.maxLongitude
    }
}
