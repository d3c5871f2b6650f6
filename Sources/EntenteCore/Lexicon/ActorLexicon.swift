import Foundation

/// How a country is named: its name, an adjective, a demonym, or its seat of government.
public enum CountryNameKind: String, Sendable {
    case name, adj, people, seat
}

/// A period during which a person holds an office, and the code the office gives.
public struct Tenure: Sendable, Hashable {
    public var code: String
    public var from: SimpleDate
    public var to: SimpleDate?

    /// Whether `date` falls within the tenure (dates compared at their first day).
    public func covers(_ date: SimpleDate) -> Bool {
        let day = date.firstDay
        if day < from.firstDay { return false }
        if let to, to.lastDay < day { return false }
        return true
    }
}

/// What an actor phrase in the dictionaries stands for.
public enum ActorEntry: Sendable {
    /// A state, named in one of its ways.
    case country(code: String, kind: CountryNameKind)
    /// A named organisation, group or region with a full CAMEO code; `anyCase` when the dictionary
    /// writes the name in lower case ("peacekeeper", "al-Qaeda"), so that it needs no capital in text.
    case named(code: String, country: String?, anyCase: Bool)
    /// A role or agent ("troops", "foreign minister").
    case role(code: String)
    /// A person with offices over time.
    case person(name: String, country: String?, tenures: [Tenure])
    /// A TABARI/PETRARCH actor whose code depends on the date: the first restriction covering the
    /// article's date gives the code, else `fallback`; a code may list several actors (`FRO/BIL/SAM`).
    case dated(tenures: [Tenure], fallback: String?)
    /// A TABARI/PETRARCH agent: a code joined to its actor's, after it (`~GOV`) or before it (`NGO~`).
    case agent(code: String, before: Bool)
}

/// All actor phrases of the dictionaries.
public struct ActorLexicon: Sendable {
    public var phrases = PhraseTable<ActorEntry>()
    /// Countries' display names, by code.
    public var countryNames: [String: String] = [:]
    /// Adjectives of each country, used to speak of a country's government ("the Russian side").
    public var knownCodes: Set<String> = []

    public init() {}

    /// Adds the records of a countries file.
    public mutating func addCountries(_ records: [DictionaryRecord]) throws(EntenteError) {
        for record in records {
            guard record.fields.count == 3 else { throw record.error("expected 'CODE  KIND  names' (3 fields), found \(record.fields.count)") }
            let code = record.fields[0]
            guard isCode(code, lengths: [3]) else { throw record.error("expected a 3-letter country code, found '\(code)'") }
            guard let kind = CountryNameKind(rawValue: record.fields[1]) else {
                throw record.error("expected kind name, adj, people or seat, found '\(record.fields[1])'")
            }
            let names = try DictionaryFile.names(record.fields[2], in: record)
            if kind == .name, countryNames[code] == nil { countryNames[code] = names[0] }
            knownCodes.insert(code)
            for name in names {
                let words = phraseWords(name)
                phrases.insert(words, .country(code: code, kind: kind))
                if kind == .people { phrases.insert(pluralized(words), .country(code: code, kind: kind)) }
                // Adjectives in -an and -i are their people's name too, in the plural: "killed three
                // Palestinians", "deported 165 Venezuelans", "Iraqis voted" (not "the French", "the Chinese").
                if kind == .adj, let last = words.last, last.count > 3, last.hasSuffix("an") || last.hasSuffix("i") {
                    phrases.insert(pluralized(words), .country(code: code, kind: .people))
                }
            }
        }
    }

