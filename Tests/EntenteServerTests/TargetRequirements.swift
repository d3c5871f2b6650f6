import Foundation
import Testing

extension Requirements {
    static let wrkMissing = "wrk is not installed (apt-get install wrk)"
    static let chromiumMissing = "chromium is not installed (.ci/run installs Debian's chromium)"
    static let seedMissing = "../shared/data/seed/article.jsonl is not beside this checkout"
}

extension Trait where Self == ConditionTrait {
    /// The `entente` executable that `swift build` makes (`LoadTests.binary`).
    static var needsBinary: Self { Requirements.need(LoadTests.binary != nil, Requirements.binaryMissing) }

    /// The seed article of `../shared` beside the checkout (`ChromiumTests.seed`).
    static var needsShared: Self {
        Requirements.need(FileManager.default.fileExists(atPath: ChromiumTests.seed.path), Requirements.seedMissing)
    }

    /// Debian's wrk (`LoadTests.wrk`).
    static var needsWrk: Self { Requirements.need(LoadTests.wrk != nil, Requirements.wrkMissing) }

    /// Debian's headless Chromium (`ChromiumTests.chromium`).
    static var needsChromium: Self {
        Requirements.need(ChromiumTests.chromium != nil, Requirements.chromiumMissing)
    }
}
