/// What earlier sentences of an article tell later ones: who "he", "they" and "its" are, and which
/// people were introduced with a title.
struct Discourse {
    var lastPerson: Actor?
    var lastPlural: [Actor]?
    var lastInstitution: Actor?
    var lastState: Actor?
    /// The last actor with a country named by each role ("GOV" → Japan's foreign ministry).
    var lastRole: [String: Actor] = [:]
    var lastOrganisation: Actor?
    /// The last two different states named, for "the two sides".
    var lastPair: [Actor]?
    var knownPeople: [String: Actor] = [:]
    /// Sentences since `lastInstitution` was named: "it" reaches back one sentence at most.
    var sentencesSinceInstitution = 0

    /// Marks the start of a new sentence.
    mutating func nextSentence() { sentencesSinceInstitution += 1 }

    /// "It would be unusual", "it seems", "it depended on": "it" that stands for no actor.
    static func isExpletive(_ at: Int, _ norms: [String]) -> Bool {
        func word(_ k: Int) -> String { at + k < norms.count ? norms[at + k] : "" }
        if ["seems", "seemed", "appears", "appeared", "depends", "depended", "remains", "remained", "means", "meant", "emerged", "follows", "turned", "took", "takes"].contains(word(1)) { return true }
        var k = 1
        if ["would", "will", "could", "might", "may", "must", "should"].contains(word(k)) { k += 1 }
        guard ["is", "was", "'s", "be", "has", "had", "been"].contains(word(k)) else { return false }
        k += 1
        if word(k) == "been" || word(k) == "not" || word(k) == "also" { k += 1 }
        let next = word(k)
        let adjectiveEndings = ["al", "ble", "ual", "ant", "ent", "ely", "ear", "ous", "ic", "ful", "ive", "ary"]
        return ["time", "up", "clear", "likely", "hard", "easy", "true", "unclear", "too", "so", "a", "an", "the", "because", "that"].contains(next)
            || adjectiveEndings.contains { next.hasSuffix($0) }
    }

    static let personal: Set<String> = ["he", "she", "him", "his", "her"]
    static let plural: Set<String> = ["they", "them", "their"]
    /// Roles of a state's own bodies (government, military, police, legislature, judiciary), which a definite
    /// mention with no country takes from the state the story names.
    static let stateBodies: Set<String> = ["GOV", "MIL", "COP", "LEG", "JUD"]

    /// Role words that name bodies, not people: "he" never refers to them.
    static let collectives: Set<String> = [
        "government", "ministry", "administration", "army", "military", "police", "court", "parliament", "cabinet",
        "regime", "authority", "authorities", "office", "department", "agency", "council", "committee", "embassy",
        "consulate", "delegation", "media", "force", "forces", "navy", "company", "party", "opposition", "legislature",
        "senate", "congress", "assembly", "junta", "presidency", "mission", "service", "command", "bank", "union",
    ]

