import Foundation

/// A `PETR_config.ini`: its `[Dictionaries]` file names and its `[Options]`, with the line of each key.
public struct PetrarchConfig: Sendable {
    public var dictionaries: [String: String] = [:]
    public var options: [String: String] = [:]
    public var lines: [String: Int] = [:]

    public static func read(_ path: String) throws(EntenteError) -> PetrarchConfig {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw EntenteError(.unreadable, file: path, line: nil, "cannot read the PETRARCH config file")
        }
        var config = PetrarchConfig()
        var section = ""
        for line in PetrarchSource.lines(text, file: path) {
            let text = line.trimmed
            if text.hasPrefix("[") {
                guard text.hasSuffix("]") else { throw line.error("expected a section '[Name]', found '\(text)'") }
                section = String(text.dropFirst().dropLast())
                continue
            }
            guard let equals = text.firstIndex(of: "=") else { throw line.error("expected 'key = value', found '\(text)'") }
            let key = text[..<equals].trimmedBlanks
            let value = text[text.index(after: equals)...].trimmedBlanks
            config.lines[key] = line.number
            if section == "Dictionaries" { config.dictionaries[key] = value } else if section == "Options" { config.options[key] = value }
        }
        return config
    }

    /// The coding options the config sets (require_dyad, the comma limits, new_actor_length).
    public func apply(to options: inout CodingOptions) {
        for (key, value) in self.options { options.set(key, value) }
    }
}
