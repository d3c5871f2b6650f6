extension CameoOntology {
    /// CAMEO's refusal of a cooperative act: "will not lift the ban" is not a lifting negated but a refusal to
    /// yield (1241), as CAMEO codes it and as GDELT and ICEWS count it. Consultations become rejected talks
    /// (125, mediation 126), material cooperation rejected cooperation (121x), aid rejected requests for aid
    /// (122x), yielding a refusal to yield (123x for political reform, 124x otherwise). Nil for codes CAMEO has
    /// no refusal of (statements, appeals, conflict).
    public func refusal(of code: CameoCode) -> CameoCode? { counterpart(of: code, in: Self.refusals) }

    /// CAMEO code (or its three- or two-digit prefix) → the code of its refusal.
    static let refusals: [String: String] = [
        "04": "125", "045": "126",
        "06": "121", "061": "1211", "062": "1212", "063": "1213",
        "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
        "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
        "084": "1243", "085": "1244", "086": "1245", "087": "1246",
    ]
}
