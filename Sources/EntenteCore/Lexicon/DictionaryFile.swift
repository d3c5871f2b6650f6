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
        var text = text
        // Byte-level splitting: the dictionaries are read at every start, so this is on the load path.
        return text.withUTF8 { bytes in
            var out: [DictionaryRecord] = []
            ByteLines.forEach(in: bytes) { line, number in
                let content = UnsafeBufferPointer(rebasing: line[..<(line.firstIndex(of: UInt8(ascii: "#")) ?? line.endIndex)])
                let fields = splitFields(content)
                if !fields.isEmpty { out.append(DictionaryRecord(fields: fields, file: file, line: number)) }
            }
            return out
        }
    }

    /// Splits on tabs and runs of two or more spaces; a single space stays inside a field.
    private static func splitFields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        var fields: [String] = []
        var i = 0
        let n = line.count
        func isGap(_ at: Int) -> Bool {
            let b = line[at]
            return b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r")
                || (b == UInt8(ascii: " ") && at + 1 < n && (line[at + 1] == UInt8(ascii: " ") || line[at + 1] == UInt8(ascii: "\t")))
        }
        while i < n {
            while i < n, line[i] == UInt8(ascii: " ") || line[i] == UInt8(ascii: "\t") || line[i] == UInt8(ascii: "\r") { i += 1 }
            guard i < n else { break }
            let start = i
            while i < n, !isGap(i) { i += 1 }
            var end = i
            while end > start, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self))
        }
        return fields
    }

    /// The text of a dictionary file's `bytes`: UTF-8 (a byte order mark is dropped), or an error naming
    /// the first line that is not, since a dictionary entry silently garbled is worse than none.
    public static func text(_ bytes: [UInt8], file: String) throws(EntenteError) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let text = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) { return text }
        var line = 1
        for piece in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if piece.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) == nil { break }
            line += 1
        }
        throw EntenteError(.invalidUTF8, file: file, line: line, "expected UTF-8 text; the line has bytes that are not")
    }

    /// Splits a list of names on `|`, trimming spaces; an empty alternative is an error.
    public static func names(_ field: String, in record: DictionaryRecord) throws(EntenteError) -> [String] {
        let names = field.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: " ") }
        if names.contains(where: \.isEmpty) { throw record.error("expected names separated by '|', found an empty one in '\(field)'") }
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
