// swift-tools-version: 6.2
// libFuzzer targets for Entente's readers and pipeline. Kept out of the main package because they only link
// with `-sanitize=fuzzer` (libFuzzer supplies `main`); build and run them with `Fuzz/run.sh SECONDS`.
//
// Each target is a Swift library exporting `LLVMFuzzerTestOneInput` and a C executable with no code of its own,
// so that SwiftPM links an executable without renaming a Swift `main`. `Sources/EntenteCore` is a link to the
// main package's library, built here with the fuzzer's coverage and AddressSanitizer, without the server's
// dependencies. To fuzz another reader: add a function to FuzzSupport/FuzzHarness.swift, `FuzzX` and
// `entente-fuzz-x` as below, a seed corpus in `corpus/x/`, and its name to the list in `run.sh`.
import PackageDescription

let package = Package(
    name: "EntenteFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "entente-fuzz-text", targets: ["entente-fuzz-text"]),
        .executable(name: "entente-fuzz-jsonl", targets: ["entente-fuzz-jsonl"]),
        .executable(name: "entente-fuzz-dictionary", targets: ["entente-fuzz-dictionary"]),
        .executable(name: "entente-fuzz-markup", targets: ["entente-fuzz-markup"]),
        .executable(name: "entente-fuzz-petrarch", targets: ["entente-fuzz-petrarch"]),
    ],
    targets: [
        .target(name: "EntenteCore"),
        .target(name: "FuzzSupport", dependencies: ["EntenteCore"]),
        .target(name: "FuzzText", dependencies: ["FuzzSupport"]),
        .target(name: "FuzzJSONLines", dependencies: ["FuzzSupport"]),
        .target(name: "FuzzDictionary", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "entente-fuzz-text", dependencies: ["FuzzText"]),
        .executableTarget(name: "entente-fuzz-jsonl", dependencies: ["FuzzJSONLines"]),
        .executableTarget(name: "entente-fuzz-dictionary", dependencies: ["FuzzDictionary"]),
        .target(name: "FuzzMarkup", dependencies: ["FuzzSupport"]),
        .target(name: "FuzzPetrarch", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "entente-fuzz-markup", dependencies: ["FuzzMarkup"]),
        .executableTarget(name: "entente-fuzz-petrarch", dependencies: ["FuzzPetrarch"]),
    ],
    swiftLanguageModes: [.v6]
)
