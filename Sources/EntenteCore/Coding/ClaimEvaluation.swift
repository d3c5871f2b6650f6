import Foundation

/// A gold file of claims about articles (the seed's `gold.json`): events that must be coded, claims that
/// must not be made, and conditions beyond today's coders.
public struct ClaimReport: Sendable {
    /// One checked claim and whether the coder's output satisfied it.
    public struct Check: Sendable {
        public var kind: String
        public var why: String
        public var passed: Bool
        public var detail: String
    }

    public var checks: [Check] = []
    /// Fields of `must` claims: how many claims had the field, how many events agreed.
    public var fieldTotals: [String: (agreed: Int, total: Int)] = [:]

    public var passed: Int { checks.filter(\.passed).count }

    /// Share of `must` claims with `field` that some coded event agreed with.
    public func accuracy(of field: String) -> Double {
        fieldTotals[field].map { ratio($0.agreed, $0.total) } ?? 0
    }
}

/// Checks claims of the seed gold format against coded events.
public enum ClaimEvaluation {
    public static func evaluate(gold data: Data, events: [Event], sentences: [Int: String]) throws -> ClaimReport {
        guard let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw EntenteError(.malformedJSON, file: "gold", line: nil, "expected a JSON object with must, must_not, beyond")
        }
        var report = ClaimReport()
        func inSentence(_ claim: [String: Any]) -> [Event] {
            guard let needle = claim["sentence_contains"] as? String else { return events }
            let indices = Set(sentences.filter { $0.value.contains(needle) }.map(\.key))
            return events.filter { indices.contains($0.sentence) }
        }
        func dyadMatches(_ e: Event, _ c: [String: Any]) -> Bool {
            if let s = c["source_country"] as? String, e.source.country != s { return false }
            if let t = c["target_country"] as? String, e.target?.country != t { return false }
            return true
        }
        func rootMatches(_ e: Event, _ c: [String: Any]) -> Bool {
            if let r = c["root"] as? String { return e.code.root == r }
            if let rs = c["root_in"] as? [String] { return rs.contains(e.code.root) }
            if let rs = c["roots"] as? [String] { return rs.contains(e.code.root) }
            return true
        }
        for claim in gold["must"] as? [[String: Any]] ?? [] {
            let candidates = inSentence(claim).filter { dyadMatches($0, claim) && rootMatches($0, claim) }
            var checks: [(String, (Event) -> Bool)] = []
            if let m = claim["modality"] as? String { checks.append(("modality", { $0.modality.rawValue == m })) }
            if let d = claim["date_prefix"] as? String { checks.append(("date", { $0.date?.description.hasPrefix(d) == true })) }
            if let s = claim["speaker_country"] as? String { checks.append(("speaker", { $0.speaker?.country == s })) }
            if let p = claim["source_code_prefix"] as? String { checks.append(("source code", { $0.source.code.hasPrefix(p) })) }
            let full = candidates.first { e in checks.allSatisfy { $0.1(e) } }
            for (field, check) in checks {
                var totals = report.fieldTotals[field] ?? (0, 0)
                totals.total += 1
                if candidates.contains(where: check) { totals.agreed += 1 }
                report.fieldTotals[field] = totals
            }
            let detail = full.map(describe) ?? (candidates.first.map { "closest: " + describe($0) } ?? "no event with that dyad and root")
            report.checks.append(.init(kind: "must", why: claim["why"] as? String ?? "", passed: full != nil, detail: detail))
        }
        for claim in gold["must_not"] as? [[String: Any]] ?? [] {
            let offending = inSentence(claim).first { e in
                dyadMatches(e, claim) && rootMatches(e, claim) && (claim["modality"] as? String).map { e.modality.rawValue == $0 } ?? true
            }
            report.checks.append(.init(kind: "must_not", why: claim["why"] as? String ?? "", passed: offending == nil,
                                       detail: offending.map { "made: " + describe($0) } ?? "not claimed"))
        }
        for claim in gold["beyond"] as? [[String: Any]] ?? [] {
            let candidates = inSentence(claim)
            let ok = (claim["condition_required"] as? Bool ?? false) ? candidates.contains { $0.condition != nil } : !candidates.isEmpty
            report.checks.append(.init(kind: "beyond", why: claim["why"] as? String ?? "", passed: ok,
                                       detail: candidates.first { $0.condition != nil }.map { "condition: \($0.condition?.text ?? "")" } ?? "no condition"))
        }
        return report
    }

    static func describe(_ e: Event) -> String {
        "\(e.code.code) \(e.source.code)>\(e.target?.code ?? "-") \(e.modality.rawValue) \(e.date?.description ?? "-") speaker \(e.speaker?.code ?? "-")"
    }
}
