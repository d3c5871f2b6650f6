/// What the ontology says about one CAMEO event code.
public struct CameoCode: Sendable, Hashable {
    public var code: String
    public var quadClass: Int
    public var goldstein: Double
    /// PLOVER event type; nil for statements, which PLOVER does not code.
    public var plover: String?
    public var name: String

    /// The two-digit root.
    public var root: String { String(code.prefix(2)) }

    /// CAMEO's five classes used by sentence-labelled sets (ConfliBERT's): 0 statement (01-02), 1 verbal
    /// cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13 and 16), 4 material
    /// conflict (14-15, 17-20).
    public var pentaClass: Int { CameoCode.pentaClass(root: root) }

    public static func pentaClass(root: String) -> Int {
        switch Int(root) ?? 0 {
        case 1...2: return 0
        case 3...5: return 1
        case 6...8: return 2
        // Reducing relations (sanctions, expelled diplomats, cut aid, broken ties) is conflict without force:
        // the people who labelled ConfliBERT's sentences class it as verbal conflict (68 of the 71 sentences
        // of its train split whose principal event Entente codes 16), though its README gives 14-20 as material.
        case 9...13, 16: return 3
        default: return 4
        }
    }
}

/// The CAMEO event codes with quad class, Goldstein value and PLOVER type.
public struct CameoOntology: Sendable {
    public private(set) var codes: [String: CameoCode] = [:]

    public init() {}

    /// Reads `code  quad  goldstein  plover  name` records.
    public init(records: [DictionaryRecord]) throws(EntenteError) {
        for record in records {
            guard record.fields.count == 5 else { throw record.error("expected 'code  quad  goldstein  plover  name'") }
            let f = record.fields
            guard f[0].count >= 2, f[0].count <= 4, f[0].allSatisfy(\.isNumber) else { throw record.error("expected a CAMEO code of 2-4 digits, found '\(f[0])'") }
            guard let quad = Int(f[1]), (1...4).contains(quad) else { throw record.error("expected a quad class 1-4, found '\(f[1])'") }
            guard let goldstein = Double(f[2]), (-10...10).contains(goldstein) else { throw record.error("expected a Goldstein value in -10…10, found '\(f[2])'") }
            guard codes[f[0]] == nil else { throw record.error("expected each code once; '\(f[0])' is defined again") }
            codes[f[0]] = CameoCode(code: f[0], quadClass: quad, goldstein: goldstein, plover: f[3] == "-" ? nil : f[3], name: f[4])
        }
    }

    public subscript(code: String) -> CameoCode? { codes[code] }

    /// The code `table` gives for `code` (a refusal, a demand, an intent of it): by the whole code, else
    /// its three-digit prefix, else its root.
    func counterpart(of code: CameoCode, in table: [String: String]) -> CameoCode? {
        guard let target = table[code.code] ?? table[String(code.code.prefix(3))] ?? table[code.root] else { return nil }
        return self[target]
    }

    /// Admits a code that a TABARI/PETRARCH dictionary uses outside CAMEO's table (the validation
    /// suite's `1717`, `903`, `174K`): it takes the quad class and Goldstein value of its root when the
    /// root is CAMEO's, and none otherwise. The null code `---` and TABARI's discard code `###` are never admitted: they code no event.
    public mutating func admit(_ code: String) {
        guard codes[code] == nil, code != "---", !code.contains("#") else { return }
        let root = codes[String(code.prefix(2))]
        codes[code] = CameoCode(code: code, quadClass: root?.quadClass ?? 0, goldstein: root?.goldstein ?? 0,
                                plover: root?.plover, name: "outside CAMEO (from a PETRARCH dictionary)")
    }
}
