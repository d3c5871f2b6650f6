/// TABARI/PETRARCH actors and agents: an actor whose code depends on the date, and agent codes joined
/// to the actor they stand with ("Arnor cleric" ARNREL, "MSF Arnor" NGOARN, "activists of Amnesty
/// International" NGMOPP, "officials" alone ---GOV, PETRARCH's null actor followed by the agent).
extension ActorRecognizer {
    /// The code of a dated entry on the article's date: the first restriction covering it, else the default.
    func datedCode(_ tenures: [Tenure], _ fallback: String?) -> String? {
        if let date, let tenure = tenures.first(where: { $0.covers(date) }) { return tenure.code }
        return fallback ?? (date == nil ? tenures.last?.code : nil)
    }

    /// The actor codes an entry gives (several for `FRO/BIL/SAM`), nil for no actor entry or a null code.
    private func actorCodes(_ entry: ActorEntry) -> [String]? {
        let code: String?
        switch entry {
        case .country(let c, _), .named(let c, _, _): code = c
        case .dated(let tenures, let fallback): code = datedCode(tenures, fallback)
        case .person(_, let country, let tenures): code = personCode(tenures, country: country)
        case .role, .agent: return nil
        }
        guard let code, code != "---" else { return nil }
        return code.split(separator: "/").map(String.init)
    }

    /// A phrase of PETRARCH agents with at most one actor, starting at item `k`; nil when item `k` is
    /// neither an agent nor an actor directly followed by one.
    func composeAgents(_ items: [Item], at k: Int) -> (ActorMention, Int)? {
        guard case .entry(let first) = items[k].raw else { return nil }
        if case .dated(let tenures, let fallback) = first, !hasAgent(items, after: k) {
            // A dated actor alone: its code on the article's date (a null code is no actor).
            guard let codes = actorCodes(.dated(tenures: tenures, fallback: fallback)) else { return (ActorMention(tokens: items[k].tokens, members: [], kind: .organisation), 1) }
            let tokens = items[k].tokens
            return (ActorMention(tokens: tokens, members: codes.map { actor($0, codeCountry($0), tokens) }, kind: .organisation), 1)
        }
        if case .agent = first {} else if !hasAgent(items, after: k) { return nil }
        var before: [String] = []
        var after: [String] = []
        var codes: [String]?
        var j = k
        var last: Range<Int>?
        var endsWithAgent = false
        scan: while j < items.count {
            if let last, !adjacent(last, items[j].tokens, allowing: ["'s", "'", "-"]) { break }
            guard case .entry(let entry) = items[j].raw else {
                // "Bree Prime Minister Romendacil": the name after a title is the titled person.
                if endsWithAgent, codes != nil, case .name = items[j].raw { last = items[j].tokens; j += 1 }
                break
            }
            if case .agent(let code, let placedBefore) = entry {
                if placedBefore { before.append(code) } else { after.append(code) }
                endsWithAgent = true
            } else if codes == nil, let found = actorCodes(entry) {
                codes = found
                endsWithAgent = false
            } else {
                if endsWithAgent, codes != nil, actorCodes(entry) != nil { last = items[j].tokens; j += 1 }
                break scan
            }
            last = items[j].tokens
            j += 1
        }
        // Item k was neither an agent nor an actor (an Entente role before an agent): not a PETRARCH phrase.
        guard j > k else { return nil }
        // "activists of Amnesty International", "lawmakers in Fornost and Gondor", "the government of Gondor".
        if codes == nil, let end = last, j < items.count, adjacent(end, items[j].tokens, allowing: ["of", "in", "the", "from"]),
           case .entry(let entry) = items[j].raw, let found = actorCodes(entry) {
            codes = found
            last = items[j].tokens
            j += 1
            while j < items.count, let end = last, case .entry(let next) = items[j].raw, let more = actorCodes(next),
                  coordinationGap(end, items[j].tokens), (end.upperBound..<items[j].tokens.lowerBound).contains(where: { norms[$0] == "and" || norms[$0] == "," }) {
                codes? += more
                last = items[j].tokens
                j += 1
            }
        }
        // "Danish media and government": an agent coordinated after the phrase shares its actor.
        var extra: [[String]] = []
        if codes != nil {
            while j < items.count, let end = last, case .entry(.agent(let code, false)) = items[j].raw,
                  (end.upperBound..<items[j].tokens.lowerBound).map({ norms[$0] }) == ["and"] {
                extra.append([code])
                last = items[j].tokens
                j += 1
            }
        }
        let end = max(last?.upperBound ?? items[k].tokens.upperBound, items[j - 1].tokens.upperBound)
        let tokens = items[k].tokens.lowerBound..<end
        let bases = codes ?? ["---"]
        var members: [Actor] = []
        for agents in [after] + extra {
            for base in bases {
                var code = before.joined() + base
                for agent in agents where !Self.contains(code.dropFirst(3), agent) { code += agent }
                members.append(actor(code, codeCountry(base), tokens))
            }
        }
        return (ActorMention(tokens: tokens, members: members, kind: codes == nil ? .role : .state), j - k)
    }

    private func hasAgent(_ items: [Item], after k: Int) -> Bool {
        guard k + 1 < items.count, case .entry(.agent) = items[k + 1].raw else { return false }
        return adjacent(items[k].tokens, items[k + 1].tokens, allowing: ["'s", "'", "-"])
    }

    /// Whether the code already has the agent's three-letter groups in order ("HGWGOVMED" has "GOVMED").
    static func contains(_ code: Substring, _ agent: String) -> Bool {
        var start = code.startIndex
        while start < code.endIndex {
            if code[start...].hasPrefix(agent) { return true }
            start = code.index(start, offsetBy: 3, limitedBy: code.endIndex) ?? code.endIndex
        }
        return false
    }
}

extension ActorRecognizer {
    /// Words that may stand between two coordinated actors: "and", commas, "the", and up to two
    /// lower-case modifiers ("Fornost and the evil awful Gondor"), but no verb or preposition.
    func coordinationGap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.upperBound <= b.lowerBound else { return false }
        var modifiers = 0
        for t in a.upperBound..<b.lowerBound {
            let word = norms[t]
            if ["and", ",", "the", "as", "well", "nor"].contains(word) { continue }
            let token = document.tokens[t]
            guard token.kind == .word, !token.isCapitalized || t == a.upperBound - 1, modifiers < 2,
                  !verbForms.contains(word), !WordClasses.prepositions.contains(word), !WordClasses.clauseBreaks.contains(word),
                  !WordClasses.determiners.contains(word), !Self.auxiliaries.contains(word), !Self.pronouns.contains(word) else { return false }
            modifiers += 1
        }
        return true
    }
}
