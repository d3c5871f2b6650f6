/// A greedy transition-based dependency parser (arc-hybrid) over averaged-perceptron weights, labelling
/// arcs with the dependency labels of spaCy's English models (nsubj, dobj, prep, pobj, ccomp, …).
///
/// Classes: 0 is SHIFT, `1 + l` is LEFT with label `l`, `1 + L + l` is RIGHT with label `l`, for the
/// `L` labels of `labelNames`, whose first is the root's label.
public struct DependencyParser: Sendable {
    public let labelNames: [String]
    let weights: SparseLinearModel
    static let featureCount = 80

    init(labelNames: [String], weights: SparseLinearModel) {
        self.labelNames = labelNames
        self.weights = weights
    }

    var labelCount: Int { labelNames.count }

    /// The label number of `name`, if the model has it.
    public func label(named name: String) -> UInt8? { labelNames.firstIndex(of: name).map(UInt8.init) }

    /// Working storage of `parse`, kept from one sentence to the next.
    public struct Scratch {
        var state = ArcHybridState(n: 0)
        var features = [UInt64](repeating: 0, count: DependencyParser.featureCount)
        var scores: [Int32]

        public init(parser: DependencyParser) { scores = [Int32](repeating: 0, count: parser.weights.paddedClassCount) }
    }

    /// Parses one sentence given its words' `LexicalAtoms.norm` hashes and tag numbers. Writes each token's
    /// head (an index into the sentence, or -1 for a root) and label number; `scratch` is reused across sentences.
    public func parse(words: ArraySlice<UInt64>, tags: ArraySlice<UInt8>, heads: inout [Int32], labels: inout [UInt8], scratch: inout Scratch) {
        let n = words.count
        // Taken out of the scratch for the sentence, so that each array has one owner and is never copied.
        var state = ArcHybridState.empty, features: [UInt64] = [], scores: [Int32] = []
        swap(&state, &scratch.state)
        swap(&features, &scratch.features)
        swap(&scores, &scratch.scores)
        state.reset(n: n)
        let context = ParseContext(words: words, tags: tags)
        let labelCount = labelCount
        while !state.isTerminal {
            // With nothing on the stack to attach, SHIFT is the only move: no need to score it.
            if !state.canLeft && !state.canRight {
                state.shift()
                continue
            }
            context.features(state, into: &features)
            let move = scores.withUnsafeMutableBufferPointer { out -> Int in
                guard let base = out.baseAddress else { return 0 }
                for c in 0..<out.count { base[c] = 0 }
                features.withUnsafeBufferPointer { weights.add($0, to: base) }
                return Self.bestValid(base, state, labelCount)
            }
            Self.apply(move, to: &state, labelCount)
        }
        heads.removeAll(keepingCapacity: true)
        for h in state.heads { heads.append(h >= Int32(n) || h < 0 ? -1 : h) }
        labels.removeAll(keepingCapacity: true)
        labels.append(contentsOf: state.labels)
        swap(&state, &scratch.state)
        swap(&features, &scratch.features)
        swap(&scores, &scratch.scores)
    }

    /// The highest-scoring move that the state allows.
    static func bestValid<Score: Comparable>(_ scores: UnsafeMutablePointer<Score>, _ state: ArcHybridState, _ labelCount: Int) -> Int {
        var best = -1
        var bestScore = scores[0]
        func consider(_ move: Int) {
            if best < 0 || scores[move] > bestScore { best = move; bestScore = scores[move] }
        }
        if state.canShift { consider(0) }
        if state.canLeft {
            // Onto the root, only the root's label; elsewhere any other.
            if state.b0 >= state.n { consider(1) } else { for l in 1..<labelCount { consider(1 + l) } }
        }
        if state.canRight {
            for l in 1..<labelCount { consider(1 + labelCount + l) }
        }
        return max(best, 0)
    }

    static func apply(_ move: Int, to state: inout ArcHybridState, _ labelCount: Int) {
        if move == 0 {
            state.shift()
        } else if move <= labelCount {
            state.left(UInt8(move - 1))
        } else {
            state.right(UInt8(move - 1 - labelCount))
        }
    }

    // MARK: Model file

    /// The parser as a model file.
    public func modelFile() -> ModelFile {
        var file = ModelFile(kind: "parser")
        file.sections = weights.sections(prefix: "weights")
        file.sections["labels"] = .strings(labelNames)
        return file
    }

