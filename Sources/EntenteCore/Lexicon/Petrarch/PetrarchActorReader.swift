import Foundation

/// Reads TABARI/PETRARCH actor dictionaries into the actor lexicon: a primary phrase with an optional
/// `[CODE]`, synonyms on `+` lines, and date restrictions on indented lines (`[HOBGOV 19950601-19990815]`,
/// `[HOB <950601]`, `[HOBREB >990816]`, `[ZBW]` for the default).
public struct PetrarchActorReader {
    /// Whether a malformed entry stops the reading; otherwise it is reported in `diagnostics` and skipped.
    public var strict = true
    /// The malformed entries skipped when not strict, each naming file, line and what was expected.
    public private(set) var diagnostics: [EntenteError] = []

    public init() {}

    /// One record: its phrases, its default code and its restrictions.
    struct Record: Sendable {
        var phrases: [[String]] = []
        var code: String?
        var tenures: [Tenure] = []
    }

    /// Adds the actors of `lines` to `lexicon`.
    public mutating func read(_ lines: [PetrarchLine], into lexicon: inout ActorLexicon) throws(EntenteError) {
        Self.add(try parse(lines), into: &lexicon)
    }

    /// The records of `lines`, without touching a lexicon: files are parsed on several threads.
    mutating func parse(_ lines: [PetrarchLine]) throws(EntenteError) -> [Record] {
        var records: [Record] = []
        func handle(_ line: PetrarchLine) throws(EntenteError) {
            let text = line.trimmed
            let indented = line.text.utf8.first == UInt8(ascii: " ") || line.text.utf8.first == UInt8(ascii: "\t")
            if indented, text.utf8.first == UInt8(ascii: "[") {
                guard !records.isEmpty else { throw line.error("expected an actor phrase before the date restriction '\(text)'") }
                let (code, tenure) = try restriction(text, line)
                if let tenure { records[records.count - 1].tenures.append(tenure) } else { records[records.count - 1].code = code }
                return
            }
            if text.utf8.first == UInt8(ascii: "+") {
                guard !records.isEmpty else { throw line.error("expected an actor phrase before the synonym '\(text)'") }
                let (words, code, tenures) = try phrase(String(text.dropFirst()), line)
                if code != nil || !tenures.isEmpty {
                    records.append(Record(phrases: [words], code: code, tenures: tenures))
                } else {
                    records[records.count - 1].phrases.append(words)
                }
                return
            }
            let (words, code, tenures) = try phrase(text, line)
            records.append(Record(phrases: [words], code: code, tenures: tenures))
        }
        for line in lines {
            do { try handle(line) } catch {
                // A malformed entry is reported and skipped, or stops the reading when strict.
                if strict { throw error }
                diagnostics.append(error)
            }
        }
        return records
    }

    /// Adds one file's records to `lexicon`. In file order: whether a code's first three letters name a
    /// state depends on the files added before.
    static func add(_ records: [Record], into lexicon: inout ActorLexicon) {
        // A bare three-letter code names a state-like actor; longer codes starting with it belong to it.
        var states = Set<String>()
        for record in records {
            if let code = record.code, code.count == 3 { states.insert(code.uppercased()) }
            for tenure in record.tenures where tenure.code.count == 3 { states.insert(tenure.code.uppercased()) }
        }
        for record in records {
            let entry: ActorEntry
            if record.tenures.isEmpty {
                guard let code = record.code else { continue }
                let prefix = String(code.prefix(3)).uppercased()
                let country = states.contains(prefix) || lexicon.knownCodes.contains(prefix) ? prefix : nil
                entry = .named(code: code, country: country, anyCase: false)
            } else {
                entry = .dated(tenures: record.tenures, fallback: record.code)
            }
            for words in record.phrases { lexicon.phrases.insert(words, entry) }
        }
        lexicon.knownCodes.formUnion(states.filter { $0.allSatisfy { $0.isLetter } })
    }

