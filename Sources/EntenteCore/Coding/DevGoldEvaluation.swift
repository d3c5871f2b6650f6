import Foundation

/// One sentence of the project's own dev gold (`Evaluation/dev-gold/`): where it is, and its events.
public struct DevGoldSentence: Sendable {
    /// An event as the annotator coded it; actors reduced to what is scored.
    public struct GoldEvent: Sendable {
        public var root: String
        public var source: String
        public var target: String
        public var modality: String
        public var speaker: String
        public var date: String
    }

    public var article: String
    public var sentence: Int
    public var events: [GoldEvent]
    public var phenomena: [String]

    /// The sentences of a dev gold file; `file` names it in errors.
    public static func read(_ text: String, file: String) throws(EntenteError) -> [DevGoldSentence] {
        var out: [DevGoldSentence] = []
        for (index, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let article = object["article"] as? String, let sentence = object["sentence"] as? Int,
                  let events = object["events"] as? [[String: Any]] else {
                throw EntenteError(.malformedJSON, file: file, line: index + 1, "a dev gold record needs article, sentence and events")
            }
            out.append(DevGoldSentence(
                article: article, sentence: sentence,
                events: events.compactMap { e in
                    guard let code = e["code"] as? String else { return nil }
                    return GoldEvent(root: String(code.prefix(2)),
                                     source: actorKey(e["source"] as? String, country: e["source_country"] as? String),
                                     target: actorKey(e["target"] as? String, country: e["target_country"] as? String),
                                     modality: e["modality"] as? String ?? "asserted",
                                     speaker: actorKey(e["speaker"] as? String, country: e["speaker_country"] as? String),
                                     date: e["date"] as? String ?? "-")
                },
                phenomena: object["phenomena"] as? [String] ?? []))
        }
        return out
    }

    /// What an actor is scored by: its state, or for an actor without one (an organisation, an armed group)
    /// its code's kind and last three letters ("IGOWSTNAT" and "IGONAT" are both NATO); "-" for none.
    static func actorKey(_ code: String?, country: String?) -> String {
        if let country, !country.isEmpty { return country }
        guard let code, code.count >= 3 else { return "-" }
        return String(code.prefix(3)) + String(code.suffix(3))
    }

    static func actorKey(_ actor: Actor?) -> String { actorKey(actor?.code, country: actor?.country) }
}

/// How the coder does on the dev gold: full events (root, source, target) and the context of those it
/// finds (modality, speaker, date).
public struct DevGoldReport: Sendable {
    public var sentences = 0
    public var events = PRF()
    /// Sentences whose first coded event is the gold's first (root, source, target), of those with gold events.
    public var principal = Tally()
    public var modality = Tally()
    public var speaker = Tally()
    public var date = Tally()
    /// Events of the sentences showing each phenomenon.
    public var byPhenomenon: [String: PRF] = [:]
    public var errors: [String] = []

    public var report: String {
        var out = "\(sentences) sentences\n"
        out += String(format: "events (root, source, target): P %.3f  R %.3f  F1 %.3f  (%d right, %d coded, %d gold)\n",
                      events.precision, events.recall, events.f1, events.truePositives,
                      events.truePositives + events.falsePositives, events.truePositives + events.falseNegatives)
        out += "principal event right: \(principal)\n"
        out += "of the events found: modality \(modality), speaker \(speaker), date \(date)\n"
        out += "by phenomenon (P, R of the events of its sentences):\n"
        for (name, prf) in byPhenomenon.sorted(by: { $0.key < $1.key }) {
            out += String(format: "  %-16@ P %.3f  R %.3f  (%d gold)\n", name as NSString, prf.precision, prf.recall, prf.truePositives + prf.falseNegatives)
        }
        return out
    }
}

public enum DevGoldEvaluation {
    /// Codes each article the gold names (from `articles`, by id) and scores the events of its annotated sentences.
    public static func evaluate(_ gold: [DevGoldSentence], articles: [String: Article], coder: EventCoder, collectErrors: Bool = false) -> DevGoldReport {
        var report = DevGoldReport()
        var coded: [String: [Event]] = [:]
        for sentence in gold {
            guard let article = articles[sentence.article] else {
                report.errors.append("\(sentence.article): not among the articles given")
                continue
            }
            let events = coded[sentence.article] ?? coder.code(article)
            coded[sentence.article] = events
            let mine = events.filter { $0.sentence == sentence.sentence }
            report.sentences += 1
            let goldKeys = sentence.events.map { "\($0.root) \($0.source)>\($0.target)" }
            let codedKeys = mine.map { "\($0.code.root) \(DevGoldSentence.actorKey($0.source))>\(DevGoldSentence.actorKey($0.target))" }
            // Each gold event takes the first coded event with its key that no other gold event took.
            var unmatched = Array(codedKeys.indices)
            var scored = PRF()
            for (g, key) in zip(sentence.events, goldKeys) {
                guard let position = unmatched.firstIndex(where: { codedKeys[$0] == key }) else {
                    scored.falseNegatives += 1
                    continue
                }
                let event = mine[unmatched.remove(at: position)]
                scored.truePositives += 1
                report.modality.record(g.modality == event.modality.rawValue)
                report.speaker.record(g.speaker == DevGoldSentence.actorKey(event.speaker))
                report.date.record(event.date.map { g.date.hasPrefix($0.description) || $0.description.hasPrefix(g.date) } ?? (g.date == "-"))
            }
            scored.falsePositives = unmatched.count
            report.events.add(scored)
            for name in sentence.phenomena { report.byPhenomenon[name, default: PRF()].add(scored) }
            if let first = goldKeys.first { report.principal.record(codedKeys.first == first) }
            if collectErrors, Set(goldKeys) != Set(codedKeys) {
                report.errors.append("\(sentence.article) #\(sentence.sentence): gold \(goldKeys) coded \(codedKeys)")
            }
        }
        return report
    }
}
