/// Precision, recall and F1 from counts.
public struct PRF: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

extension PRF {
    /// Adds another set of counts to these.
    public mutating func add(_ other: PRF) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
    }
}

/// How many of a number of judgements were right.
public struct Tally: Sendable, CustomStringConvertible {
    public var right = 0
    public var total = 0

    public init() {}

    public mutating func record(_ isRight: Bool) {
        total += 1
        if isRight { right += 1 }
    }

    public var share: Double { ratio(right, total) }
    public var description: String { String(format: "%.3f (%d of %d)", share, right, total) }
}

/// Scores of sentence-level labels over CAMEO's five classes (plus "no event" for predictions).
public struct PentaClassScore: Sendable {
    public static let labels = ["statement", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
    /// confusion[gold][predicted]; predicted index 5 is "no event coded".
    public var confusion = Array(repeating: Array(repeating: 0, count: 6), count: 5)

    public init() {}

    public mutating func add(gold: Int, predicted: Int?) {
        guard (0..<5).contains(gold) else { return }
        confusion[gold][predicted ?? 5] += 1
    }

    public var total: Int { confusion.joined().reduce(0, +) }
    public var accuracy: Double { ratio((0..<5).reduce(0) { $0 + confusion[$1][$1] }, total) }

    public func perClass(_ c: Int) -> PRF {
        var prf = PRF()
        prf.truePositives = confusion[c][c]
        prf.falseNegatives = confusion[c].reduce(0, +) - confusion[c][c]
        prf.falsePositives = (0..<5).reduce(0) { $0 + ($1 == c ? 0 : confusion[$1][c]) }
        return prf
    }

    public var macroF1: Double { (0..<5).map { perClass($0).f1 }.reduce(0, +) / 5 }
    /// Share of sentences for which nothing was coded.
    public var uncoded: Int { (0..<5).reduce(0) { $0 + confusion[$1][5] } }
}

/// The class a sentence-labelled set gives a sentence: that of its principal (first) event.
public func principalPentaClass(_ events: [Event]) -> Int? {
    events.first.map { $0.code.pentaClass }
}

/// An event reduced to what gold event files record: code, source and target actor codes.
public struct EventTriple: Sendable, Hashable {
    public var code: String
    public var source: String
    public var target: String

    public init(code: String, source: String, target: String) {
        self.code = code
        self.source = source
        self.target = target
    }

    /// The triple at a coarser level: root code and the actors' country (first three letters).
    public var coarse: EventTriple {
        EventTriple(code: String(code.prefix(2)), source: String(source.prefix(3)), target: String(target.prefix(3)))
    }
}

/// Counts matches between gold and coded triples, each gold triple matching at most one coded one.
public func scoreTriples(gold: [EventTriple], coded: [EventTriple], into prf: inout PRF) {
    var remaining = coded
    for triple in gold {
        if let index = remaining.firstIndex(of: triple) {
            prf.truePositives += 1
            remaining.remove(at: index)
        } else {
            prf.falseNegatives += 1
        }
    }
    prf.falsePositives += remaining.count
}
