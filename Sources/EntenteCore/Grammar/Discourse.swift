/// What earlier sentences of an article tell later ones: who "he", "they" and "its" are, and which
/// people were introduced with a title.
struct Discourse {
    var lastPerson: Actor?
    var lastPlural: [Actor]?
    var lastInstitution: Actor?
    var knownPeople: [String: Actor] = [:]

    static let personal: Set<String> = ["he", "she", "him", "his", "her"]
    static let plural: Set<String> = ["they", "them", "their"]

    /// Resolves third-person pronouns in `mentions` in order and records what they introduce.
    mutating func resolve(_ mentions: inout [ActorMention], norms: [String]) {
        for index in mentions.indices {
            var mention = mentions[index]
            if mention.kind == .pronoun, let word = mention.pronoun {
                if Self.personal.contains(word), let person = lastPerson {
                    mention.members = [relocated(person, to: mention)]
                } else if Self.plural.contains(word), let group = lastPlural {
                    mention.members = group.map { relocated($0, to: mention) }
                } else if word == "its", let institution = lastInstitution {
                    mention.members = [relocated(institution, to: mention)]
                }
                if word == "his" || word == "her" || word == "its" || word == "their" { mention.isModifier = true }
                mentions[index] = mention
                continue
            }
            guard !mention.members.isEmpty, mention.kind != .firstPerson else { continue }
            if mention.members.count > 1 { lastPlural = mention.members }
            if mention.kind == .person, let person = mention.members.first {
                lastPerson = person
                register(person, tokens: mention.tokens, norms: norms)
            } else if mention.kind == .state || mention.kind == .organisation {
                lastInstitution = mention.members.last
                if mention.kind == .organisation || norms[mention.tokens.upperBound - 1].hasSuffix("s") { lastPlural = mention.members }
            } else if mention.kind == .role, norms[mention.tokens.upperBound - 1].hasSuffix("s") {
                lastPlural = mention.members
            }
        }
    }

    /// Remembers a titled person's name so that the surname alone finds them later.
    private mutating func register(_ person: Actor, tokens: Range<Int>, norms: [String]) {
        let words = person.text.split(separator: " ").map { String($0).lowercased() }
        guard words.count >= 2, words.count <= 4, person.text.first?.isUppercase == true else { return }
        knownPeople[words.joined(separator: " ")] = person
        if let last = words.last { knownPeople[last] = person }
    }

    private func relocated(_ actor: Actor, to mention: ActorMention) -> Actor {
        actor
    }
}