    /// Reads a parser from a model file.
    public init(file: ModelFile, path: String) throws(EntenteError) {
        guard file.kind == "parser" else { throw EntenteError(.model, file: path, line: nil, "a \(file.kind) model where a parser was expected") }
        let names = try file.strings("labels", file: path)
        let weights = try SparseLinearModel(file: file, prefix: "weights", path: path)
        guard names.count >= 2, weights.classCount == 1 + 2 * names.count else {
            throw EntenteError(.model, file: path, line: nil, "the parser has \(names.count) labels but \(weights.classCount) classes")
        }
        self.init(labelNames: names, weights: weights)
    }
}

/// The words and tags of the sentence being parsed, and the feature templates read from a state.
struct ParseContext {
    let words: ArraySlice<UInt64>
    let tags: ArraySlice<UInt8>

    private static let noWord: UInt64 = 0x4e4f_4e45
    private static let rootWord: UInt64 = 0x524f_4f54
    private static let noTag: UInt64 = 300
    private static let rootTag: UInt64 = 301
    private static let noLabel: UInt64 = 400

    @inline(__always) private func word(_ i: Int) -> UInt64 { i < 0 ? Self.noWord : i >= words.count ? Self.rootWord : words[words.startIndex + i] }
    @inline(__always) private func tag(_ i: Int) -> UInt64 { i < 0 ? Self.noTag : i >= tags.count ? Self.rootTag : UInt64(tags[tags.startIndex + i]) }
    @inline(__always) private func child(_ table: [Int32], _ i: Int) -> Int { i < 0 ? -1 : Int(table[i]) }

