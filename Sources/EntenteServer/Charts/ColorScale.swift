import Foundation

/// Colours from conflict to cooperation: Goldstein −7 and below is red, 0 grey, +7 and above green (means
/// of real events rarely reach ±10, so the full scale would leave most edges grey).
enum ColorScale {
    static func goldstein(_ value: Double) -> String {
        let t = max(-1, min(1, value / 7))
        let neutral = (0xb0, 0xb0, 0xb0), conflict = (0xc8, 0x20, 0x20), cooperation = (0x1f, 0x8f, 0x4a)
        let end = t < 0 ? conflict : cooperation
        let k = abs(t)
        let mix = { (a: Int, b: Int) in Int((Double(a) + (Double(b) - Double(a)) * k).rounded()) }
        return String(format: "#%02x%02x%02x", mix(neutral.0, end.0), mix(neutral.1, end.1), mix(neutral.2, end.2))
    }
}
