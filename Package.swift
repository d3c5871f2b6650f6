// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "EntenteCore", targets: ["EntenteCore"]),
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "EntenteCore"),
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EntenteCoreTests", dependencies: ["EntenteCore"]),
    ],
    swiftLanguageModes: [.v6]
)