    /// Adds the records of an organisations, groups or regions file: `CODE  names  [country=XXX]`.
    public mutating func addNamed(_ records: [DictionaryRecord]) throws(EntenteError) {
        for record in records {
            guard (2...3).contains(record.fields.count) else { throw record.error("expected 'CODE  names  [country=XXX]'") }
            let code = record.fields[0]
            guard isCode(code, lengths: [3, 6, 9, 12, 15]) else { throw record.error("expected a CAMEO actor code (letters, a multiple of 3), found '\(code)'") }
            var country: String?
            if record.fields.count == 3 {
                let field = record.fields[2]
                guard field.hasPrefix("country="), isCode(String(field.dropFirst(8)), lengths: [3]) else {
                    throw record.error("expected 'country=XXX' in the third field, found '\(field)'")
                }
                country = String(field.dropFirst(8))
            }
            for name in try DictionaryFile.names(record.fields[1], in: record) {
                let anyCase = name.first?.isLowercase == true
                phrases.insert(phraseWords(name), .named(code: code, country: country, anyCase: anyCase))
            }
        }
    }

    /// Adds the records of the roles file: `ROLE  names`.
    public mutating func addRoles(_ records: [DictionaryRecord]) throws(EntenteError) {
        for record in records {
            guard record.fields.count == 2 else { throw record.error("expected 'ROLE  names' (2 fields)") }
            let code = record.fields[0]
            guard isCode(code, lengths: [3, 6, 9]) else { throw record.error("expected role letters in threes, found '\(code)'") }
            for name in try DictionaryFile.names(record.fields[1], in: record) {
                let words = phraseWords(name)
                phrases.insert(words, .role(code: code))
                phrases.insert(pluralized(words), .role(code: code))
            }
        }
    }

    /// Adds the records of an office-holders file: `CODE  FROM..TO  names`.
    public mutating func addOfficeHolders(_ records: [DictionaryRecord]) throws(EntenteError) {
        var tenuresByName: [String: (display: String, tenures: [Tenure])] = [:]
        var order: [String] = []
        for record in records {
            guard record.fields.count == 3 else { throw record.error("expected 'CODE  FROM..TO  names' (3 fields)") }
            let code = record.fields[0]
            guard isCode(code, lengths: [6, 9, 12]) else { throw record.error("expected an actor code such as RUSGOV, found '\(code)'") }
            let range = record.fields[1]
            let parts = range.components(separatedByString: "..")
            guard parts.count == 2, let from = SimpleDate(iso: parts[0]) else {
                throw record.error("expected a date range FROM..TO (YYYY[-MM[-DD]]), found '\(range)'")
            }
            var to: SimpleDate?
            if !parts[1].isEmpty {
                guard let end = SimpleDate(iso: parts[1]) else { throw record.error("expected an end date YYYY[-MM[-DD]], found '\(parts[1])'") }
                guard !(end.lastDay < from.firstDay) else { throw record.error("expected a range that ends after it starts, found '\(range)'") }
                to = end
            }
            let names = try DictionaryFile.names(record.fields[2], in: record)
            let tenure = Tenure(code: code, from: from, to: to)
            for name in names {
                let key = phraseWords(name).joined(separator: " ")
                if tenuresByName[key] == nil {
                    order.append(key)
                    tenuresByName[key] = (names[0], [])
                }
                tenuresByName[key]?.tenures.append(tenure)
            }
        }
        for key in order {
            guard var value = tenuresByName[key] else { continue }
            let words = key.split(separator: " ").map(String.init)
            // A name in an earlier file keeps its terms and gains these ("Netanyahu" in the files of the
            // 1990s and of today): files are read one by one, and the first must not hide the others.
            switch phrases.exact(words) {
            case .person(let name, _, let earlier)?:
                value = (name, earlier + value.tenures)
            case nil:
                break
            default:
                continue
            }
            let country = value.tenures.first.map { String($0.code.prefix(3)) }
            phrases.replace(words, .person(name: value.display, country: country.flatMap { knownCodes.contains($0) ? $0 : nil }, tenures: value.tenures))
        }
    }

    private func pluralized(_ words: [String]) -> [String] {
        guard let last = words.last, last.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return words }
        return words.dropLast() + [Inflector.plural(last)]
    }

    private func isCode(_ code: String, lengths: Set<Int>) -> Bool {
        lengths.contains(code.count) && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}

extension String {
    /// Splits on a literal separator string.
    func components(separatedByString separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
