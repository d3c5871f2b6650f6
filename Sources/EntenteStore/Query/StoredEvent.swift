/// An actor as stored on an event: its code, country and the name it was first reported under.
public struct StoredActor: Sendable, Equatable {
    public var code: String
    public var country: String?
    public var name: String
}

/// Where a stored event took place: its representative mention's location, as GDELT's ActionGeo columns need it.
public struct StoredLocation: Sendable, Equatable {
    /// ISO alpha-3.
    public var country: String
    /// GeoNames' first-level division (`SY.11`), if known.
    public var adm1: String?
    /// country, adm1 or city.
    public var feature: String
    /// "Homs, Homs, Syria".
    public var fullName: String
    /// FIPS 10-4 country code.
    public var fips: String
    public var latitude: Double
    public var longitude: Double
    /// The gazetteer's id.
    public var id: String

    /// GDELT's geography type: 1 country, 2 US state, 3 US city, 4 other city, 5 other first-level division.
    public var gdeltType: Int {
        switch feature {
        case "country": return 1
        case "adm1": return country == "USA" ? 2 : 5
        default: return country == "USA" ? 3 : 4
        }
    }

    /// GDELT's ADM1 code: FIPS country and division code ("SY11", "USCA"), or the country's alone.
    public var gdeltADM1: String {
        guard let adm1, let dot = adm1.firstIndex(of: ".") else { return fips }
        return fips + adm1[adm1.index(after: dot)...]
    }
}

/// One distinct event from the store, with GDELT's counts and, when asked for, its mentions' JSON.
public struct StoredEvent: Sendable, Equatable {
    public var id: Int64
    /// ISO date as precise as the text gave it ("2022-02-24", "2023-05"), empty when unknown.
    public var date: String
    /// YYYYMMDD of the date's first day, 0 when unknown.
    public var day: Int
    public var source: StoredActor
    public var target: StoredActor?
    public var code: String
    public var baseCode: String
    public var rootCode: String
    public var quadClass: Int
    public var goldstein: Double
    public var plover: String?
    public var modality: String
    public var isRoot: Bool
    public var numMentions: Int
    public var numSources: Int
    public var numArticles: Int
    public var sourceURL: String
    /// YYYYMMDDHHMMSS: the first mentioning article's date (the store keeps no clock time, so that runs agree).
    public var dateAdded: Int
    /// Where it took place, if the text says.
    public var location: StoredLocation?
    /// The mentions as `entente code` writes them (JSON objects), in article and sentence order.
    public var mentions: [String] = []
    /// Distinct speakers' codes over the mentions.
    public var speakers: [String] = []

    static let columns = """
        id, date, day, source_code, source_country, source_name, target_code, target_country, target_name, code, base_code, root_code,
        quad_class, goldstein, plover, modality, is_root, num_mentions, num_sources, num_articles, source_url, date_added,
        geo_country, geo_adm1, geo_feature, geo_name, geo_fips, geo_lat, geo_lon, geo_id
        """

    init?(row: SQLRow) {
        guard row.count >= 22, let id = row[0].int, let date = row[1].string, let day = row[2].int, let sourceCode = row[3].string,
              let code = row[9].string, let quad = row[12].int, let goldstein = row[13].double, let modality = row[15].string else { return nil }
        self.id = Int64(id)
        self.date = date
        self.day = day
        source = StoredActor(code: sourceCode, country: row[4].string, name: row[5].string ?? "")
        let targetCode = row[6].string ?? ""
        target = targetCode.isEmpty ? nil : StoredActor(code: targetCode, country: row[7].string, name: row[8].string ?? "")
        self.code = code
        baseCode = row[10].string ?? code
        rootCode = row[11].string ?? String(code.prefix(2))
        quadClass = quad
        self.goldstein = goldstein
        plover = row[14].string
        self.modality = modality
        isRoot = row[16].int == 1
        numMentions = row[17].int ?? 0
        numSources = row[18].int ?? 0
        numArticles = row[19].int ?? 0
        sourceURL = row[20].string ?? ""
        dateAdded = row[21].int ?? 0
        if row.count >= 30, let country = row[22].string, let feature = row[24].string, let lat = row[27].double, let lon = row[28].double {
            location = StoredLocation(country: country, adm1: row[23].string, feature: feature, fullName: row[25].string ?? "",
                                      fips: row[26].string ?? "", latitude: lat, longitude: lon, id: row[29].string ?? "")
        }
    }
}
