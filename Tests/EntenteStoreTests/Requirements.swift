import Foundation
import Testing

/// What some tests need beyond the package: each is a trait on the test, so that where it is missing the
/// test is reported skipped with the reason, never passed. With `ENTENTE_TEST_NO_SKIPS=1` in the environment
/// (`.ci/run` sets it) every such test runs, and a missing need fails it: each test also `#require`s what it needs.
enum Requirements {
    /// `ENTENTE_TEST_NO_SKIPS=1`: nothing is skipped.
    static let noSkips = ProcessInfo.processInfo.environment["ENTENTE_TEST_NO_SKIPS"] == "1"

    static let binaryMissing = "the entente binary is not built"
    static let devFullMissing = "this system has no /dev/full"
}

extension Trait where Self == ConditionTrait {
    /// The `entente` executable that `swift build` makes (`StoreFixtures.binary`).
    static var needsBinary: Self {
        .enabled(if: Requirements.noSkips || StoreFixtures.binary != nil, Comment(rawValue: Requirements.binaryMissing))
    }

    /// `../shared/data/news/world.jsonl` beside the checkout (`StoreFixtures.world`).
    static var needsShared: Self {
        .enabled(if: Requirements.noSkips || StoreFixtures.world != nil, Comment(rawValue: StoreFixtures.worldMissing))
    }

    /// A PostgreSQL server for the tests' databases (`ENTENTE_TEST_POSTGRES`).
    static var needsPostgres: Self {
        .enabled(if: Requirements.noSkips || PostgresTestDatabase.server != nil, Comment(rawValue: PostgresTestDatabase.missing))
    }

    /// A second PostgreSQL server and the command that restarts it (`ENTENTE_TEST_POSTGRES_RESTARTABLE`, `ENTENTE_TEST_POSTGRES_RESTART`).
    static var needsRestartablePostgres: Self {
        .enabled(if: Requirements.noSkips || PostgresTestDatabase.restartable != nil, Comment(rawValue: PostgresTestDatabase.restartableMissing))
    }

    /// A PostgreSQL server that takes TLS connections only, and its certificate authority
    /// (`ENTENTE_TEST_POSTGRES_TLS`, `ENTENTE_TEST_POSTGRES_TLS_CA`).
    static var needsTLSPostgres: Self {
        .enabled(if: Requirements.noSkips || (PostgresTLSTests.server != nil && PostgresTLSTests.authority != nil),
                 Comment(rawValue: PostgresTLSTests.missing))
    }

    /// `/dev/full`, the device whose every write fails with ENOSPC.
    static var needsDevFull: Self {
        .enabled(if: Requirements.noSkips || FileManager.default.isWritableFile(atPath: "/dev/full"), Comment(rawValue: Requirements.devFullMissing))
    }
}
