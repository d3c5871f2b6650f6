// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "EntenteCore", targets: ["EntenteCore"]),
        .library(name: "EntenteServer", targets: ["EntenteServer"]),
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "EntenteCore"),
        .target(
            name: "EntenteServer",
            dependencies: [
                "EntenteCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
            ],
            resources: [.copy("Resources/openapi.json"), .copy("Resources/demo-articles.jsonl")]
        ),
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteCore",
                "EntenteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EntenteCoreTests", dependencies: ["EntenteCore"]),
        .testTarget(
            name: "EntenteServerTests",
            dependencies: [
                "EntenteServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
