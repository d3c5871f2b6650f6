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

    public func update(done: Int, total: Int) {
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let figures = "\(done)/\(total) \(label)  \(String(format: "%.1f", rate)) \(label)/s  ETA \(Self.duration(eta))"
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            StandardStreams.writeError("\r\(bar) \(String(format: "%3.0f", fraction * 100))%  \(figures)\u{1B}[K")
            if done >= total { StandardStreams.writeError("\n") }
        } else if done >= total || Date().timeIntervalSince(lastLine) >= 5 {
            lastLine = Date()
            StandardStreams.writeError("ingest: \(String(format: "%.0f", fraction * 100))%  \(figures)\n")
        }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
