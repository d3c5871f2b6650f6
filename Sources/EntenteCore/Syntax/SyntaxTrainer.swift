/// Trains the tagger and the parser from CoNLL-U sentences (silver parses made by a teacher model).
/// Deterministic: the same sentences, iterations and seed give the same model, bit for bit.
public enum SyntaxTrainer {
    /// Progress lines ("iteration 3: 96.8% of tags right in training").
    public typealias Progress = (String) -> Void

    /// Trains a tagger: the tag dictionary from word counts, then `iterations` passes of the perceptron
    /// over the sentences in a seeded random order.
    public static func trainTagger(_ sentences: [ConllSentence], iterations: Int, seed: UInt64, maxFeatures: Int = 1 << 30,
                                   progress: Progress = { _ in }) -> PartOfSpeechTagger {
        let tagNames = namesByFrequency(sentences.flatMap(\.tags).filter { $0 != "_" }, first: nil)
        let tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, UInt8($0)) })
        let data = sentences.map { s in (atoms: s.forms.map(atoms), tags: s.tags.map { tagIndex[$0] ?? 0 }) }
        // Words seen at least 20 times with one tag at least 97% of the time always take that tag.
        var counts: [UInt64: [UInt8: Int]] = [:]
        for sentence in data {
            for (atom, tag) in zip(sentence.atoms, sentence.tags) { counts[atom.text, default: [:]][tag, default: 0] += 1 }
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (word, tags) in counts {
            let total = tags.values.reduce(0, +)
            if let (tag, n) = tags.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
               total >= 20, Double(n) / Double(total) >= 0.97 {
                dictionary[word] = tag
            }
        }
        let model = AveragedPerceptron(classCount: tagNames.count)
        var features = [UInt64](repeating: 0, count: PartOfSpeechTagger.featureCount)
        var rowIndex: [Int32] = []
        var scores = [Float](repeating: 0, count: tagNames.count)
        passes(iterations, over: data.count, seed: seed, report: { progress("tagger iteration \($0): \($1) of \($2) tags right while training") }) { index in
            var right = 0, total = 0
            let sentence = data[index]
            var guesses = [UInt8](repeating: 0, count: sentence.tags.count)
            let range = 0..<sentence.tags.count
            for i in range {
                if let known = dictionary[sentence.atoms[i].text] {
                    guesses[i] = known
                } else {
                    let p1 = i > 0 ? guesses[i - 1] : PartOfSpeechTagger.noTag
                    let p2 = i > 1 ? guesses[i - 2] : PartOfSpeechTagger.noTag
                    PartOfSpeechTagger.features(sentence.atoms, range, i, p1, p2, dictionary, into: &features)
                    model.rows(of: features, into: &rowIndex)
                    model.score(rowIndex, into: &scores)
                    let guess = argmax(scores)
                    model.tick()
                    model.update(truth: Int(sentence.tags[i]), guess: guess, features: features, rowIndex: &rowIndex)
                    guesses[i] = UInt8(guess)
                }
                if guesses[i] == sentence.tags[i] { right += 1 }
                total += 1
            }
            return (right, total)
        }
        return PartOfSpeechTagger(tagNames: tagNames, weights: model.averaged(threshold: 0.05, maxFeatures: maxFeatures), tagDictionary: dictionary)
    }

    /// Trains a parser on the tagger's own tags (what it will see at run time), with the arc-hybrid
    /// dynamic oracle: the parser follows its own moves, right or wrong, and learns the best move from
    /// wherever it is. Sentences whose silver tree is not a projective tree are skipped.
    public static func trainParser(_ sentences: [ConllSentence], tagger: PartOfSpeechTagger, iterations: Int, seed: UInt64,
                                   maxFeatures: Int = 1 << 30, jackknife: Int = 0, progress: Progress = { _ in }) -> DependencyParser {
        let trees = sentences.indices.filter { sentences[$0].isTree && sentences[$0].isProjective }
        progress("parser: \(trees.count) of \(sentences.count) sentences are projective trees")
        let labelNames = namesByFrequency(trees.flatMap { sentences[$0].labels }.filter { $0 != "ROOT" }, first: "ROOT")
        let labelIndex = Dictionary(uniqueKeysWithValues: labelNames.enumerated().map { ($1, UInt8($0)) })
        // The tags the parser learns from are those of a tagger that did not see the sentence (k-fold), so
        // that they are as wrong in training as at run time; without folds, the given tagger's.
        var taggers = [tagger]
        if jackknife > 1 {
            taggers = (0..<jackknife).map { fold in
                progress("parser: tagger for fold \(fold + 1) of \(jackknife)")
                let rest = sentences.indices.filter { $0 % jackknife != fold }.map { sentences[$0] }
                return trainTagger(rest, iterations: taggerIterations, seed: seed)
            }
        }
        struct Item { let words: [UInt64]; let tags: [UInt8]; let heads: [Int32]; let labels: [UInt8] }
        let data: [Item] = trees.map { index in
            let s = sentences[index]
            let atoms = s.forms.map(atoms)
            let foldTagger = taggers[jackknife > 1 ? index % jackknife : 0]
            var tags = [UInt8](repeating: 0, count: atoms.count)
            foldTagger.tag(atoms, 0..<atoms.count, into: &tags)
            // A fold's tagger numbers tags by its own counts: carry them over by name.
            if foldTagger.tagNames != tagger.tagNames {
                tags = tags.map { tagger.tag(named: foldTagger.tagNames[Int($0)]) ?? 0 }
            }
            let n = Int32(s.forms.count)
            return Item(words: atoms.map(\.norm), tags: tags, heads: s.heads.map { h in h.map { $0 < 0 ? n : Int32($0) } ?? n },
                        labels: s.labels.map { labelIndex[$0] ?? 0 })
        }
        let labelCount = labelNames.count
        let model = AveragedPerceptron(classCount: 1 + 2 * labelCount)
        var features = [UInt64](repeating: 0, count: DependencyParser.featureCount)
        var rowIndex: [Int32] = []
        var scores = [Float](repeating: 0, count: 1 + 2 * labelCount)
        passes(iterations, over: data.count, seed: seed, report: { progress("parser iteration \($0): \($1) of \($2) labelled arcs right while training") }) { index in
            var right = 0, total = 0
            let item = data[index]
            var state = ArcHybridState(n: item.words.count)
            let context = ParseContext(words: item.words[...], tags: item.tags[...])
            while !state.isTerminal {
                context.features(state, into: &features)
                model.rows(of: features, into: &rowIndex)
                model.score(rowIndex, into: &scores)
                let guess = scores.withUnsafeMutableBufferPointer { DependencyParser.bestValid($0.baseAddress!, state, labelCount) }
                let costless = ArcHybridOracle.zeroCost(state, item.heads, item.labels, labelCount)
                model.tick()
                if !costless.isEmpty, !costless.contains(guess) {
                    var best = costless[0]
                    for move in costless where scores[move] > scores[best] { best = move }
                    model.update(truth: best, guess: guess, features: features, rowIndex: &rowIndex)
                }
                DependencyParser.apply(guess, to: &state, labelCount)
            }
            for t in 0..<item.words.count {
                total += 1
                if state.heads[t] == item.heads[t] && state.labels[t] == item.labels[t] { right += 1 }
            }
            return (right, total)
        }
        return DependencyParser(labelNames: labelNames, weights: model.averaged(threshold: 0.05, maxFeatures: maxFeatures))
    }

    /// Runs `iterations` passes over `count` items in a seeded random order; `train` learns from one item
    /// and says how many of its decisions were right out of how many; `report` hears each pass's
    /// number, share right and count.
    static func passes(_ iterations: Int, over count: Int, seed: UInt64, report: (Int, String, Int) -> Void,
                       _ train: (Int) -> (right: Int, total: Int)) {
        var order = Array(0..<count)
        var random = SeededRandom(seed: seed)
        for iteration in 1...max(1, iterations) {
            order.shuffle(using: &random)
            var right = 0, total = 0
            for index in order {
                let (r, t) = train(index)
                right += r
                total += t
            }
            report(iteration, percent(right, total), total)
        }
    }

    /// Passes of the fold taggers when the parser is trained on jackknifed tags.
    public static var taggerIterations: Int { 8 }

    static func atoms(_ form: String) -> LexicalAtoms { LexicalAtoms(text: form, norm: Tokenizer.norm(of: form)) }

    /// Distinct names, most frequent first (ties by name), after `first` if given.
    static func namesByFrequency(_ names: [String], first: String?) -> [String] {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        let sorted = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)
        return (first.map { [$0] } ?? []) + sorted.filter { $0 != first }
    }

    static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for c in scores.indices where scores[c] > scores[best] { best = c }
        return best
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.2f%%", whole == 0 ? 0 : 100 * Double(part) / Double(whole))
    }
}

/// SplitMix64: a small seeded generator, so that training is repeatable.
public struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.mix(state &- 0x9e37_79b9_7f4a_7c15)
    }
}
