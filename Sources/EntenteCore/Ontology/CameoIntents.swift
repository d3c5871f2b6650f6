extension CameoOntology {
    /// CAMEO's expression of intent to do an act, or its threat of it: "Farc said it will release the
    /// sergeant" is Farc expressing its intent to release (0353), as CAMEO codes what was said and done that
    /// day; "vowed to retaliate" a threat of force (138). Consultations are 036 (mediation 039), diplomatic
    /// cooperation 032, material cooperation 031x, aid 033x, political reform 034x, yielding 035x; reducing
    /// relations is threatened as 131x, coercion 132 or 137, violence 138x. Nil for other acts.
    public func intent(of code: CameoCode) -> CameoCode? { counterpart(of: code, in: Self.intents) }

    /// CAMEO code (or its three- or two-digit prefix) → the code of its intent or threat.
    static let intents: [String: String] = [
        "04": "036", "045": "039", "05": "032",
        "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
        "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
        "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
        "084": "0353", "085": "0354", "086": "0355", "087": "0356",
        "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "1313", "165": "1313", "166": "1313",
        "17": "137", "172": "132",
        "18": "1383", "19": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384", "196": "1384",
        "20": "1385",
    ]
}
