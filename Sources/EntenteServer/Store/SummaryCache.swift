import Synchronization

/// The whole store's dyad and actor summaries (the network page, `/api/dyads`, `/api/actors`), kept until
/// the store's mentions change. Worked out from every mention's JSON, they cost seconds on a large store;
/// rows are only ever added, so the number of mentions tells whether the kept ones still hold.
final class SummaryCache: Sendable {
    private struct Kept {
        var mentions: Int
        var dyads: [DyadSummary]?
        var actors: [ActorSummary]?
    }

    private let kept = Mutex<Kept?>(nil)

    /// The dyads kept for a store of `mentions` mentions, or nil.
    func dyads(mentions: Int) -> [DyadSummary]? {
        kept.withLock { $0?.mentions == mentions ? $0?.dyads : nil }
    }

    func actors(mentions: Int) -> [ActorSummary]? {
        kept.withLock { $0?.mentions == mentions ? $0?.actors : nil }
    }

    func keep(dyads: [DyadSummary], mentions: Int) {
        kept.withLock { kept in
            if kept?.mentions != mentions { kept = Kept(mentions: mentions) }
            kept?.dyads = dyads
        }
    }

    func keep(actors: [ActorSummary], mentions: Int) {
        kept.withLock { kept in
            if kept?.mentions != mentions { kept = Kept(mentions: mentions) }
            kept?.actors = actors
        }
    }
}
