import Synchronization

/// The whole store's dyad and actor summaries and its relation facts (the dashboard's pictures, `/api/dyads`,
/// `/api/actors`), kept until the store's generation (`RelationsStore.generation()`) changes. Worked out from every mention's
/// JSON, they cost seconds on a large store.
final class SummaryCache: Sendable {
    /// The summaries, made together from one reading of every event.
    struct Summaries: Sendable {
        let dyads: [DyadSummary]
        let actors: [ActorSummary]
        let facts: [RelationFact]
    }

    private let kept = Mutex<(generation: String, summaries: Summaries)?>(nil)

    /// The summaries kept for the store's `generation`, or nil.
    func summaries(generation: String) -> Summaries? {
        kept.withLock { $0?.generation == generation ? $0?.summaries : nil }
    }

    func keep(_ summaries: Summaries, generation: String) {
        kept.withLock { $0 = (generation, summaries) }
    }
}
