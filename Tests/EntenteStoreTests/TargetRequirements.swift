import Foundation
import Testing

extension Trait where Self == ConditionTrait {
    /// The `entente` executable that `swift build` makes (`StoreFixtures.binary`).
    static var needsBinary: Self { Requirements.need(StoreFixtures.binary != nil, Requirements.binaryMissing) }

    /// `../shared/data/news/world.jsonl` beside the checkout (`StoreFixtures.world`).
    static var needsShared: Self { Requirements.need(StoreFixtures.world != nil, StoreFixtures.worldMissing) }

    /// A PostgreSQL server that takes TLS connections only, and its certificate authority
    /// (`ENTENTE_TEST_POSTGRES_TLS`, `ENTENTE_TEST_POSTGRES_TLS_CA`).
    static var needsTLSPostgres: Self {
        Requirements.need(PostgresTLSTests.server != nil && PostgresTLSTests.authority != nil, PostgresTLSTests.missing)
    }
}
