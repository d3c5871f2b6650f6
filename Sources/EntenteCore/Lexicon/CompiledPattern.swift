/// An event pattern in the form the matcher reads: words as vocabulary numbers, counts precomputed.
///
/// Matching compares small integers instead of hashing strings, which is most of the coder's time
/// when a common head ("said", "called") has hundreds of patterns.
struct CompiledPattern: Sendable {
    /// A pattern element with its words numbered.
    enum Element: Sendable, Equatable {
        case literal([Int32], optional: Bool)
        case target
        case source
        /// Word sequences, matched by their written forms (see `EventPattern.Element.phrase`).
        case phrase([[String]], adjacent: Bool)
    }

    var before: [Element]
    var after: [Element]
    var specificity: Int
    var gapBefore: Int
    var gapAfter: Int
    var requiresCompound: Bool
    /// One signature per required literal: a sentence lacking all of a literal's words cannot match.
    var required: [WordSignature]

    init(_ pattern: EventPattern, vocabulary: inout WordVocabulary) {
        // The signatures are made as the words are numbered: a synset of a hundred words is hashed once
        // per pattern, not twice (a Phoenix set has thousands of patterns on a few large synsets).
        var signatures: [WordSignature] = []
        func compile(_ element: EventPattern.Element) -> Element {
            switch element {
            case .literal(let words, let optional):
                let ids = words.sorted().map { vocabulary.id(adding: $0) }
                if !optional { signatures.append(WordSignature(ids)) }
                return .literal(ids, optional: optional)
            case .target: return .target
            case .source: return .source
            case .phrase(let alternatives, let adjacent):
                // First words are numbered too, so that they can rule a sentence out.
                var firsts: [Int32] = []
                firsts.reserveCapacity(alternatives.count)
                for alternative in alternatives {
                    if let first = alternative.first { firsts.append(vocabulary.id(adding: first)) }
                }
                if !alternatives.contains(where: { $0.isEmpty }) { signatures.append(WordSignature(firsts)) }
                return .phrase(alternatives, adjacent: adjacent)
            }
        }
        before = pattern.before.map(compile)
        after = pattern.after.map(compile)
        required = signatures
        specificity = pattern.specificity
        gapBefore = pattern.gapBefore
        gapAfter = pattern.gapAfter
        requiresCompound = pattern.requiresCompound
    }
}

/// Numbers for the words that event patterns name; every other word is `WordVocabulary.unknown`.
struct WordVocabulary: Sendable {
    static let unknown: Int32 = -1
    private var ids: [String: Int32] = [:]

    /// The word's number, adding it if new.
    mutating func id(adding word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    /// The word's number, or `unknown`.
    func id(_ word: String) -> Int32 { ids[word] ?? Self.unknown }

    /// How many words are numbered.
    var count: Int { ids.count }
}

/// A 256-bit set of word numbers, to rule out patterns whose words a sentence lacks without a scan.
struct WordSignature: Sendable {
    private var bits = SIMD4<UInt64>(repeating: 0)

    init<S: Sequence>(_ ids: S) where S.Element == Int32 {
        for id in ids where id >= 0 { insert(id) }
    }

    @inline(__always)
    mutating func insert(_ id: Int32) {
        let bit = Int(id) & 255
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    func overlaps(_ other: WordSignature) -> Bool { (bits & other.bits) != .zero }
}

/// What the matcher needs to know of a word, found by the word's vocabulary number: one hash lookup
/// per token instead of one per question.
struct WordEntry: Sendable {
    /// Patterns whose verb head has this form, with what the form can be.
    var verbPatterns: [(Int, VerbForms)] = []
    /// Patterns whose noun head has this form.
    var nounPatterns: [Int] = []
    /// Whether the word is a form of some pattern's verb head.
    var isVerbForm = false
    /// Whether that form can be a past participle (a passive).
    var canBeParticiple = false
    var classes: WordClassSet = []
}

/// The closed word classes the matcher asks about.
struct WordClassSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let clauseBreak = WordClassSet(rawValue: 1)
    static let beForm = WordClassSet(rawValue: 2)
    static let nounMarker = WordClassSet(rawValue: 4)
    static let baseFormContext = WordClassSet(rawValue: 8)
}

/// The required-literal signatures of every pattern in one flat array, so that ruling a pattern out
/// touches no reference-counted storage.
struct SignatureTable: Sendable {
    private var signatures: [WordSignature] = []
    /// Pattern index → its signatures' range in `signatures`.
    private var ranges: [Range<Int32>] = []

    mutating func append(_ required: [WordSignature]) {
        let start = Int32(signatures.count)
        signatures.append(contentsOf: required)
        ranges.append(start..<Int32(signatures.count))
    }

    /// Whether a sentence with `signature` has a word of each required literal of pattern `index`
    /// (false positives allowed).
    @inline(__always)
    func mayMatch(_ index: Int, _ signature: WordSignature) -> Bool {
        let range = ranges[index]
        var i = Int(range.lowerBound)
        while i < Int(range.upperBound) {
            if !signatures[i].overlaps(signature) { return false }
            i += 1
        }
        return true
    }
}
