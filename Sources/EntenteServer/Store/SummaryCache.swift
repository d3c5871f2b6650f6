import Synchronization

/// The whole store's dyad and actor summaries and its relation facts (the dashboard's pictures, `/api/dyads`,
/// `/api/actors`), kept until the store's mentions change. Worked out from every mention's JSON, they cost seconds on a large store;
/// rows are only ever added, so the number of mentions tells whether the kept ones still hold.
final class SummaryCache: Sendable {
    /// The summaries, made together from one reading of every event.
    struct Summaries: Sendable {
        let dyads: [DyadSummary]
        let actors: [ActorSummary]
        let facts: [RelationFact]
    }

    private let kept = Mutex<(mentions: Int, summaries: Summaries)?>(nil)

    /// The summaries kept for a store of `mentions` mentions, or nil.
    func summaries(mentions: Int) -> Summaries? {
        kept.withLock { $0?.mentions == mentions ? $0?.summaries : nil }
    }

    func keep(_ summaries: Summaries, mentions: Int) {
        kept.withLock { $0 = (mentions, summaries) }
    }
}
