// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "EntenteCore", targets: ["EntenteCore"]),
        .library(name: "EntenteStore", targets: ["EntenteStore"]),
        .library(name: "EntenteServer", targets: ["EntenteServer"]),
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "EntenteCore"),
        .target(
            name: "EntenteStore",
            dependencies: [
                "EntenteCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "EntenteServer",
            dependencies: [
                "EntenteCore",
                "EntenteStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Resources/openapi-schemas.json"), .copy("Resources/demo-articles.jsonl"), .copy("Resources/world-map.tsv")]
        ),
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteCore",
                "EntenteStore",
                "EntenteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EntenteCoreTests", dependencies: ["EntenteCore"]),
        .testTarget(name: "EntenteStoreTests", dependencies: ["EntenteStore", "EntenteCore"]),
        .testTarget(
            name: "EntenteServerTests",
            dependencies: [
                "EntenteServer",
                "EntenteStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
