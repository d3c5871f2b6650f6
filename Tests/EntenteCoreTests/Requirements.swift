import Foundation
import Testing

/// What some tests need beyond the package: each is a trait on the test, so that where it is missing the
/// test is reported skipped with the reason, never passed. With `ENTENTE_TEST_NO_SKIPS=1` in the environment
/// (`.ci/run` sets it) every such test runs, and a missing need fails it: each test also `#require`s what it needs.
/// Shared by the test targets (a symbolic link in the store's and the server's); each target's own needs are
/// in its `TargetRequirements.swift`, PostgreSQL's in `PostgresTestDatabase.swift`.
enum Requirements {
    /// `ENTENTE_TEST_NO_SKIPS=1`: nothing is skipped.
    static let noSkips = ProcessInfo.processInfo.environment["ENTENTE_TEST_NO_SKIPS"] == "1"

    static let binaryMissing = "the entente binary is not built"
    static let devFullMissing = "this system has no /dev/full"

    /// The trait of a need: the test runs when `available` (or when nothing may be skipped), else it is
    /// skipped with `reason`.
    static func need(_ available: Bool, _ reason: String) -> ConditionTrait {
        .enabled(if: noSkips || available, Comment(rawValue: reason))
    }
}

extension Trait where Self == ConditionTrait {
    /// `/dev/full`, the device whose every write fails with ENOSPC.
    static var needsDevFull: Self { Requirements.need(FileManager.default.isWritableFile(atPath: "/dev/full"), Requirements.devFullMissing) }
}
