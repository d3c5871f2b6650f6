import Foundation
import Testing

/// What some tests need beyond the package: each is a trait on the test, so that where it is missing the
/// test is reported skipped with the reason, never passed. With `ENTENTE_TEST_NO_SKIPS=1` in the environment
/// (`.ci/run` sets it) every such test runs, and a missing need fails it: each test also `#require`s what it needs.
enum Requirements {
    /// `ENTENTE_TEST_NO_SKIPS=1`: nothing is skipped.
    static let noSkips = ProcessInfo.processInfo.environment["ENTENTE_TEST_NO_SKIPS"] == "1"

    static let binaryMissing = "the entente binary is not built"
    static let wrkMissing = "wrk is not installed (apt-get install wrk)"
    static let chromiumMissing = "chromium is not installed (.ci/run installs Debian's chromium)"
    static let seedMissing = "../shared/data/seed/article.jsonl is not beside this checkout"
}

extension Trait where Self == ConditionTrait {
    /// The `entente` executable that `swift build` makes (`LoadTests.binary`).
    static var needsBinary: Self {
        .enabled(if: Requirements.noSkips || LoadTests.binary != nil, Comment(rawValue: Requirements.binaryMissing))
    }

    /// The seed article of `../shared` beside the checkout (`ChromiumTests.seed`).
    static var needsShared: Self {
        .enabled(if: Requirements.noSkips || FileManager.default.fileExists(atPath: ChromiumTests.seed.path), Comment(rawValue: Requirements.seedMissing))
    }

    /// A PostgreSQL server for the tests' databases (`ENTENTE_TEST_POSTGRES`).
    static var needsPostgres: Self {
        .enabled(if: Requirements.noSkips || PostgresTestDatabase.server != nil, Comment(rawValue: PostgresTestDatabase.missing))
    }

    /// A second PostgreSQL server and the command that restarts it (`ENTENTE_TEST_POSTGRES_RESTARTABLE`, `ENTENTE_TEST_POSTGRES_RESTART`).
    static var needsRestartablePostgres: Self {
        .enabled(if: Requirements.noSkips || PostgresTestDatabase.restartable != nil, Comment(rawValue: PostgresTestDatabase.restartableMissing))
    }

    /// Debian's wrk (`LoadTests.wrk`).
    static var needsWrk: Self {
        .enabled(if: Requirements.noSkips || LoadTests.wrk != nil, Comment(rawValue: Requirements.wrkMissing))
    }

    /// Debian's headless Chromium (`ChromiumTests.chromium`).
    static var needsChromium: Self {
        .enabled(if: Requirements.noSkips || ChromiumTests.chromium != nil, Comment(rawValue: Requirements.chromiumMissing))
    }
}
