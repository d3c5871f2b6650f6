/// What an ingest did: articles read, written and passed over (with the reasons), sentences and events.
public struct IngestSummary: Sendable, Equatable {
    public var files = 0
    public var articlesRead = 0
    public var articlesWritten = 0
    public var sentences = 0
    public var events = 0
    public var seconds = 0.0
    /// Articles and records passed over, by reason ("already stored", "malformed JSON", …).
    public var skipped: [String: Int] = [:]
    /// Whether some input could not be read at all (bad records, unreadable files): the exit status says so.
    public var hadInputErrors = false

    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    /// Lines for a person: the counts, then each reason for skipping.
    public var lines: [String] {
        let rate = seconds > 0 ? Double(articlesWritten) / seconds : 0
        var out = [
            "files \(files), articles read \(articlesRead), written \(articlesWritten), skipped \(skippedTotal)",
            "sentences \(sentences), events \(events)",
            "time \(String(format: "%.1f", seconds)) s, \(String(format: "%.1f", rate)) articles/s",
        ]
        for (reason, count) in skipped.sorted(by: { $0.key < $1.key }) { out.append("  skipped \(count): \(reason)") }
        return out
    }
}
