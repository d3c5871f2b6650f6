import EntenteCore
import Foundation

/// Files shipped with the server target: the OpenAPI document and the demo articles.
enum Resources {
    static func text(_ name: String, extension ext: String) throws(EntenteError) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
            throw EntenteError(.unreadable, file: "\(name).\(ext)", line: nil, "missing from the server's resources")
        }
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw EntenteError(.unreadable, file: url.path, line: nil, "cannot read (\(error.localizedDescription))")
        }
    }
}

/// The bundled example articles of `entente serve --demo`: our own text about several dyads over time.
public enum DemoArticles {
    public static func load() throws(EntenteError) -> [Article] {
        let text = try Resources.text("demo-articles", extension: "jsonl")
        return try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.isEmpty }
            .map { (offset, line) throws(EntenteError) in try ArticleParser.parseJSONLine(line, file: "demo-articles.jsonl", line: offset + 1) }
    }
}