    /// `ARNOR_  [ARN]`, `GOLLUM`, `ITHILEN TELEVISION  [ITHTV]`, and TABARI's restrictions on the same
    /// line (`JAVIER_DE_CUELLAR_  [IGOUNO 820101-911231] [ELI]`): words, default code and restrictions.
    func phrase(_ text: String, _ line: PetrarchLine) throws(EntenteError) -> ([String], String?, [Tenure]) {
        var code: String?
        var tenures: [Tenure] = []
        // `[` is ASCII: found in the bytes, without walking Characters.
        let name = text[..<(text.utf8.firstIndex(of: UInt8(ascii: "[")) ?? text.endIndex)]
        var rest = String(text[name.endIndex...])
        while let (_, inside, after) = PetrarchSource.bracketed(rest) {
            let (restricted, tenure) = try restriction("[" + inside + "]", line)
            if let tenure { tenures.append(tenure) } else { code = restricted }
            rest = after
        }
        guard !rest.has("["), !rest.has("]"), !name.has("]") else { throw line.error("expected '[CODE]' with both brackets in '\(text)'") }
        let words = PetrarchSource.words(name.trimmedBlanks)
        guard !words.isEmpty else { throw line.error("expected an actor phrase before the code in '\(text)'") }
        return (words, code, tenures)
    }

    /// `[CODE]`, `[CODE <date]`, `[CODE >date]`, `[CODE date-date]` (dates YYMMDD or YYYYMMDD, inclusive).
    func restriction(_ text: String, _ line: PetrarchLine) throws(EntenteError) -> (String, Tenure?) {
        guard let (_, inside, _) = PetrarchSource.bracketed(text) else { throw line.error("expected '[CODE date-restriction]', found '\(text)'") }
        let parts = inside.fields(separatedBy: " \t")
        guard let code = parts.first, Self.isCode(code), !Self.startsWithNumber(code), !code.hasPrefix("<"), !code.hasPrefix(">") else {
            throw line.error("expected an actor code before the date restriction in '[\(inside)]'")
        }
        let range = parts.dropFirst().joined()
        if range.isEmpty { return (code, nil) }
        let expected = "expected a date restriction '<DATE', '>DATE' or 'DATE-DATE' (YYMMDD or YYYYMMDD), found '\(range)'"
        if range.hasPrefix("<") {
            guard let date = Self.date(range.dropFirst()) else { throw line.error(expected) }
            return (code, Tenure(code: code, from: SimpleDate(year: 1, month: 1, day: 1), to: date))
        }
        if range.hasPrefix(">") {
            guard let date = Self.date(range.dropFirst()) else { throw line.error(expected) }
            return (code, Tenure(code: code, from: date, to: nil))
        }
        // Exactly one dash, found in the bytes.
        let utf8 = range.utf8
        guard let dash = utf8.firstIndex(of: UInt8(ascii: "-")), case let after = utf8.index(after: dash), !utf8[after...].contains(UInt8(ascii: "-")),
              let from = Self.date(range[..<dash]), let to = Self.date(range[after...]) else { throw line.error(expected) }
        return (code, Tenure(code: code, from: from, to: to))
    }

    /// Whether `code` starts with a digit (or another number, outside ASCII).
    static func startsWithNumber(_ code: String) -> Bool {
        guard let first = code.utf8.first else { return false }
        return first < 0x80 ? first >= 0x30 && first <= 0x39 : code.first?.isNumber == true
    }

    /// YYMMDD (years before 30 are this century's) or YYYYMMDD.
    static func date(_ text: Substring) -> SimpleDate? {
        // ASCII digits only, counted in bytes: every restriction of a Phoenix set passes here.
        let digits = text.utf8
        guard digits.count == 6 || digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else { return nil }
        var year = value / 10000
        if digits.count == 6 { year += year < 30 ? 2000 : 1900 }
        let month = value / 100 % 100
        let day = value % 100
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    /// Letters, digits and PETRARCH's null and multiple markers (`---`, `+++`, `FRO/BIL/SAM`).
    static func isCode(_ s: String) -> Bool {
        // Nearly every code is ASCII: answered from the bytes, without the Unicode tables.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return !s.isEmpty && s.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || "-+#/<>".utf8.contains(byte)
            }
        }
        return !s.isEmpty && !s.contains(" ") && s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-+#/<>".unicodeScalars.contains($0) }
    }
}
