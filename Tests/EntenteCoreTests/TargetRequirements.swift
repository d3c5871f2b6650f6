import Foundation
import Testing

extension Trait where Self == ConditionTrait {
    /// The `entente` executable that `swift build` makes (`CommandLineTests.binary`).
    static var needsBinary: Self { Requirements.need(CommandLineTests.binary != nil, Requirements.binaryMissing) }

    /// `../shared` beside the checkout (`Fixtures.shared`).
    static var needsShared: Self { Requirements.need(Fixtures.shared != nil, Fixtures.sharedMissing) }
}
