/// The weights of a trained linear classifier over hashed features, laid out for scoring: an
/// open-addressing table (linear probing, at most 85% full) from a feature's 32-bit fingerprint to the
/// run of (class, weight) pairs it holds. Weights are 16-bit integers: the averaged weights divided by
/// one scale, which changes no argmax. Features not kept in training are not stored, so many lookups
/// end at an empty slot.
///
/// Immutable after it is made; the buffers are owned by the instance and freed with it.
public final class SparseLinearModel: @unchecked Sendable {
    public let classCount: Int
    let mask: Int
    let keys: UnsafeMutableBufferPointer<UInt32>
    let starts: UnsafeMutableBufferPointer<UInt32>
    let classes: UnsafeMutableBufferPointer<UInt8>
    let weights: UnsafeMutableBufferPointer<Int16>

    /// Number of stored features and of stored weights.
    public var featureCount: Int { keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }
    public var weightCount: Int { weights.count }

    /// A model from its features' rows, as training leaves them.
    convenience init(classCount: Int, rows: [(feature: UInt64, entries: [(cls: Int, weight: Float)])]) {
        var size = 16
        while Double(rows.count) > 0.85 * Double(size) { size <<= 1 }
        let largest = rows.reduce(Float(0)) { m, row in row.entries.reduce(m) { max($0, abs($1.weight)) } }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var keys = [UInt32](repeating: 0, count: size)
        var slotRows = [Int](repeating: -1, count: size)
        for (index, row) in rows.enumerated() {
            let fingerprint = Self.fingerprint(row.feature)
            var slot = Int(truncatingIfNeeded: row.feature) & (size - 1)
            while keys[slot] != 0 {
                // Two features with one fingerprint in one chain: keep the first; the second is lost
                // as a hash collision would lose it.
                if keys[slot] == fingerprint { break }
                slot = (slot + 1) & (size - 1)
            }
            if keys[slot] == fingerprint { continue }
            keys[slot] = fingerprint
            slotRows[slot] = index
        }
        var starts = [UInt32](repeating: 0, count: size + 1)
        var classes: [UInt8] = []
        var weights: [Int16] = []
        for slot in 0..<size {
            starts[slot] = UInt32(classes.count)
            if slotRows[slot] >= 0 {
                for entry in rows[slotRows[slot]].entries {
                    let q = Int16((entry.weight / scale).rounded())
                    if q == 0 { continue }
                    classes.append(UInt8(entry.cls))
                    weights.append(q)
                }
            }
        }
        starts[size] = UInt32(classes.count)
        self.init(classCount: classCount, keys: keys, starts: starts, classes: classes, weights: weights)
    }

    init(classCount: Int, keys: [UInt32], starts: [UInt32], classes: [UInt8], weights: [Int16]) {
        self.classCount = classCount
        self.mask = keys.count - 1
        self.keys = .allocate(capacity: keys.count)
        _ = self.keys.initialize(from: keys)
        self.starts = .allocate(capacity: starts.count)
        _ = self.starts.initialize(from: starts)
        self.classes = .allocate(capacity: max(1, classes.count))
        _ = self.classes.initialize(from: classes)
        self.weights = .allocate(capacity: max(1, weights.count))
        _ = self.weights.initialize(from: weights)
    }

    deinit {
        keys.deallocate()
        starts.deallocate()
        classes.deallocate()
        weights.deallocate()
    }

    @inline(__always)
    static func fingerprint(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature >> 32) | 1 }

    /// Adds the weights of `feature` to `scores`.
    @inline(__always)
    func add(_ feature: UInt64, to scores: UnsafeMutablePointer<Float>) {
        let fingerprint = Self.fingerprint(feature)
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let key = keys[slot]
            if key == fingerprint {
                let end = Int(starts[slot + 1])
                var i = Int(starts[slot])
                while i < end {
                    scores[Int(classes[i])] += Float(weights[i])
                    i += 1
                }
                return
            }
            if key == 0 { return }
            slot = (slot + 1) & mask
        }
    }

    // MARK: File sections

    /// The model's arrays under `prefix` in a model file.
    func sections(prefix: String) -> [String: ModelFile.Section] {
        [
            "\(prefix).classes": .uint32([UInt32(classCount)]),
            "\(prefix).keys": .uint32(Array(keys)),
            "\(prefix).starts": .uint32(Array(starts)),
            "\(prefix).entry-classes": .bytes(Array(classes.prefix(Int(starts[starts.count - 1])))),
            "\(prefix).entry-weights": .int16(Array(weights.prefix(Int(starts[starts.count - 1])))),
        ]
    }

    /// Reads the arrays written by `sections(prefix:)`, checking that they fit together.
    convenience init(file: ModelFile, prefix: String, path: String) throws(EntenteError) {
        let classCount = Int(try file.uint32("\(prefix).classes", file: path).first ?? 0)
        let keys = try file.uint32("\(prefix).keys", file: path)
        let starts = try file.uint32("\(prefix).starts", file: path)
        let classes = try file.bytes("\(prefix).entry-classes", file: path)
        let weights = try file.int16("\(prefix).entry-weights", file: path)
        func fail(_ m: String) -> EntenteError { EntenteError(.model, file: path, line: nil, "\(prefix): \(m)") }
        guard classCount > 0, classCount <= 256 else { throw fail("\(classCount) classes") }
        guard keys.count >= 2, keys.count & (keys.count - 1) == 0 else { throw fail("table size \(keys.count) is not a power of two") }
        guard starts.count == keys.count + 1, classes.count == weights.count, Int(starts[keys.count]) == classes.count else {
            throw fail("tables of inconsistent sizes")
        }
        var previous: UInt32 = 0
        for start in starts {
            guard start >= previous else { throw fail("row offsets go backwards") }
            previous = start
        }
        guard classes.allSatisfy({ Int($0) < classCount }) else { throw fail("a weight names a class beyond \(classCount)") }
        guard keys.contains(0) else { throw fail("the table has no empty slot") }
        self.init(classCount: classCount, keys: keys, starts: starts, classes: classes, weights: weights)
    }
}
