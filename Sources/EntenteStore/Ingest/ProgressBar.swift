import EntenteCore
import Foundation

/// Progress on standard error: a bar with rate and ETA redrawn in place on a terminal, plain lines
/// (at most one every few seconds) when standard error is a file or a pipe.
public final class ProgressBar {
    let isTerminal: Bool
    let started = Date()
    var lastLine = Date.distantPast
    let label: String

    public init(label: String, isTerminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.label = label
        self.isTerminal = isTerminal
    }

    /// `count` things done so far, and the part of the work done (nil when unknown: no bar, no ETA).
    public func update(count: Int, fraction: Double?, final: Bool = false) {
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(count) / elapsed : 0
        var figures = "\(count) \(label)  \(String(format: "%.1f", rate)) \(label)/s"
        if let fraction, fraction > 0, !final { figures += "  ETA \(Self.duration(elapsed * (1 - fraction) / fraction))" }
        let percent = fraction.map { String(format: "%3.0f%%  ", (final ? 1 : $0) * 100) } ?? ""
        if isTerminal {
            let width = 30
            let filled = Int((final ? 1 : fraction ?? 0) * Double(width))
            let bar = fraction == nil ? "" : String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + " "
            StandardStreams.writeError("\r\(bar)\(percent)\(figures)\u{1B}[K")
            if final { StandardStreams.writeError("\n") }
        } else if final || Date().timeIntervalSince(lastLine) >= 5 {
            lastLine = Date()
            StandardStreams.writeError("ingest: \(percent)\(figures)\n")
        }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
