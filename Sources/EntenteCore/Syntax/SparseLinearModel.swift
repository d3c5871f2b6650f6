/// The weights of a trained linear classifier over hashed features, laid out for scoring: an
/// open-addressing table (linear probing, at most 85% full) from a feature's 32-bit fingerprint to the
/// weights it holds. Weights are 16-bit integers: the averaged weights divided by one scale, which
/// changes no argmax, and scores are 32-bit integer sums of them.
///
/// A feature with few classes keeps (class, weight) pairs; one with many (a tag or the bias, which
/// weigh on nearly every class) keeps a dense row of every class's weight, added eight at a time.
///
/// Immutable after it is made; the buffers are owned by the instance and freed with it.
public final class SparseLinearModel: @unchecked Sendable {
    public let classCount: Int
    /// Classes rounded up to a multiple of 8: the width of a dense row and of a scores buffer.
    public let paddedClassCount: Int
    let mask: Int
    /// Slot i: its fingerprint in the high 32 bits (0 when empty); in the low 32, bit 31 set for a dense
    /// row, the number of pairs in bits 24-30 and in bits 0-23 the offset of the first pair (or the
    /// dense row's number). Fingerprint and run side by side, so that a lookup touches one cache line.
    let slots: UnsafeMutableBufferPointer<UInt64>
    /// Pairs: the class in bits 16-23, the weight's bit pattern in bits 0-15.
    let pairs: UnsafeMutableBufferPointer<UInt32>
    /// Dense rows of `paddedClassCount` weights each.
    let dense: UnsafeMutableBufferPointer<SIMD8<Int16>>

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
        var counts = [UInt8](repeating: 0, count: size)
        var classes: [UInt8] = []
        var weights: [Int16] = []
        for slot in 0..<size where slotRows[slot] >= 0 {
            // In class order, so that a row read back from its dense form is written the same.
            for entry in rows[slotRows[slot]].entries.sorted(by: { $0.cls < $1.cls }) {
                let q = Int16((entry.weight / scale).rounded())
                if q == 0 { continue }
                classes.append(UInt8(entry.cls))
                weights.append(q)
                counts[slot] += 1
            }
        }
        self.init(classCount: classCount, keys: keys, counts: counts, classes: classes, weights: weights)
    }

    /// The in-memory layout of the arrays a model file holds (they must have been checked to fit).
    init(classCount: Int, keys: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16]) {
        let padded = (classCount + 7) & ~7
        let width = padded / 8
        let denseRows = counts.reduce(0) { $0 + (Self.isDense(Int($1), padded) ? 1 : 0) }
        let slots = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: keys.count)
        let dense = UnsafeMutableBufferPointer<SIMD8<Int16>>.allocate(capacity: max(1, denseRows * width))
        dense.initialize(repeating: SIMD8<Int16>())
        let pairs = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(1, classes.count))
        var offset = 0, pairIndex = 0, denseIndex = 0
        for slot in 0..<keys.count {
            let count = Int(counts[slot])
            var low: UInt64 = 0
            if Self.isDense(count, padded) {
                for i in offset..<(offset + count) {
                    let c = Int(classes[i])
                    dense[denseIndex * width + c / 8][c % 8] = weights[i]
                }
                low = 1 << 31 | UInt64(count) << 24 | UInt64(denseIndex)
                denseIndex += 1
            } else {
                for i in offset..<(offset + count) { pairs[pairIndex + i - offset] = UInt32(classes[i]) << 16 | UInt32(UInt16(bitPattern: weights[i])) }
                low = UInt64(count) << 24 | UInt64(pairIndex)
                pairIndex += count
            }
            offset += count
            slots[slot] = UInt64(keys[slot]) << 32 | low
        }
        self.classCount = classCount
        self.paddedClassCount = padded
        self.mask = keys.count - 1
        self.slots = slots
        self.dense = dense
        self.pairs = pairs
    }

    /// Whether a row of `count` weights is kept dense: when adding it whole, eight classes at a time,
    /// costs less than adding its pairs one by one.
    static func isDense(_ count: Int, _ padded: Int) -> Bool { count >= 8 && count * 8 >= padded }

    /// The largest number of pairs the slot layout can address.
    static let maxPairs = 1 << 24

    deinit {
        slots.deallocate()
        pairs.deallocate()
        dense.deallocate()
    }

    @inline(__always)
    static func fingerprint(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature >> 32) | 1 }

    /// Adds the weights of every feature to `scores` (`paddedClassCount` of them), in three passes so
    /// that the memory reads of one feature do not wait for those of the one before: the features'
    /// first slots are read (reads that do not depend on each other, so the processor has them all in
    /// flight at once), then their slots are found, then the weights are added.
    func add(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            for i in 0..<n { found[i] = slots[Int(truncatingIfNeeded: features[i]) & mask] }
            var hits = 0
            for i in 0..<n {
                let feature = features[i]
                let fingerprint = UInt64(Self.fingerprint(feature))
                var slot = Int(truncatingIfNeeded: feature) & mask
                var value = found[i]
                while true {
                    let key = value >> 32
                    if key == fingerprint { found[hits] = value; hits += 1; break }
                    if key == 0 { break }
                    slot = (slot + 1) & mask
                    value = slots[slot]
                }
            }
            let width = paddedClassCount / 8
            scores.withMemoryRebound(to: SIMD8<Int32>.self, capacity: width) { vectors in
                for h in 0..<hits {
                    let value = found[h]
                    let offset = Int(truncatingIfNeeded: value & 0xff_ffff)
                    if value & (1 << 31) != 0 {
                        let row = dense.baseAddress! + offset * width
                        for v in 0..<width { vectors[v] &+= SIMD8<Int32>(truncatingIfNeeded: row[v]) }
                    } else {
                        let count = Int(truncatingIfNeeded: (value >> 24) & 0x7f)
                        for i in offset..<(offset + count) {
                            let pair = pairs[i]
                            scores[Int(pair >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: pair)))
                        }
                    }
                }
            }
        }
    }

    // MARK: File sections

    /// The model's arrays under `prefix` in a model file.
    func sections(prefix: String) -> [String: ModelFile.Section] {
        var keys: [UInt32] = [], counts: [UInt8] = [], classes: [UInt8] = [], weights: [Int16] = []
        let width = paddedClassCount / 8
        for value in slots {
            keys.append(UInt32(truncatingIfNeeded: value >> 32))
            let offset = Int(truncatingIfNeeded: value & 0xff_ffff)
            let count = Int(truncatingIfNeeded: (value >> 24) & 0x7f)
            counts.append(UInt8(count))
            if value & (1 << 31) != 0 {
                for c in 0..<classCount where dense[offset * width + c / 8][c % 8] != 0 {
                    classes.append(UInt8(c))
                    weights.append(dense[offset * width + c / 8][c % 8])
                }
            } else {
                for pair in pairs[offset..<(offset + count)] {
                    classes.append(UInt8(truncatingIfNeeded: pair >> 16))
                    weights.append(Int16(bitPattern: UInt16(truncatingIfNeeded: pair)))
                }
            }
        }
        return [
            "\(prefix).classes": .uint32([UInt32(classCount)]),
            "\(prefix).keys": .uint32(keys),
            // Each slot's number of weights (at most the class count, under 128): a byte where an offset takes four.
            "\(prefix).counts": .bytes(counts),
            "\(prefix).entry-classes": .bytes(classes),
            "\(prefix).entry-weights": .int16(weights),
        ]
    }

    /// Reads the arrays written by `sections(prefix:)`, checking that they fit together.
    convenience init(file: ModelFile, prefix: String, path: String) throws(EntenteError) {
        let classCount = Int(try file.uint32("\(prefix).classes", file: path).first ?? 0)
        let keys = try file.uint32("\(prefix).keys", file: path)
        let counts = try file.bytes("\(prefix).counts", file: path)
        let classes = try file.bytes("\(prefix).entry-classes", file: path)
        let weights = try file.int16("\(prefix).entry-weights", file: path)
        func fail(_ m: String) -> EntenteError { EntenteError(.model, file: path, line: nil, "\(prefix): \(m)") }
        guard classCount > 0, classCount < 128 else { throw fail("\(classCount) classes") }
        guard keys.count >= 2, keys.count & (keys.count - 1) == 0 else { throw fail("table size \(keys.count) is not a power of two") }
        guard counts.count == keys.count, classes.count == weights.count,
              counts.reduce(0, { $0 + Int($1) }) == classes.count, classes.count < Self.maxPairs else {
            throw fail("tables of inconsistent sizes")
        }
        guard counts.allSatisfy({ Int($0) <= classCount }) else { throw fail("a feature has more weights than there are classes") }
        guard classes.allSatisfy({ Int($0) < classCount }) else { throw fail("a weight names a class beyond \(classCount)") }
        guard keys.contains(0) else { throw fail("the table has no empty slot") }
        self.init(classCount: classCount, keys: keys, counts: counts, classes: classes, weights: weights)
    }
}
