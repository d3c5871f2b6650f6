/// Finds actor phrases in a sentence: states, organisations, office holders, roles combined with
/// countries ("Russian troops", "the army of Syria", "Foreign Minister Lavrov"), appositions
/// ("Georgy Zinoviev, the Russian Ambassador to Seoul") and coordinations ("Russia and China").
struct ActorRecognizer {
    let lexicon: ActorLexicon
    let document: Document
    let norms: [String]
    let date: SimpleDate?
    /// People introduced earlier in the article with a title ("Georgy Zinoviev, the Russian Ambassador"),
    /// by full name and by surname.
    var knownPeople: [String: Actor] = [:]
    /// Written forms of the event dictionary's verbs, to tell "troops withdrew" from "military base".
    var verbForms: Set<String> = []

    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must",
        "should", "did", "does", "do", "also", "then", "now", "still", "already", "reportedly", "and", "or", "but",
        "who", "which", "that", "said", "says", "say", "spokesman", "spokeswoman", "chief", "leader", "official",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "us", "our", "his", "her", "their", "its", "him", "them", "i", "my", "me"]
    static let firstPersonPlural: Set<String> = ["we", "us", "our"]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
    static let possessives: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]
    static let nonNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "if", "when", "while", "this",
        "that", "these", "those", "there", "according", "earlier", "later", "meanwhile", "however", "under",
        "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "our", "as", "for", "with", "from",
        "by", "to", "of", "since", "during", "both", "some", "many", "all", "no", "not", "one", "two", "last",
        "next", "new", "former", "ex", "mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr.", "so", "then", "also",
    ]

    /// Words that head the name of a body, with the CAMEO sector of a body so named: non-governmental
    /// organisations, parties, government departments and agencies, companies. Words that also name
    /// states' alliances, fronts or councils are left out: they are as often rebels, parties or governments.
    static let organisationHeads: [String: String] = [
        "federation": "NGO", "association": "NGO", "organization": "NGO", "organisation": "NGO", "foundation": "NGO",
        "society": "NGO", "network": "NGO", "institute": "NGO", "campaign": "NGO", "league": "NGO",
        "party": "PTY",
        "department": "GOV", "agency": "GOV", "bureau": "GOV", "commission": "GOV", "directorate": "GOV",
        "inc": "BUS", "inc.": "BUS", "corp": "BUS", "corp.": "BUS", "ltd": "BUS", "ltd.": "BUS", "airlines": "BUS", "airways": "BUS",
        "university": "EDU", "college": "EDU", "hospital": "HLH", "brigade": "REB", "brigades": "REB",
    ]

    /// Words of a name that make an armed movement of it, with a head such as "front" or "army" ("the Oromo
    /// Liberation Front", "the Earth Liberation Front", "the Lebanese Resistance Brigades").
    static let armedMovementWords: Set<String> = ["liberation", "resistance"]
    static let armedMovementHeads: Set<String> = ["front", "army", "movement", "forces", "tigers", "brigades"]

    enum Raw {
        case entry(ActorEntry)
        case pronoun(String)
        case name
    }

    struct Item {
        var tokens: Range<Int>
        var raw: Raw
    }

    /// Actor mentions of `sentence`, in text order, not overlapping.
    func mentions(in sentence: Sentence) -> [ActorMention] {
        let items = scan(sentence)
        var mentions: [ActorMention] = []
        var k = 0
        while k < items.count {
            if let (mention, used) = compose(items, at: k, sentenceEnd: sentence.tokens.upperBound) {
                mentions.append(mention)
                k += used
            } else {
                k += 1
            }
        }
        mentions = absorbAcronyms(mentions, sentenceEnd: sentence.tokens.upperBound)
        mentions = mergeAppositions(mentions)
        mentions = mergeCoordinations(mentions)
        for index in mentions.indices {
            let end = mentions[index].tokens.upperBound
            if end < sentence.tokens.upperBound, norms[end] == "'s" || norms[end] == "'" { mentions[index].isModifier = true }
        }
        return mentions
    }

    // MARK: Scanning

    private func scan(_ sentence: Sentence) -> [Item] {
        var items: [Item] = []
        let end = sentence.tokens.upperBound
        var i = sentence.tokens.lowerBound
        while i < end {
            if let (entry, length) = lexicon.phrases.longestMatch(norms, at: i, limit: end), accepts(entry, i, length),
               !isAttributiveRole(entry, at: i + length, end: end) {
                items.append(Item(tokens: i..<(i + length), raw: .entry(entry)))
                i += length
                continue
            }
            let token = document.tokens[i]
            if let (phrase, length) = Self.definiteDescription(norms, at: i, end: end), !document.tokens[i + length - 1].isCapitalized {
                items.append(Item(tokens: i..<(i + length), raw: .pronoun(phrase)))
                i += length
                continue
            }
            if Self.pronouns.contains(token.norm) {
                items.append(Item(tokens: i..<(i + 1), raw: .pronoun(token.norm)))
                i += 1
                continue
            }
            if isNameWord(i, sentenceStart: sentence.tokens.lowerBound) {
                var j = i + 1
                func continuesName(_ t: Int) -> Bool {
                    t < end && isNameWord(t, sentenceStart: sentence.tokens.lowerBound) && lexicon.phrases.longestMatch(norms, at: t, limit: end) == nil
                }
                while j < end {
                    if continuesName(j) { j += 1; continue }
                    // "Omar al-Bashir", "Ursula von der Leyen": particles and hyphens inside a name.
                    let p = pastParticles(j, limit: end)
                    guard p > j, lexicon.phrases.longestMatch(norms, at: j, limit: end) == nil, continuesName(p) else { break }
                    j = p + 1
                }
                items.append(Item(tokens: i..<j, raw: .name))
                i = j
                continue
            }
            i += 1
        }
        return items
    }

    /// Whether token `i` is a particle joined to a name by a hyphen: "al-Bashir", "el-Sisi".
    private func isParticleName(_ i: Int) -> Bool {
        // Asked of every word in lower case: the norm's hyphen and particle first, the written text only then.
        let norm = norms[i].utf8
        guard let dash = norm.firstIndex(of: UInt8(ascii: "-")), dash != norm.startIndex, norm.distance(from: norm.startIndex, to: dash) <= 5,
              Self.nameParticles.contains(String(norms[i][..<dash])) else { return false }
        let text = document.text(document.tokens[i].start, document.tokens[i].end)
        guard let written = text.firstIndex(of: "-") else { return false }
        return text[text.index(after: written)...].first?.isUppercase == true
    }

    /// The first token from `t` (up to three on, before `limit`) that is no particle of a name nor a hyphen.
    private func pastParticles(_ t: Int, limit: Int) -> Int {
        var p = t
        while p < limit, p < t + 3, Self.nameParticles.contains(norms[p]) || norms[p] == "-" { p += 1 }
        return p
    }

    /// Lower-case words inside a person's name: "al-Bashir", "bin Salman", "von der Leyen", "da Silva".
    static let nameParticles: Set<String> = [
        "al", "el", "bin", "ibn", "bint", "ould", "de", "da", "di", "du", "dos", "das", "do", "van", "von", "der", "den", "del", "della", "la", "le", "ter", "ul",
    ]

    /// Words after a role word that are no noun it could modify: more prepositions and words of time and
    /// place, so that "killed civilians during the war" and "arrested protesters yesterday" keep their actors.
    static let notNouns: Set<String> = [
        "during", "throughout", "inside", "outside", "around", "along", "alongside", "until", "till", "following", "beside",
        "besides", "off", "out", "up", "down", "back", "again", "too", "there", "here", "yesterday", "today", "tonight",
        "overnight", "now", "last", "this", "next", "earlier", "later", "recently", "already", "instead", "together",
        "abroad", "each", "every", "as", "so", "when", "whom", "what", "how", "why", "nor", "either", "neither", "than",
    ]

    /// "military base", "civilian casualties": a role word used as a modifier of another noun is no actor.
    private func isAttributiveRole(_ entry: ActorEntry, at next: Int, end: Int) -> Bool {
        guard case .role = entry, next < end else { return false }
        let token = document.tokens[next]
        guard token.kind == .word, !token.isCapitalized else { return false }
        let word = token.norm
        if Self.auxiliaries.contains(word) || WordClasses.prepositions.contains(word) || WordClasses.determiners.contains(word)
            || WordClasses.clauseBreaks.contains(word) || Self.notNouns.contains(word) || word.hasSuffix("ly") || word == "'s" || word == "'" {
            return false
        }
        if verbForms.contains(word) || word.hasSuffix("ed") || lexicon.phrases.startsWith(word) { return false }
        return true
    }

    /// Proper names need a capital; short upper-case names ("US", "UN", "IS") need all capitals.
    private func accepts(_ entry: ActorEntry, _ start: Int, _ length: Int) -> Bool {
        let first = document.tokens[start]
        switch entry {
        case .role, .agent, .named(_, _, true): return true
        case .country(_, let kind) where kind == .adj || kind == .people:
            return first.isCapitalized
        default:
            // "al-Bashir", "el-Sisi": a name may open with a particle in lower case.
            guard first.isCapitalized || first.kind == .number || isParticleName(start) else { return false }
            if length == 1, first.text.unicodeScalars.count <= 3, !first.text.contains(".") { return first.isAllCaps }
            return true
        }
    }

    private func isNameWord(_ i: Int, sentenceStart: Int) -> Bool {
        let token = document.tokens[i]
        guard token.kind == .word, token.isCapitalized || isParticleName(i), !Self.nonNames.contains(token.norm),
              MonthNames.month(token.norm) == nil, MonthNames.weekdays[token.norm] == nil else { return false }
        if i == sentenceStart, token.isCapitalized, !token.isAllCaps, knownPeople[token.norm] == nil {
            // A capitalised first word is a name only if the next word is capitalised too, or a particle
            // of a name and a capitalised word follow ("Omar al-Bashir").
            let next = pastParticles(i + 1, limit: norms.count)
            return next < norms.count && (document.tokens[next].isCapitalized || isParticleName(next)) && document.tokens[next].kind == .word
        }
        return true
    }

    /// Definite descriptions that refer back to actors: "the country", "the two sides", "both countries".
    static let descriptions: [[String]: String] = [
        ["the", "country"]: "the country", ["the", "kingdom"]: "the country", ["the", "republic"]: "the country",
        ["the", "two", "sides"]: "the two sides", ["both", "sides"]: "the two sides", ["the", "two", "countries"]: "the two sides",
        ["both", "countries"]: "the two sides", ["the", "two", "nations"]: "the two sides", ["the", "two", "states"]: "the two sides",
        ["the", "two", "leaders"]: "the two sides", ["the", "organisation"]: "the organisation", ["the", "organization"]: "the organisation",
        ["the", "bloc"]: "the organisation", ["the", "alliance"]: "the organisation",
    ]

    static func definiteDescription(_ norms: [String], at i: Int, end: Int) -> (String, Int)? {
        guard norms[i] == "the" || norms[i] == "both" else { return nil }
        for length in [3, 2] where i + length <= end {
            if let phrase = descriptions[Array(norms[i..<(i + length)])] {
                // "the country's" is still the country; "the country team" is not.
                return (phrase, length)
            }
        }
        return nil
    }

    // MARK: Composition

    func actor(_ code: String, _ country: String?, _ tokens: Range<Int>) -> Actor {
        var first = tokens.lowerBound
        while first < tokens.upperBound - 1, Self.determiners.contains(norms[first]) { first += 1 }
        let start = document.tokens[first].start
        let end = document.tokens[tokens.upperBound - 1].end
        return Actor(code: code, country: country, text: document.text(start, end), start: start, end: end)
    }

    func personCode(_ tenures: [Tenure], country: String?) -> String {
        if let date {
            if let tenure = tenures.first(where: { $0.covers(date) }) { return tenure.code }
            return (country ?? "") + "ELI"
        }
        return tenures.max(by: { $0.from < $1.from })?.code ?? (country ?? "") + "ELI"
    }

    func adjacent(_ a: Range<Int>, _ b: Range<Int>, allowing gap: Set<String> = []) -> Bool {
        if a.upperBound == b.lowerBound { return true }
        guard a.upperBound < b.lowerBound else { return false }
        return (a.upperBound..<b.lowerBound).allSatisfy { gap.contains(norms[$0]) }
    }

    /// The mention starting at item `k`, and the number of items it used.
    private func compose(_ items: [Item], at k: Int, sentenceEnd: Int) -> (ActorMention, Int)? {
        let item = items[k]
        switch item.raw {
        case .pronoun(let word):
            var mention = ActorMention(tokens: item.tokens, members: [], kind: Self.firstPersonPlural.contains(word) ? .firstPerson : .pronoun)
            mention.pronoun = word
            // "our country", "our relations": the pronoun stands for the speaker's state.
            return (mention, 1)
        case .name:
            let words = item.tokens.map { norms[$0] }
            if let known = knownPeople[words.joined(separator: " ")] ?? words.last.flatMap({ knownPeople[$0] }) {
                var member = known
                member.text = nameText(item.tokens)
                member.start = document.tokens[item.tokens.lowerBound].start
                member.end = document.tokens[item.tokens.upperBound - 1].end
                return (ActorMention(tokens: item.tokens, members: [member], kind: .person), 1)
            }
            // "The California Farm Bureau Federation", "the Department of Education": a name headed by a word for
            // a body is an organisation of that sector, of no state, though no dictionary names it.
            if item.tokens.count > 1 || k == 0 || norms[item.tokens.lowerBound - 1] == "the",
               let last = words.last, let sector = Self.organisationHeads[last] {
                return (ActorMention(tokens: item.tokens, members: [actor(sector, nil, item.tokens)], kind: .organisation), 1)
            }
            if item.tokens.count > 1, let last = words.last, Self.armedMovementHeads.contains(last),
               words.contains(where: Self.armedMovementWords.contains) {
                return (ActorMention(tokens: item.tokens, members: [actor("REB", nil, item.tokens)], kind: .organisation), 1)
            }
            // "Omar al-Bashir of Sudan": a person no dictionary names, of the state named after "of". Not a body
            // after "the" ("the Muslim Council of Britain"), nor words of a text in capitals.
            if item.tokens.count >= 2, item.tokens.lowerBound == 0 || norms[item.tokens.lowerBound - 1] != "the",
               nameText(item.tokens).contains(where: \.isLowercase),
               k + 1 < items.count, case .entry(.country(let code, let kind)) = items[k + 1].raw, kind == .name,
               norms[item.tokens.upperBound] == "of", adjacent(item.tokens, items[k + 1].tokens, allowing: ["of"]) {
                let tokens = item.tokens.lowerBound..<items[k + 1].tokens.upperBound
                return (ActorMention(tokens: tokens, members: [actor(code, code, tokens)], kind: .person), 2)
            }
            // A name alone is kept only as the head of an apposition, merged later.
            return (ActorMention(tokens: item.tokens, members: [], kind: .person), 1)
        case .entry(let entry):
            if let composed = composeAgents(items, at: k) { return composed }
            switch entry {
            case .country(let code, let kind):
                return composeModified(items, at: k, code: code, country: code, kind: .state, isAdjective: kind == .adj)
            case .named(let code, let country, _):
                return composeModified(items, at: k, code: code, country: country, kind: .organisation, isAdjective: false)
            case .person(_, let country, let tenures):
                let code = personCode(tenures, country: country)
                // "Assad's forces", "the Putin government": a leader's role words are their state's.
                if let state = country ?? codeCountry(code), k + 1 < items.count, case .entry(.role(let role)) = items[k + 1].raw,
                   adjacent(item.tokens, items[k + 1].tokens, allowing: ["'s", "'"]) {
                    return composeRole(items, at: k + 1, role: role, country: state, base: state, start: item.tokens.lowerBound).map { ($0.0, $0.1 + 1) }
                }
                return (ActorMention(tokens: item.tokens, members: [actor(code, country ?? codeCountry(code), item.tokens)], kind: .person), 1)
            case .role(let role):
                return composeRole(items, at: k, role: role, country: nil, base: nil, start: item.tokens.lowerBound)
            case .dated, .agent:
                return nil
            }
        }
    }

    func codeCountry(_ code: String) -> String? {
        let prefix = String(code.prefix(3))
        return lexicon.knownCodes.contains(prefix) ? prefix : nil
    }

    /// A country or organisation, possibly modifying roles: "Russian troops", "Syria's army", "NATO forces".
    private func composeModified(_ items: [Item], at k: Int, code: String, country: String?, kind: ActorMention.Kind, isAdjective: Bool) -> (ActorMention, Int)? {
        let item = items[k]
        // "India's deputy high commissioner", "Russia's acting defence minister": a rank word may stand between.
        if k + 1 < items.count, case .entry(.role(let role)) = items[k + 1].raw,
           adjacent(item.tokens, items[k + 1].tokens, allowing: Self.rankGap) {
            return composeRole(items, at: k + 1, role: role, country: country, base: code, start: item.tokens.lowerBound).map { ($0.0, $0.1 + 1) }
        }
        // "Russia's UN envoy", "the Greek U.N. representative": a state's diplomat at an organisation is the
        // state's, as CAMEO codes "the US ambassador to the UN"; the organisation only says where they serve.
        if kind == .state, k + 2 < items.count, case .entry(.named(let body, _, _)) = items[k + 1].raw, body.hasPrefix("IGO"),
           adjacent(item.tokens, items[k + 1].tokens, allowing: ["'s", "'"]),
           case .entry(.role(let role)) = items[k + 2].raw, role == "GOV" || role == "GOVDIP",
           adjacent(items[k + 1].tokens, items[k + 2].tokens, allowing: Self.rankGap) {
            return composeRole(items, at: k + 2, role: "GOVDIP", country: country, base: code, start: item.tokens.lowerBound).map { ($0.0, $0.1 + 2) }
        }
        // "The British High Commission", "the U.N. Conciliation Commission", "Japan Airlines Corp": a body named
        // after a state is that state's, of the body's sector; one named after an organisation is part of it.
        if k + 1 < items.count, case .name = items[k + 1].raw, adjacent(item.tokens, items[k + 1].tokens),
           let last = items[k + 1].tokens.last.map({ norms[$0] }), let sector = Self.organisationHeads[last] {
            let tokens = item.tokens.lowerBound..<items[k + 1].tokens.upperBound
            let codes = kind == .state ? code.split(separator: "/").map { $0 + sector } : code.split(separator: "/").map(String.init)
            return (ActorMention(tokens: tokens, members: codes.map { actor($0, country, tokens) }, kind: .organisation), 2)
        }
        // Adjective + office holder: "Russian President Vladimir Putin" is matched as role first; here
        // "Russian Vladimir Putin" style is rare. A bare adjective is the state, as a modifier.
        // A TABARI actor may stand for several ("THE_SHIRE [FRO/BIL/SAM]").
        var mention = ActorMention(tokens: item.tokens, members: code.split(separator: "/").map { actor(String($0), country, item.tokens) }, kind: kind)
        mention.isModifier = isAdjective
        return (mention, 1)
    }

    /// Words of rank that may stand between a state or organisation and its role ("Russia's acting defence
    /// minister", "the UN special envoy").
    static let rankGap: Set<String> = ["'s", "'", "-", "deputy", "acting", "senior", "top", "interim", "assistant", "outgoing", "incoming",
                                       "special", "permanent"]

    /// A role with its country (from a modifier before, or "of X" / "to X" after) and an optional name:
    /// "Foreign Minister Sergei Lavrov", "the ambassador of South Korea", "the Russian Ambassador to Seoul".
    private func composeRole(_ items: [Item], at k: Int, role: String, country: String?, base: String?, start: Int) -> (ActorMention, Int)? {
        var used = 1
        var end = items[k].tokens.upperBound
        var role = role
        var country = country
        var base = base
        var listed: [String] = []
        // Stacked roles ("government forces", "foreign ministry spokesman"): the last one is the head.
        while k + used < items.count, case .entry(.role(let next)) = items[k + used].raw,
              adjacent(items[k + used - 1].tokens, items[k + used].tokens) {
            role = next
            end = items[k + used].tokens.upperBound
            used += 1
        }
        // "… of Syria", "… to Seoul", "… in Moscow" after the role.
        if base == nil, k + used < items.count, case .entry(let entry) = items[k + used].raw,
           adjacent(items[k + used - 1].tokens, items[k + used].tokens, allowing: ["of", "to", "in", "from", "the", "for"]) {
            let connector = norms[items[k + used - 1].tokens.upperBound]
            // "withdrew its troops from Syria": forces someone owns are moved from a place, not of it.
            let owned = start > 0 && Self.possessives.contains(norms[start - 1])
            let armed = role.hasPrefix("MIL") || role.hasPrefix("REB")
            switch entry {
            case .country(let code, _) where connector == "of" || role.hasPrefix("GOVDIP") || connector == "from" && !(armed && owned) || connector == "in" && !armed:
                base = code
                country = code
                end = items[k + used].tokens.upperBound
                used += 1
                // "opponents of the Maldives government": the state's role word after it belongs to the phrase.
                if connector == "of", k + used < items.count, case .entry(.role) = items[k + used].raw, adjacent(items[k + used - 1].tokens, items[k + used].tokens) {
                    end = items[k + used].tokens.upperBound
                    used += 1
                } else if let (states, next) = stateList(items, after: k + used - 1) {
                    // "diplomats from Poland, Germany and Sweden": the role of each state of the list.
                    listed = states
                    end = items[next - 1].tokens.upperBound
                    used = next - k
                }
            case .named(let code, let c, _) where connector == "of":
                base = code
                country = c
                end = items[k + used].tokens.upperBound
                used += 1
            default: break
            }
        } else if base != nil, role.hasPrefix("GOVDIP"), k + used < items.count, case .entry(.country) = items[k + used].raw,
                  adjacent(items[k + used - 1].tokens, items[k + used].tokens, allowing: ["to", "in", "the"]) {
            // "the Russian Ambassador to Seoul": the host country belongs to the title, not to the events.
            end = items[k + used].tokens.upperBound
            used += 1
        }
        // "Boko Haram fighters": a group's own code already says what it is.
        var code = (base ?? "") + (base.map { $0.count > 3 && ($0.hasSuffix(role) || $0.dropFirst(3).hasPrefix(role)) } == true ? "" : role)
        var kind: ActorMention.Kind = .role
        // A name after the title: "President Putin", "Foreign Minister Sergei Lavrov"; a first name the
        // dictionary does not know may stand before a surname it does ("Prime Minister Andreas Papandreou").
        if k + used < items.count, adjacent(items[k + used - 1].tokens, items[k + used].tokens) {
            var firstNameUnknown = false
            if case .name = items[k + used].raw, k + used + 1 < items.count, case .entry(.person) = items[k + used + 1].raw,
               adjacent(items[k + used].tokens, items[k + used + 1].tokens) {
                used += 1
                firstNameUnknown = true
            }
            switch items[k + used].raw {
            case .entry(.person(_, let personCountry, let tenures)):
                let held = personCode(tenures, country: personCountry ?? country)
                // "Greek Prime Minister Andreas Papandreou" in 1987: a title the text gives says the office is
                // held, where the dictionary knows none of that date (it may know only another term, or a
                // namesake's); not a former one ("former secretary of state", or ELI's own words).
                let former = (max(0, start - 2)..<start).contains { ["former", "ex", "ex-", "late"].contains(norms[$0]) }
                // "Syria's UN ambassador Bashar Jaafari": a title of one state over a surname the dictionary gives
                // to another's office holder of another first name is a namesake's; the title says who they are.
                let namesake = firstNameUnknown && country != nil && (personCountry ?? codeCountry(held)).map { $0 != country } == true
                if namesake, let state = country {
                    code = (base ?? state) + role
                } else if held.hasSuffix("ELI"), role != "ELI", !former, let state = country ?? personCountry {
                    code = state + role
                } else {
                    code = held
                }
                country = namesake ? country : personCountry ?? country ?? codeCountry(code)
                end = items[k + used].tokens.upperBound
                used += 1
                kind = .person
            case .name:
                end = items[k + used].tokens.upperBound
                used += 1
                kind = .person
            default: break
            }
        }
        let tokens = start..<end
        if !listed.isEmpty {
            let others = listed.map { state in actor(state + code.dropFirst(base?.count ?? 0), state, tokens) }
            return (ActorMention(tokens: tokens, members: [actor(code, country, tokens)] + others, kind: .role), used)
        }
        return (ActorMention(tokens: tokens, members: [actor(code, country, tokens)], kind: kind), used)
    }

    /// The states listed after item `k`, a state, up to the one after "and" (", Germany and Sweden"), and the
    /// item after the list; nil where no "and" closes it (", Russia said" is no list).
    private func stateList(_ items: [Item], after k: Int) -> ([String], Int)? {
        var states: [String] = []
        var j = k + 1
        while j < items.count, case .entry(.country(let code, _)) = items[j].raw,
              items[j - 1].tokens.upperBound < items[j].tokens.lowerBound, adjacent(items[j - 1].tokens, items[j].tokens, allowing: [",", "and"]) {
            states.append(code)
            j += 1
            if norms[items[j - 1].tokens.lowerBound - 1] == "and" { return (states, j) }
        }
        return nil
    }

    // MARK: Merging

    /// "Nigerian Air Force (NAF) says": an acronym in brackets after an actor belongs to it.
    private func absorbAcronyms(_ mentions: [ActorMention], sentenceEnd: Int) -> [ActorMention] {
        mentions.map { mention in
            var m = mention
            let t = m.tokens.upperBound
            if t + 2 < sentenceEnd, norms[t] == "(", norms[t + 2] == ")", document.tokens[t + 1].isCapitalized {
                m.tokens = m.tokens.lowerBound..<(t + 3)
            }
            return m
        }
    }

    /// "Georgy Zinoviev, the Russian Ambassador to Seoul" and "the Russian Ambassador, Georgy Zinoviev,":
    /// one actor, named by the name, coded by the title. Bare names with no title are dropped.
    private func mergeAppositions(_ mentions: [ActorMention]) -> [ActorMention] {
        var out: [ActorMention] = []
        var k = 0
        while k < mentions.count {
            var m = mentions[k]
            if m.kind == .person, m.members.isEmpty, k + 1 < mentions.count {
                let next = mentions[k + 1]
                if !next.members.isEmpty, next.kind == .role || next.kind == .person,
                   adjacent(m.tokens, next.tokens, allowing: [",", "the", "a", "an", "former", "ex"]),
                   norms[m.tokens.upperBound] == "," {
                    m.members = next.members.map { var a = $0; a.text = nameText(m.tokens); a.start = document.tokens[m.tokens.lowerBound].start; a.end = document.tokens[m.tokens.upperBound - 1].end; return a }
                    m.tokens = m.tokens.lowerBound..<next.tokens.upperBound
                    out.append(m)
                    k += 2
                    continue
                }
            }
            if m.kind == .role, !m.members.isEmpty, k + 1 < mentions.count {
                let next = mentions[k + 1]
                if next.kind == .person, next.members.isEmpty, adjacent(m.tokens, next.tokens, allowing: [","]),
                   norms[m.tokens.upperBound] == "," {
                    m.members = m.members.map { var a = $0; a.text = nameText(next.tokens); a.start = document.tokens[next.tokens.lowerBound].start; a.end = document.tokens[next.tokens.upperBound - 1].end; return a }
                    m.tokens = m.tokens.lowerBound..<next.tokens.upperBound
                    m.kind = .person
                    out.append(m)
                    k += 2
                    continue
                }
            }
            if m.members.isEmpty && m.kind == .person {
                k += 1
                continue
            }
            out.append(m)
            k += 1
        }
        return out
    }

    private func nameText(_ tokens: Range<Int>) -> String {
        document.text(document.tokens[tokens.lowerBound].start, document.tokens[tokens.upperBound - 1].end)
    }

    /// "Russia and China", "France, Germany and Britain": one mention with several members.
    private func mergeCoordinations(_ mentions: [ActorMention]) -> [ActorMention] {
        var out: [ActorMention] = []
        for m in mentions {
            if var last = out.last, !last.members.isEmpty, !m.members.isEmpty, !last.isModifier || m.isModifier,
               last.kind != .pronoun, m.kind != .pronoun,
               coordinationGap(last.tokens, m.tokens), !joinsClauses(last, m),
               (last.tokens.upperBound..<m.tokens.lowerBound).contains(where: { norms[$0] == "and" || norms[$0] == "nor" })
                || last.kind == m.kind && coordinatedList(out, last, m) {
                last.members += m.members
                last.tokens = last.tokens.lowerBound..<m.tokens.upperBound
                if last.kind != m.kind { last.kind = .state }
                out[out.count - 1] = last
            } else {
                out.append(m)
            }
        }
        return out
    }

    /// "Japan lifted sanctions on India, and Pakistan condemned it": ", and" after a lone actor joins two
    /// clauses; after a list ("Russia, China, and Iran") it ends the list.
    private func joinsClauses(_ last: ActorMention, _ m: ActorMention) -> Bool {
        let gap = last.tokens.upperBound..<m.tokens.lowerBound
        return gap.contains { norms[$0] == "," } && gap.contains { norms[$0] == "and" } && !last.tokens.contains { norms[$0] == "," }
    }

    /// "France, Germany and Britain": a comma joins only when an "and" follows in the same list.
    private func coordinatedList(_ out: [ActorMention], _ last: ActorMention, _ m: ActorMention) -> Bool {
        guard last.tokens.upperBound < m.tokens.lowerBound, norms[last.tokens.upperBound] == "," else { return false }
        // The list may go on with more names before its "and": "Mordor, Rohan, Fornost and Bree".
        var j = m.tokens.upperBound
        while j < norms.count, j < m.tokens.upperBound + 10 {
            if norms[j] == "and" { return true }
            if norms[j] != ",", norms[j] != "the", !document.tokens[j].isCapitalized { return false }
            j += 1
        }
        return false
    }
}
