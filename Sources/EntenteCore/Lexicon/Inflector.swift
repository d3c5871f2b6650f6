/// Which forms of a verb a word can be.
public struct VerbForms: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let base = VerbForms(rawValue: 1)
    public static let third = VerbForms(rawValue: 2)
    public static let past = VerbForms(rawValue: 4)
    public static let participle = VerbForms(rawValue: 8)
    public static let gerund = VerbForms(rawValue: 16)
}

/// English inflection: the forms of a verb from its base, the plural of a noun.
public struct Inflector: Sendable {
    /// Irregular verbs: base → (past forms, participles, third-person forms).
    public var irregular: [String: (past: [String], participle: [String], third: [String])] = [:]

    public init() {}

    /// Every written form of the verb `base`, with what each form can be.
    public func forms(of base: String) -> [(String, VerbForms)] {
        var out: [String: VerbForms] = [base: .base]
        func add(_ word: String, _ form: VerbForms) { out[word, default: []].insert(form) }
        if let irregular = irregular[base] {
            irregular.past.forEach { add($0, .past) }
            irregular.participle.forEach { add($0, .participle) }
            if irregular.third.isEmpty { add(Inflector.thirdPerson(base), .third) }
            irregular.third.forEach { add($0, .third) }
        } else {
            add(Inflector.thirdPerson(base), .third)
            for past in Inflector.pastForms(base) { add(past, [.past, .participle]) }
        }
        for gerund in Inflector.gerunds(base) { add(gerund, .gerund) }
        return out.map { ($0.key, $0.value) }
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func thirdPerson(_ base: String) -> String {
        if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch")
            || base.hasSuffix("sh") || base.hasSuffix("o") {
            return base + "es"
        }
        if endsInConsonantY(base) { return String(base.dropLast()) + "ies" }
        return base + "s"
    }

    static func pastForms(_ base: String) -> [String] {
        if base.hasSuffix("e") { return [base + "d"] }
        if endsInConsonantY(base) { return [String(base.dropLast()) + "ied"] }
        var forms = [base + "ed"]
        if let doubled = doubledFinal(base) { forms.append(doubled + "ed") }
        return forms
    }

    static func gerunds(_ base: String) -> [String] {
        if base.hasSuffix("ie") { return [String(base.dropLast(2)) + "ying"] }
        if base.hasSuffix("e"), !base.hasSuffix("ee"), !base.hasSuffix("ye"), !base.hasSuffix("oe"), base.count > 2 {
            return [String(base.dropLast()) + "ing"]
        }
        var forms = [base + "ing"]
        if let doubled = doubledFinal(base) { forms.append(doubled + "ing") }
        return forms
    }

    /// "stop" → "stopp": a final consonant after a single vowel may double (both forms are kept,
    /// since stress decides: visited, admitted). The "u" of "qu" is no vowel here: "equipped", "squatted".
    static func doubledFinal(_ base: String) -> String? {
        let chars = Array(base)
        guard chars.count >= 3, let last = chars.last, !vowels.contains(last), !"wxy".contains(last),
              vowels.contains(chars[chars.count - 2]) else { return nil }
        let before = chars[chars.count - 3]
        let quVowel = before == "u" && chars.count >= 4 && chars[chars.count - 4] == "q"
        guard !vowels.contains(before) || quVowel else { return nil }
        return base + String(last)
    }

    static func endsInConsonantY(_ word: String) -> Bool {
        // Bytes, not Characters: this runs for every pattern word at load.
        let bytes = word.utf8
        guard bytes.count >= 2, bytes.last == UInt8(ascii: "y") else { return false }
        let before = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        return !"aeiou".utf8.contains(before)
    }

    /// The regular plural of a noun (or of the last word of a phrase).
    public static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("z") || noun.hasSuffix("ch")
            || noun.hasSuffix("sh") {
            return noun + "es"
        }
        if endsInConsonantY(noun) { return String(noun.dropLast()) + "ies" }
        return noun + "s"
    }
}