    /// Fills `f` with the features of `state` (`DependencyParser.featureCount` of them): words and tags
    /// of the top three of the stack, the first three of the buffer and their outermost children, pairs
    /// and triples of them, valencies, the distance between the stack's top and the buffer's first, and
    /// the labels already given to their children.
    @inline(__always)
    func features(_ state: ArcHybridState, into f: inout [UInt64]) {
        let s0 = state.s0, s1 = state.s1, s2 = state.s2
        let n0 = state.b0, n1 = state.b0 + 1 <= state.n ? state.b0 + 1 : -1, n2 = state.b0 + 2 <= state.n ? state.b0 + 2 : -1
        let s0l1 = child(state.left1, s0), s0l2 = child(state.left2, s0)
        let s0r1 = child(state.right1, s0), s0r2 = child(state.right2, s0)
        let n0l1 = child(state.left1, n0), n0l2 = child(state.left2, n0)
        let ws0 = word(s0), ws1 = word(s1), ws2 = word(s2), wn0 = word(n0), wn1 = word(n1), wn2 = word(n2)
        let ts0 = tag(s0), ts1 = tag(s1), ts2 = tag(s2), tn0 = tag(n0), tn1 = tag(n1), tn2 = tag(n2)
        let ts0l1 = tag(s0l1), ts0l2 = tag(s0l2), ts0r1 = tag(s0r1), ts0r2 = tag(s0r2), tn0l1 = tag(n0l1), tn0l2 = tag(n0l2)
        func label(_ i: Int) -> UInt64 { i < 0 ? Self.noLabel : UInt64(state.labels[i]) }
        let ls0l1 = label(s0l1), ls0r1 = label(s0r1), ln0l1 = label(n0l1), ls0l2 = label(s0l2), ls0r2 = label(s0r2), ln0l2 = label(n0l2)
        let vs0l: UInt64 = s0 < 0 ? 0 : UInt64(state.leftCount[s0]), vs0r: UInt64 = s0 < 0 ? 0 : UInt64(state.rightCount[s0])
        let vn0l = UInt64(state.leftCount[n0])
        let setS0l: UInt64 = s0 < 0 ? 0 : state.leftLabels[s0], setS0r: UInt64 = s0 < 0 ? 0 : state.rightLabels[s0]
        let setN0l = state.leftLabels[n0]
        let d: UInt64 = s0 < 0 ? 0 : UInt64(min(n0 - s0, 5))
        // RIGHT attaches the stack's top to the word below it: what the two are, how far apart, and what
        // the lower one already has on its right.
        let s1r1 = child(state.right1, s1)
        let ts1r1 = tag(s1r1), ls1r1 = label(s1r1)
        let d10: UInt64 = s1 < 0 || s0 < 0 ? 0 : UInt64(min(s0 - s1, 5))
        typealias H = FeatureHash
        f[0] = H.feature(0, 1)
        // Words, then tags, of the twelve positions.
        f[1] = H.feature(1, wn0); f[2] = H.feature(2, wn1); f[3] = H.feature(3, wn2)
        f[4] = H.feature(4, ws0); f[5] = H.feature(5, ws1); f[6] = H.feature(6, ws2)
        f[7] = H.feature(7, word(n0l1)); f[8] = H.feature(8, word(n0l2))
        f[9] = H.feature(9, word(s0l1)); f[10] = H.feature(10, word(s0l2))
        f[11] = H.feature(11, word(s0r1)); f[12] = H.feature(12, word(s0r2))
        f[13] = H.feature(13, tn0); f[14] = H.feature(14, tn1); f[15] = H.feature(15, tn2)
        f[16] = H.feature(16, ts0); f[17] = H.feature(17, ts1); f[18] = H.feature(18, ts2)
        f[19] = H.feature(19, tn0l1); f[20] = H.feature(20, tn0l2)
        f[21] = H.feature(21, ts0l1); f[22] = H.feature(22, ts0l2)
        f[23] = H.feature(23, ts0r1); f[24] = H.feature(24, ts0r2)
        // Word and tag together.
        f[25] = H.feature(25, wn0, tn0); f[26] = H.feature(26, wn1, tn1); f[27] = H.feature(27, wn2, tn2)
        f[28] = H.feature(28, ws0, ts0); f[29] = H.feature(29, ws1, ts1)
        // Pairs of the stack's top and the buffer's first.
        f[30] = H.feature(30, ws0, wn0)
        f[31] = H.feature(31, wn0, tn0, ws0)
        f[32] = H.feature(32, wn0, tn0, ts0)
        f[33] = H.feature(33, ws0, ts0, wn0)
        f[34] = H.feature(34, ws0, ts0, tn0)
        f[35] = H.feature(35, ws0, ts0, wn0, tn0)
        f[36] = H.feature(36, ts0, tn0)
        f[37] = H.feature(37, tn0, tn1)
        // Triples of tags.
        f[38] = H.feature(38, tn0, tn1, tn2)
        f[39] = H.feature(39, ts0, tn0, tn1)
        f[40] = H.feature(40, ts0, ts1, tn0)
        f[41] = H.feature(41, ts0, ts0r1, tn0)
        f[42] = H.feature(42, ts0, tn0, tn0l1)
        f[43] = H.feature(43, ts0, ts0l1, ts0l2)
        f[44] = H.feature(44, ts0, ts0r1, ts0r2)
        f[45] = H.feature(45, tn0, tn0l1, tn0l2)
        f[46] = H.feature(46, ts0, ts1, ts2)
        // Valencies and distance.
        f[47] = H.feature(47, ws0, vs0r); f[48] = H.feature(48, ws0, vs0l); f[49] = H.feature(49, wn0, vn0l)
        f[50] = H.feature(50, ts0, vs0r); f[51] = H.feature(51, ts0, vs0l); f[52] = H.feature(52, tn0, vn0l)
        f[53] = H.feature(53, ws0, d); f[54] = H.feature(54, wn0, d)
        f[55] = H.feature(55, ts0, d); f[56] = H.feature(56, tn0, d)
        f[57] = H.feature(57, ts0, tn0, d); f[58] = H.feature(58, ws0, wn0, d)
        // Labels already given.
        f[59] = H.feature(59, ls0l1); f[60] = H.feature(60, ls0r1); f[61] = H.feature(61, ln0l1)
        f[62] = H.feature(62, ts0, ls0l1, ls0l2)
        f[63] = H.feature(63, ts0, ls0r1, ls0r2)
        f[64] = H.feature(64, tn0, ln0l1, ln0l2)
        f[65] = H.feature(65, ws0, setS0r)
        f[66] = H.feature(66, ts0, setS0l)
        f[67] = H.feature(67, wn0, setN0l)
        f[68] = H.feature(68, ts1, ts0, tn0, ws0)
        f[69] = H.feature(69, ws1, ws0)
        f[70] = H.feature(70, ws1, ts1, ts0)
        f[71] = H.feature(71, ts1, ws0, ts0)
        f[72] = H.feature(72, ts1, ts0)
        f[73] = H.feature(73, ws1, ts1, ws0, ts0)
        f[74] = H.feature(74, ts1, ts0, d10)
        f[75] = H.feature(75, ts1, ts1r1, ts0)
        f[76] = H.feature(76, ls1r1, ts0)
        f[77] = H.feature(77, wn0, wn1)
        f[78] = H.feature(78, ws0, tn0, tn1)
        f[79] = H.feature(79, ts1, ts0, vs0l, vs0r)
    }
}
