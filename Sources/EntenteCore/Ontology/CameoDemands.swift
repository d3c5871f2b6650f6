extension CameoOntology {
    /// CAMEO's demand for an act: "Russia says Israel must end its attacks on Syria" is Russia demanding
    /// (10) that Israel de-escalate (1056), not Israel ending anything. Material cooperation is demanded as
    /// 101x, diplomatic cooperation 102, aid 103x, political reform 104x, yielding 105x, talks 106, mediation
    /// 108; any other act, or one demanded not to happen ("must not"), is a demand (100).
    public func demand(of code: CameoCode, negated: Bool) -> CameoCode? {
        guard !negated, let demand = counterpart(of: code, in: Self.demands) else { return self["100"] }
        return demand
    }

    /// CAMEO code (or its three- or two-digit prefix) → the code of its demand.
    static let demands: [String: String] = [
        "04": "106", "045": "108", "05": "102",
        "06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
        "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
        "08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
        "084": "1053", "085": "1054", "086": "1055", "087": "1056",
    ]
}