    /// Resolves third-person pronouns in `mentions` in order and records what they introduce.
    mutating func resolve(_ mentions: inout [ActorMention], norms: [String]) {
        for index in mentions.indices {
            var mention = mentions[index]
            if mention.kind == .pronoun, let word = mention.pronoun {
                if word == "the country", let state = lastState {
                    mention.members = [state]
                } else if word == "the organisation", let organisation = lastOrganisation {
                    mention.members = [organisation]
                } else if word == "the two sides", let group = lastPlural ?? lastPair {
                    mention.members = group
                } else if Self.personal.contains(word), let person = lastPerson {
                    mention.members = [person]
                } else if Self.plural.contains(word), let group = lastPlural {
                    mention.members = group
                } else if word == "its" || word == "it" && !Self.isExpletive(mention.tokens.lowerBound, norms),
                          sentencesSinceInstitution <= 1, let institution = lastInstitution {
                    mention.members = [institution]
                }
                if word == "his" || word == "her" || word == "its" || word == "their" { mention.isModifier = true }
                mentions[index] = mention
                continue
            }
            guard !mention.members.isEmpty, mention.kind != .firstPerson else { continue }
            // "the minister", "the representative of the presidential administration", "the ministry": a
            // definite role with no country names someone introduced before.
            if mention.kind == .role, mention.members.count == 1, mention.members[0].country == nil,
               mention.tokens.lowerBound > 0, norms[mention.tokens.lowerBound - 1] == "the" {
                let role = mention.members[0].code
                let head = norms[mention.tokens.upperBound - 1]
                if !Self.collectives.contains(head), let person = lastPerson,
                   person.code.count == 3 || person.code.hasSuffix(role) {
                    mention.members = [person]
                    mention.pronoun = "the " + head
                    mention.kind = .person
                    mentions[index] = mention
                    continue
                }
                if let earlier = lastRole[role] {
                    mention.members = [earlier]
                    mention.pronoun = "the " + head
                    mentions[index] = mention
                    continue
                }
                // "the government", "the army", "the police": a state's own body, that of the state the story
                // last named, as a reader takes it.
                if Self.stateBodies.contains(role), Self.collectives.contains(head), let state = lastState, let country = state.country {
                    mention.members[0].country = country
                    mention.members[0].code = country + role
                    mentions[index] = mention
                    lastRole[role] = mention.members[0]
                    continue
                }
            }
            if mention.kind == .role, let member = mention.members.first, member.country != nil {
                lastRole[String(member.code.dropFirst(3))] = member
            }
            if mention.members.count > 1 { lastPlural = mention.members }
            if mention.kind == .person, let person = mention.members.first {
                lastPerson = person
                register(person, tokens: mention.tokens, norms: norms)
            } else if mention.kind == .state || mention.kind == .organisation {
                if mention.kind == .state, let state = mention.members.last {
                    if let previous = lastState, previous.code != state.code { lastPair = [previous, state] }
                    lastState = state
                }
                if mention.kind == .organisation { lastOrganisation = mention.members.last }
                // "Greek jets" are plural: "its" after them is not theirs ("Turkey said that Greek jets had
                // violated its airspace"), "their" is.
                if mention.isModifier, Self.beforePlural(mention.tokens.upperBound, norms) {
                    lastPlural = mention.members
                    continue
                }
                // "Washington has a role in talks in Geneva and Astana and has focused its energies on …": a place
                // named after a preposition does not take "its" from the actor this sentence already named.
                if mention.kind == .state, sentencesSinceInstitution == 0, Self.isPlace(index, mentions, norms) { continue }
                lastInstitution = mention.members.last
                sentencesSinceInstitution = 0
                if mention.kind == .organisation || norms[mention.tokens.upperBound - 1].hasSuffix("s") { lastPlural = mention.members }
            } else if mention.kind == .role {
                let head = norms[mention.tokens.upperBound - 1]
                // One person only: "officials of Egypt and Jordan" are nobody's "he".
                if !Self.collectives.contains(head), !head.hasSuffix("s"), mention.members.count == 1, let person = mention.members.first { lastPerson = person }
                if norms[mention.tokens.upperBound - 1].hasSuffix("s") { lastPlural = mention.members } else {
                    lastInstitution = mention.members.last
                    sentencesSinceInstitution = 0
                }
            }
        }
    }

    /// Whether mention `index` is where something happens: after "in", "at" or "near", or after "and" or a comma
    /// that joins it to such a place ("in Moscow and Beijing", "in Geneva and Astana").
    static func isPlace(_ index: Int, _ mentions: [ActorMention], _ norms: [String]) -> Bool {
        var start = mentions[index].tokens.lowerBound
        var previous = index - 1
        while start > 0 {
            let word = norms[start - 1]
            if ["in", "at", "near"].contains(word) { return true }
            guard word == "and" || word == "," else { return false }
            // A place no dictionary names before it ("in Geneva and Astana"): one or two words after the preposition.
            if (2...3).contains(where: { start - 1 - $0 >= 0 && ["in", "at", "near"].contains(norms[start - 1 - $0]) }) { return true }
            guard previous >= 0, mentions[previous].tokens.upperBound == start - 1 else { return false }
            start = mentions[previous].tokens.lowerBound
            previous -= 1
        }
        return false
    }

    /// Whether the word at `t` is a plural noun ("jets", "troops"): what a state's adjective before it modifies.
    static func beforePlural(_ t: Int, _ norms: [String]) -> Bool {
        guard t < norms.count else { return false }
        let word = norms[t]
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"),
              word.unicodeScalars.allSatisfy({ $0.properties.isLowercase || $0 == "-" }) else { return false }
        return true
    }

    /// Remembers a titled person's name so that the surname alone finds them later.
    private mutating func register(_ person: Actor, tokens: Range<Int>, norms: [String]) {
        let words = person.text.split(separator: " ").map { String($0).lowercased() }
        guard words.count >= 2, words.count <= 4, person.text.first?.isUppercase == true else { return }
        knownPeople[words.joined(separator: " ")] = person
        if let last = words.last { knownPeople[last] = person }
    }
}
