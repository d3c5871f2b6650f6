/// The weights of a trained linear classifier over hashed features, laid out for scoring: an
/// open-addressing table (linear probing, at most half full, so that a feature the model does not know
/// is found absent after a probe or two) from a feature's 32-bit fingerprint to the weights it holds.
/// Weights are 16-bit integers: the averaged weights divided by one scale, which changes no argmax, and
/// scores are 32-bit integer sums of them.
///
/// A feature with few classes keeps (class, weight) pairs; one with many (a tag or the bias, which
/// weigh on nearly every class) keeps a dense row of every class's weight. Dense weights are multiples
/// of eight, kept divided by eight, so that eight rows add in 16 bits without overflow before one
/// widening to 32: the adding, not the reading, is what a dense row costs.
///
/// Immutable after it is made; the buffers are owned by the instance and freed with it.
public final class SparseLinearModel: @unchecked Sendable {
    public let classCount: Int
    /// Classes rounded up to a multiple of 8, with at least one lane to spare (where `add` leaves what it
    /// read ahead, so that the reads are not optimised away): the width of a dense row and of a scores buffer.
    public let paddedClassCount: Int
    let mask: Int
    /// The features the table holds, in the file's order (the order their rows are written in).
    let features: [UInt64]
    /// Slot i: its fingerprint in the high 32 bits (0 when empty); in the low 32, bit 31 set for a dense
    /// row, the number of pairs in bits 24-30 and in bits 0-23 the offset of the first pair (or the
    /// dense row's number). Fingerprint and run side by side, so that a lookup touches one cache line.
    let slots: UnsafeMutableBufferPointer<UInt64>
    /// Pairs: the class in bits 16-23, the weight's bit pattern in bits 0-15.
    let pairs: UnsafeMutableBufferPointer<UInt32>
    /// Dense rows of `paddedClassCount` weights each, divided by `denseStep`.
    let dense: UnsafeMutableBufferPointer<SIMD8<Int16>>

    /// `classCount` rounded up to a multiple of 8, with at least one lane to spare.
    static func padded(_ classCount: Int) -> Int { (classCount + 8) & ~7 }

    /// The grain of a dense row's weights, and the number of dense rows summed in 16 bits at a time.
    static let denseStep = 8
    /// The largest magnitude of a dense weight once divided by `denseStep`: eight of them sum within Int16.
    static let denseLimit = Int(Int16.max) / denseStep

    /// A model from its features' rows, as training leaves them.
    convenience init(classCount: Int, rows: [(feature: UInt64, entries: [(cls: Int, weight: Float)])]) {
        let padded = Self.padded(classCount)
        let largest = rows.reduce(Float(0)) { m, row in row.entries.reduce(m) { max($0, abs($1.weight)) } }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var features: [UInt64] = [], counts: [UInt8] = [], classes: [UInt8] = [], weights: [Int16] = []
        for row in rows {
            // In class order, so that a row read back from its dense form is written the same.
            var entries = row.entries.sorted { $0.cls < $1.cls }.map { (cls: $0.cls, q: Int(($0.weight / scale).rounded())) }
            entries.removeAll { $0.q == 0 }
            if Self.isDense(entries.count, padded) {
                let step = Self.denseStep, limit = Self.denseLimit
                entries = entries.map { (cls: $0.cls, q: step * min(limit, max(-limit, Int((Double($0.q) / Double(step)).rounded())))) }
                entries.removeAll { $0.q == 0 }
            }
            if entries.isEmpty { continue }
            features.append(row.feature)
            counts.append(UInt8(entries.count))
            for entry in entries {
                classes.append(UInt8(entry.cls))
                weights.append(Int16(entry.q))
            }
        }
        self.init(classCount: classCount, features: features, counts: counts, classes: classes, weights: weights)
    }

