import Foundation
@testable import EntenteCore

/// Shared fixtures: the project's dictionaries, loaded once, and helpers to code our own sentences.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dictionaries: Dictionaries = {
        do { return try Dictionaries.load(from: repositoryRoot.appendingPathComponent("Dictionaries")) } catch {
            fatalError("the project's dictionaries do not load: \(error)")
        }
    }()
    static let coder = EventCoder(dictionaries: dictionaries)

    /// `../shared` beside the repository, if this checkout has it.
    static let shared: URL? = {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("data").path) ? url : nil
    }()
    static let sharedMissing = "../shared is not beside this checkout"

    /// Codes one article of our own text.
    static func code(_ text: String, date: String? = "2025-01-15") -> [Event] {
        coder.code(Article(id: "test", date: date.flatMap(SimpleDate.init(iso:)), text: text))
    }

    /// "CODE SRC>TGT modality" for compact assertions.
    static func summary(_ text: String, date: String? = "2025-01-15") -> [String] {
        code(text, date: date).map { "\($0.code.code) \($0.source.code)>\($0.target?.code ?? "-")" }
    }
}
