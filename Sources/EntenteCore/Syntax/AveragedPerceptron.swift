/// Training of a multi-class averaged perceptron over hashed features (Collins 2002; the recipe of
/// spaCy's first tagger and parser). Weights are kept sparse per feature: a row of the classes it has
/// been updated for. Averages are kept lazily: each weight remembers when it last changed.
final class AveragedPerceptron {
    private struct Entry {
        var cls: UInt16
        var stamp: Int32
        var weight: Float
        var total: Double
    }

    let classCount: Int
    private var rows: [[Entry]] = []
    private var rowOf: [UInt64: Int32] = [:]
    /// Number of predictions made so far: the clock of the averages.
    private(set) var instances: Int32 = 0

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// The row index of each feature, or -1 for a feature never updated.
    func rows(of features: [UInt64], into rowIndex: inout [Int32]) {
        rowIndex.removeAll(keepingCapacity: true)
        for feature in features { rowIndex.append(rowOf[feature] ?? -1) }
    }

    /// Sets `scores` to the current (not averaged) scores of every class.
    func score(_ rowIndex: [Int32], into scores: inout [Float]) {
        for c in scores.indices { scores[c] = 0 }
        scores.withUnsafeMutableBufferPointer { out in
            for r in rowIndex where r >= 0 {
                for entry in rows[Int(r)] { out[Int(entry.cls)] += entry.weight }
            }
        }
    }

    /// Marks one prediction made.
    func tick() { instances += 1 }

    /// Moves weight from the `guess` class to the `truth` class for every feature.
    func update(truth: Int, guess: Int, features: [UInt64], rowIndex: inout [Int32]) {
        guard truth != guess else { return }
        for (i, feature) in features.enumerated() {
            var r = rowIndex[i]
            if r < 0 {
                if let existing = rowOf[feature] {
                    r = existing
                } else {
                    r = Int32(rows.count)
                    rows.append([])
                    rowOf[feature] = r
                }
                rowIndex[i] = r
            }
            change(Int(r), truth, by: 1)
            change(Int(r), guess, by: -1)
        }
    }

    private func change(_ row: Int, _ cls: Int, by delta: Float) {
        let now = instances
        if let i = rows[row].firstIndex(where: { $0.cls == UInt16(cls) }) {
            rows[row][i].total += Double(now - rows[row][i].stamp) * Double(rows[row][i].weight)
            rows[row][i].stamp = now
            rows[row][i].weight += delta
        } else {
            rows[row].append(Entry(cls: UInt16(cls), stamp: now, weight: delta, total: 0))
        }
    }

    /// The averaged weights, without those whose magnitude is below `threshold`, and of the features
    /// only the `maxFeatures` whose largest weight is largest (a file of bounded size).
    func averaged(threshold: Float, maxFeatures: Int) -> SparseLinearModel {
        let now = Double(max(1, instances))
        var out: [(feature: UInt64, entries: [(cls: Int, weight: Float)])] = []
        out.reserveCapacity(rowOf.count)
        for (feature, r) in rowOf {
            var entries: [(cls: Int, weight: Float)] = []
            for entry in rows[Int(r)] {
                let total = entry.total + Double(Int32(now) - entry.stamp) * Double(entry.weight)
                let average = Float(total / now)
                if abs(average) >= threshold { entries.append((Int(entry.cls), average)) }
            }
            if !entries.isEmpty { out.append((feature, entries)) }
        }
        if out.count > maxFeatures {
            func strength(_ row: [(cls: Int, weight: Float)]) -> Float { row.reduce(0) { max($0, abs($1.weight)) } }
            out.sort { (strength($0.entries), $1.feature) > (strength($1.entries), $0.feature) }
            out.removeLast(out.count - maxFeatures)
        }
        // A fixed order, so that the same training gives the same file.
        out.sort { $0.feature < $1.feature }
        return SparseLinearModel(classCount: classCount, rows: out)
    }
}