    /// The in-memory layout of the arrays a model file holds (they must have been checked to fit).
    /// Two features of one fingerprint in one chain keep the first; the second is lost, as a hash
    /// collision would lose it, and is not written again.
    init(classCount: Int, features fileFeatures: [UInt64], counts: [UInt8], classes: [UInt8], weights: [Int16]) {
        let padded = Self.padded(classCount)
        let width = padded / 8
        var size = 16
        while fileFeatures.count * 2 > size { size <<= 1 }
        let slots = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: size)
        slots.initialize(repeating: 0)
        let denseRows = counts.reduce(0) { $0 + (Self.isDense(Int($1), padded) ? 1 : 0) }
        let dense = UnsafeMutableBufferPointer<SIMD8<Int16>>.allocate(capacity: max(1, denseRows * width))
        dense.initialize(repeating: SIMD8<Int16>())
        let pairs = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(1, classes.count))
        pairs.initialize(repeating: 0)
        var kept: [UInt64] = []
        kept.reserveCapacity(fileFeatures.count)
        var offset = 0, pairIndex = 0, denseIndex = 0
        for (index, feature) in fileFeatures.enumerated() {
            let count = Int(counts[index])
            defer { offset += count }
            let fingerprint = UInt64(Self.fingerprint(feature))
            var slot = Int(truncatingIfNeeded: feature) & (size - 1)
            while slots[slot] != 0, slots[slot] >> 32 != fingerprint { slot = (slot + 1) & (size - 1) }
            if slots[slot] != 0 { continue }
            var low: UInt64
            if Self.isDense(count, padded) {
                for i in offset..<(offset + count) {
                    let c = Int(classes[i])
                    // Rounded, for a file written otherwise; a file written here divides exactly.
                    let w = (Int(weights[i]) + (weights[i] < 0 ? -Self.denseStep / 2 : Self.denseStep / 2)) / Self.denseStep
                    dense[denseIndex * width + c / 8][c % 8] = Int16(min(Self.denseLimit, max(-Self.denseLimit, w)))
                }
                low = 1 << 31 | UInt64(count) << 24 | UInt64(denseIndex)
                denseIndex += 1
            } else {
                for i in offset..<(offset + count) { pairs[pairIndex + i - offset] = UInt32(classes[i]) << 16 | UInt32(UInt16(bitPattern: weights[i])) }
                low = UInt64(count) << 24 | UInt64(pairIndex)
                pairIndex += count
            }
            slots[slot] = fingerprint << 32 | low
            kept.append(feature)
        }
        self.classCount = classCount
        self.paddedClassCount = padded
        self.mask = size - 1
        self.features = kept
        self.slots = slots
        self.dense = dense
        self.pairs = pairs
    }

    /// Whether a row of `count` weights is kept dense: when it holds a third of the classes or more, so
    /// that adding it whole, eight classes at a time, costs less than adding its pairs one by one, and it
    /// takes little more memory than they would (a dense weight is 2 bytes, a pair 4).
    static func isDense(_ count: Int, _ padded: Int) -> Bool { count >= 8 && count * 3 >= padded }

    /// The largest number of pairs the slot layout can address.
    static let maxPairs = 1 << 24

    deinit {
        slots.deallocate()
        pairs.deallocate()
        dense.deallocate()
    }

    @inline(__always)
    static func fingerprint(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature >> 32) | 1 }

    /// The slot word of `feature`, or nil when the model does not know it.
    func slot(of feature: UInt64) -> UInt64? {
        let fingerprint = UInt64(Self.fingerprint(feature))
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let value = slots[slot]
            if value >> 32 == fingerprint { return value }
            if value == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of every feature to `scores` (`paddedClassCount` of them), in passes so that
    /// the memory reads of one feature do not wait for those of the one before: the features' first
    /// slots are read (reads that do not depend on each other, so the processor has them all in flight
    /// at once); then their slots are found and the first word of each row read ahead, again all at
    /// once; then the pairs are added, and the dense rows summed eight at a time in 16 bits and widened
    /// once into the 32-bit scores.
    func add(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        let width = paddedClassCount / 8
        guard let denseBase = dense.baseAddress, let pairBase = pairs.baseAddress else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            for i in 0..<n { found[i] = slots[Int(truncatingIfNeeded: features[i]) & mask] }
            var hits = 0
            var ahead: UInt32 = 0
            let rowWords = width * 4, middle = min(16, rowWords - 1), last = min(32, rowWords - 1)
            for i in 0..<n {
                let feature = features[i]
                let fingerprint = UInt64(Self.fingerprint(feature))
                var slot = Int(truncatingIfNeeded: feature) & mask
                var value = found[i]
                while value >> 32 != fingerprint {
                    if value == 0 { break }
                    slot = (slot + 1) & mask
                    value = slots[slot]
                }
                if value == 0 { continue }
                found[hits] = value
                hits += 1
                let offset = Int(truncatingIfNeeded: value & 0xff_ffff)
                if value & (1 << 31) != 0 {
                    let row = UnsafeRawPointer(denseBase + offset * width).assumingMemoryBound(to: UInt32.self)
                    // A dense row of up to 128 classes spans at most three cache lines: read a word of each.
                    ahead ^= row[0] ^ row[middle] ^ row[last]
                } else {
                    ahead ^= pairBase[offset]
                }
            }
            // The padding lane no class reads: a use of what was read ahead, so that the reads are made.
            scores[paddedClassCount - 1] = Int32(bitPattern: ahead)
            var rows = 0
            for h in 0..<hits {
                let value = found[h]
                let offset = Int(truncatingIfNeeded: value & 0xff_ffff)
                if value & (1 << 31) != 0 {
                    found[rows] = UInt64(offset)
                    rows += 1
                } else {
                    let count = Int(truncatingIfNeeded: (value >> 24) & 0x7f)
                    for p in offset..<(offset + count) {
                        let pair = pairBase[p]
                        scores[Int(pair >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: pair)))
                    }
                }
            }
            guard rows > 0 else { return }
            scores.withMemoryRebound(to: SIMD8<Int32>.self, capacity: width) { vectors in
                var first = 0
                while first < rows {
                    let end = min(rows, first + Self.denseStep)
                    for v in 0..<width {
                        var sum = denseBase[Int(truncatingIfNeeded: found[first]) * width + v]
                        for r in (first + 1)..<end { sum &+= denseBase[Int(truncatingIfNeeded: found[r]) * width + v] }
                        vectors[v] &+= SIMD8<Int32>(truncatingIfNeeded: sum) &<< 3
                    }
                    first = end
                }
            }
        }
    }

    // MARK: File sections

    /// The model's arrays under `prefix` in a model file.
    func sections(prefix: String) -> [String: ModelFile.Section] {
        var counts: [UInt8] = [], classes: [UInt8] = [], weights: [Int16] = []
        let width = paddedClassCount / 8
        for feature in features {
            guard let value = slot(of: feature) else { continue }
            let offset = Int(truncatingIfNeeded: value & 0xff_ffff)
            let count = Int(truncatingIfNeeded: (value >> 24) & 0x7f)
            counts.append(UInt8(count))
            if value & (1 << 31) != 0 {
                for c in 0..<classCount where dense[offset * width + c / 8][c % 8] != 0 {
                    classes.append(UInt8(c))
                    weights.append(dense[offset * width + c / 8][c % 8] &* Int16(Self.denseStep))
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
            // Each feature's 64-bit hash, in the order of its row: the table is laid out when read, so
            // its size and probing are free to change without a new file.
            "\(prefix).features": .uint64(features),
            // Each feature's number of weights (at most the class count, under 128): a byte where an offset takes four.
            "\(prefix).counts": .bytes(counts),
            "\(prefix).entry-classes": .bytes(classes),
            "\(prefix).entry-weights": .int16(weights),
        ]
    }

    /// Reads the arrays written by `sections(prefix:)`, checking that they fit together.
    convenience init(file: ModelFile, prefix: String, path: String) throws(EntenteError) {
        let classCount = Int(try file.uint32("\(prefix).classes", file: path).first ?? 0)
        let features = try file.uint64("\(prefix).features", file: path)
        let counts = try file.bytes("\(prefix).counts", file: path)
        let classes = try file.bytes("\(prefix).entry-classes", file: path)
        let weights = try file.int16("\(prefix).entry-weights", file: path)
        func fail(_ m: String) -> EntenteError { EntenteError(.model, file: path, line: nil, "\(prefix): \(m)") }
        guard classCount > 0, classCount < 128 else { throw fail("\(classCount) classes") }
        guard counts.count == features.count, classes.count == weights.count,
              counts.reduce(0, { $0 + Int($1) }) == classes.count, classes.count < Self.maxPairs else {
            throw fail("tables of inconsistent sizes")
        }
        guard counts.allSatisfy({ Int($0) <= classCount }) else { throw fail("a feature has more weights than there are classes") }
        guard classes.allSatisfy({ Int($0) < classCount }) else { throw fail("a weight names a class beyond \(classCount)") }
        guard counts.allSatisfy({ $0 > 0 }) else { throw fail("a feature has no weights") }
        self.init(classCount: classCount, features: features, counts: counts, classes: classes, weights: weights)
    }
}
