import Foundation

extension EventJSON {
    /// Reads back an object `encode` wrote, so that a store can keep events as their JSON and still serve
    /// them as `Event`s. The code's name and exact Goldstein value come from `ontology` (the JSON rounds the
    /// value and has no name); a code the ontology lacks keeps the JSON's figures. Nil for anything else.
    public static func decode(_ json: String, ontology: CameoOntology) -> Event? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
        return event(object, ontology: ontology)
    }

    static func event(_ o: [String: Any], ontology: CameoOntology) -> Event? {
        guard let article = o["article"] as? String, let sentence = o["sentence"] as? Int, let span = o["span"] as? [Int], span.count == 2,
              let source = decodedActor(o["source"]), let codeText = o["code"] as? String,
              let modality = (o["modality"] as? String).flatMap(Modality.init(rawValue:)),
              let evidence = o["evidence"] as? String, let pattern = o["pattern"] as? String else { return nil }
        let code = ontology[codeText] ?? CameoCode(
            code: codeText, quadClass: o["quad_class"] as? Int ?? 0, goldstein: (o["goldstein"] as? NSNumber)?.doubleValue ?? 0,
            plover: o["plover"] as? String, name: "")
        var condition: Condition?
        if let c = o["condition"] as? [String: Any], let text = c["text"] as? String {
            condition = Condition(text: text, events: (c["event"] as? [String: Any]).flatMap { event($0, ontology: ontology) }.map { [$0] } ?? [])
        }
        return Event(article: article, sentence: sentence, span: (span[0], span[1]), source: source, target: decodedActor(o["target"]),
                     code: code, modality: modality, date: (o["date"] as? String).flatMap(SimpleDate.init(iso:)),
                     negated: o["negated"] as? Bool ?? (modality == .negated),
                     speaker: decodedActor(o["speaker"]), condition: condition, evidence: evidence, pattern: pattern,
                     location: decodedLocation(o["location"]))
    }

    /// An actor object; the speaker's has no span, so its span is empty.
    static func decodedActor(_ value: Any?) -> Actor? {
        guard let a = value as? [String: Any], let code = a["code"] as? String, let text = a["text"] as? String else { return nil }
        let span = a["span"] as? [Int] ?? []
        var refersTo: NamingWords?
        if let r = a["refers_to"] as? [String: Any], let words = r["text"] as? String, let at = r["span"] as? [Int], at.count == 2 {
            refersTo = NamingWords(text: words, start: at[0], end: at[1])
        }
        return Actor(code: code, country: a["country"] as? String, text: text, start: span.first ?? 0, end: span.last ?? 0, refersTo: refersTo)
    }
}
