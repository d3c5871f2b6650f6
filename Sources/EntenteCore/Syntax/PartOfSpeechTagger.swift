/// A greedy left-to-right part-of-speech tagger over averaged-perceptron weights (Penn Treebank tags,
/// as spaCy's English models write them), with a dictionary of frequent words that always take one tag
/// so that most tokens cost a table lookup and nothing more.
public struct PartOfSpeechTagger: Sendable {
    /// The tag names, indexed by tag number.
    public let tagNames: [String]
    let weights: SparseLinearModel
    /// Written forms (hashes of `LexicalAtoms.text`) seen often in training with one tag only.
    let tagDictionary: [UInt64: UInt8]

    static let noTag: UInt8 = 255
    static let featureCount = 22

    init(tagNames: [String], weights: SparseLinearModel, tagDictionary: [UInt64: UInt8]) {
        self.tagNames = tagNames
        self.weights = weights
        self.tagDictionary = tagDictionary
    }

    /// The tag number of `name`, if the model has it.
    public func tag(named name: String) -> UInt8? { tagNames.firstIndex(of: name).map(UInt8.init) }

    /// Tags the tokens of one sentence, `atoms[range]`, writing one tag number per token into `tags[range]`.
    public func tag(_ atoms: [LexicalAtoms], _ range: Range<Int>, into tags: inout [UInt8]) {
        var features = [UInt64](repeating: 0, count: Self.featureCount)
        var scores = [Int32](repeating: 0, count: weights.paddedClassCount)
        for i in range {
            if let known = tagDictionary[atoms[i].text] {
                tags[i] = known
                continue
            }
            let previous = i > range.lowerBound ? tags[i - 1] : Self.noTag
            let beforePrevious = i > range.lowerBound + 1 ? tags[i - 2] : Self.noTag
            Self.features(atoms, range, i, previous, beforePrevious, tagDictionary, into: &features)
            tags[i] = UInt8(best(features, &scores))
        }
    }

    private func best(_ features: [UInt64], _ scores: inout [Int32]) -> Int {
        scores.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return 0 }
            for c in 0..<out.count { base[c] = 0 }
            features.withUnsafeBufferPointer { weights.add($0, to: base) }
            var best = 0
            for c in 1..<tagNames.count where base[c] > base[best] { best = c }
            return best
        }
    }

    /// The features of token `i`: its own form, prefix, suffix and shape, its neighbours' forms and
    /// suffixes, the two tags before it and the dictionary tag of the word after it.
    @inline(__always)
    static func features(_ atoms: [LexicalAtoms], _ range: Range<Int>, _ i: Int, _ previous: UInt8, _ beforePrevious: UInt8,
                         _ dictionary: [UInt64: UInt8], into f: inout [UInt64]) {
        let start: UInt64 = 0x5354_4152_54, end: UInt64 = 0x454e_44
        let w = atoms[i]
        let p1 = i - 1 >= range.lowerBound ? atoms[i - 1] : nil
        let p2 = i - 2 >= range.lowerBound ? atoms[i - 2] : nil
        let n1 = i + 1 < range.upperBound ? atoms[i + 1] : nil
        let n2 = i + 2 < range.upperBound ? atoms[i + 2] : nil
        let t1 = UInt64(previous), t2 = UInt64(beforePrevious)
        let next = n1.map { UInt64(dictionary[$0.text] ?? noTag) } ?? 300
        let first: UInt64 = i == range.lowerBound ? 1 : 0
        f[0] = FeatureHash.feature(0, 1)
        f[1] = FeatureHash.feature(1, w.norm)
        f[2] = FeatureHash.feature(2, w.suffix)
        f[3] = FeatureHash.feature(3, w.prefix)
        f[4] = FeatureHash.feature(4, w.shape, first)
        f[5] = FeatureHash.feature(5, t1)
        f[6] = FeatureHash.feature(6, t1, t2)
        f[7] = FeatureHash.feature(7, t1, w.norm)
        f[8] = FeatureHash.feature(8, p1?.norm ?? start)
        f[9] = FeatureHash.feature(9, p1?.suffix ?? start)
        f[10] = FeatureHash.feature(10, p2?.norm ?? start)
        f[11] = FeatureHash.feature(11, n1?.norm ?? end)
        f[12] = FeatureHash.feature(12, n1?.suffix ?? end)
        f[13] = FeatureHash.feature(13, n2?.norm ?? end)
        f[14] = FeatureHash.feature(14, w.text, first)
        f[15] = FeatureHash.feature(15, next)
        f[16] = FeatureHash.feature(16, t1, next)
        f[17] = FeatureHash.feature(17, w.norm, n1?.norm ?? end)
        f[18] = FeatureHash.feature(18, p1?.norm ?? start, w.norm)
        f[19] = FeatureHash.feature(19, n1?.shape ?? end, w.shape)
        f[20] = FeatureHash.feature(20, w.suffix, t1)
        f[21] = FeatureHash.feature(21, next, w.suffix)
    }

    // MARK: Model file

    /// The tagger as a model file.
    public func modelFile() -> ModelFile {
        var file = ModelFile(kind: "tagger")
        file.sections = weights.sections(prefix: "weights")
        file.sections["tags"] = .strings(tagNames)
        let entries = tagDictionary.sorted { $0.key < $1.key }
        file.sections["dictionary.words"] = .uint64(entries.map(\.key))
        file.sections["dictionary.tags"] = .bytes(entries.map(\.value))
        return file
    }

    /// Reads a tagger from a model file.
    public init(file: ModelFile, path: String) throws(EntenteError) {
        guard file.kind == "tagger" else { throw EntenteError(.model, file: path, line: nil, "a \(file.kind) model where a tagger was expected") }
        let names = try file.strings("tags", file: path)
        let weights = try SparseLinearModel(file: file, prefix: "weights", path: path)
        let words = try file.uint64("dictionary.words", file: path)
        let tags = try file.bytes("dictionary.tags", file: path)
        guard words.count == tags.count, weights.classCount == names.count, tags.allSatisfy({ Int($0) < names.count }) else {
            throw EntenteError(.model, file: path, line: nil, "the tagger's tables do not agree in size")
        }
        var dictionary: [UInt64: UInt8] = [:]
        dictionary.reserveCapacity(words.count)
        for (word, tag) in zip(words, tags) { dictionary[word] = tag }
        self.init(tagNames: names, weights: weights, tagDictionary: dictionary)
    }
}
