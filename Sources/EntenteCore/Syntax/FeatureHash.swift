/// Hashing of the atoms and feature templates of the tagger and parser.
///
/// Features are never stored as strings: a template number and its atoms (word hashes, tag and label
/// numbers, counts) are mixed into one 64-bit key, as spaCy's perceptron models did. Collisions between
/// keys cost a little accuracy, never correctness.
enum FeatureHash {
    /// The FNV-1a hash of a string's UTF-8 bytes, never 0.
    @inline(__always)
    static func string(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h | 1
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix(template &* 0x1000_0000_01b3 ^ a)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(feature(template, a) ^ b)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(feature(template, a, b) ^ c)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        mix(feature(template, a, b, c) ^ d)
    }
}
