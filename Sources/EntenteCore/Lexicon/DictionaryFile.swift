/// One record of a dictionary file: its fields and where it stands.
public struct DictionaryRecord: Sendable {
    public var fields: [String]
    public var file: String
    public var line: Int

    /// An error about this record.
    public func error(_ message: String) -> EntenteError {
        EntenteError(.malformedDictionary, file: file, line: line, message)
    }
}

/// Reads Entente's dictionary text format: `#` comments, fields separated by two or more spaces or a tab.
public enum DictionaryFile {
    /// The records of `text`, which was read from `file`.
    public static func records(_ text: String, file: String) -> [DictionaryRecord] {
        var out: [DictionaryRecord] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let fields = splitFields(line)
            if fields.isEmpty { continue }
            out.append(DictionaryRecord(fields: fields, file: file, line: lineNumber))
        }
        return out
    }

    /// Splits on tabs and runs of two or more spaces.
    static func splitFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var spaces = 0
        for ch in line {
            if ch == "\t" || ch == "\r" {
                spaces = 2
                continue
            }
            if ch == " " {
                spaces += 1
                continue
            }
            if spaces >= 2, !current.isEmpty {
                fields.append(current)
                current = ""
            } else if spaces == 1, !current.isEmpty {
                current.append(" ")
            }
            spaces = 0
            current.append(ch)
        }
        if !current.isEmpty { fields.append(current) }
        return fields
    }

    /// Splits a list of names on `|`, trimming spaces; an empty alternative is an error.
    public static func names(_ field: String, in record: DictionaryRecord) throws(EntenteError) -> [String] {
        let names = field.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: " ") }
        if names.contains(where: \.isEmpty) { throw record.error("empty name in '\(field)'") }
        return names
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String { String(self).trimmingCharacters(in: set) }
}
