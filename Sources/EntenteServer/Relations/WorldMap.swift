import EntenteCore
import Foundation

/// The world map the dashboard draws on: country outlines from Natural Earth, projected (Equal Earth) and
/// simplified by `Dictionaries/map/build-world-map.py` into `world-map.tsv`, and the same projection for
/// points, so that event places land where the outlines say.
struct WorldMap: Sendable {
    /// One country's outline: SVG path data in map units, and where its label or marker sits.
    struct Country: Sendable {
        let code: String
        let name: String
        let labelX: Double
        let labelY: Double
        let path: String
    }

    let countries: [Country]
    let width: Double
    let height: Double
    private let scale: Double, xOffset: Double, yOffset: Double, south: Double

    /// The bundled map, read once.
    static let shared: Result<WorldMap, EntenteError> = {
        do throws(EntenteError) {
            return .success(try WorldMap(text: try Resources.text("world-map", extension: "tsv"), file: "world-map.tsv"))
        } catch {
            return .failure(error)
        }
    }()

    /// Reads the map file: a `@projection` line, then one country per line (see the script for the format).
    init(text: String, file: String) throws(EntenteError) {
        var countries: [Country] = []
        var projection: [Double]?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.first == "@projection" {
                let numbers = fields.dropFirst(2).compactMap(Double.init)
                guard fields.count == 8, fields[1] == "equal-earth", numbers.count == 6 else {
                    throw EntenteError(.malformedDictionary, file: file, line: offset + 1, "expected @projection, equal-earth and six numbers")
                }
                projection = numbers
                continue
            }
            guard fields.count == 5, let x = Double(fields[2]), let y = Double(fields[3]), fields[0].count == 3 else {
                throw EntenteError(.malformedDictionary, file: file, line: offset + 1, "expected code, name, label x, label y and path")
            }
            countries.append(Country(code: fields[0], name: fields[1], labelX: x, labelY: y, path: fields[4]))
        }
        guard let projection else { throw EntenteError(.malformedDictionary, file: file, line: nil, "no @projection line") }
        (scale, xOffset, yOffset, width, height, south) = (projection[0], projection[1], projection[2], projection[3], projection[4], projection[5])
        self.countries = countries
    }

    /// A country's outline by its code.
    func country(_ code: String) -> Country? { countries.first { $0.code == code } }

    /// Map units of a point, by the projection the outlines were drawn with.
    func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        let (a1, a2, a3, a4, m) = (1.340264, -0.081106, 0.000893, 0.003796, 3.0.squareRoot() / 2)
        let lambda = longitude * .pi / 180, phi = max(latitude, south) * .pi / 180
        let theta = asin(m * sin(phi))
        let t2 = theta * theta, t6 = t2 * t2 * t2
        let x = 2 * 3.0.squareRoot() * lambda * cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
        let y = theta * (a4 * t6 * t2 + a3 * t6 + a2 * t2 + a1)
        let yMax = 1.3173627591574  // y at the pole: θ = π/3
        return ((x + xOffset) * scale, (yMax - y) * scale - yOffset)
    }
}
