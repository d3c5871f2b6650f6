import Foundation

/// Text read from bytes of unknown origin, with the encoding found and what had to be repaired.
public struct DecodedText: Sendable, Equatable {
    /// How the bytes were read.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with a byte order mark"
        case utf16LittleEndian = "UTF-16 little-endian"
        case utf16BigEndian = "UTF-16 big-endian"
        case windows1252 = "Windows-1252 (Latin-1)"
    }

    public var text: String
    public var encoding: Encoding
    /// Invalid sequences (UTF-8 bytes or unpaired UTF-16 surrogates) replaced with U+FFFD.
    public var replaced = 0
    /// NUL bytes (or NUL code units) dropped: they are never text, and JSON refuses them raw.
    public var removedNULs = 0
    /// The page's or feed's own declaration of its encoding (`<meta charset>`, the XML declaration), when
    /// one chose the encoding, or was found and not followed (`declarationIgnored`).
    public var declaration: CharsetDeclaration?
    /// The bytes declare windows-1252 (or Latin-1) but are UTF-8 with characters past ASCII, which Latin-1
    /// text never is: a page saved as UTF-8 with its old declaration kept. Read as UTF-8.
    public var declarationIgnored = false

    /// What a reader should tell the user about these bytes, as errors naming `file` and `line`;
    /// empty when the text is clean UTF-8 or UTF-16.
    public func warnings(file: String, line: Int?) -> [EntenteError] {
        var out: [EntenteError] = []
        if replaced > 0 {
            out.append(EntenteError(.invalidUTF8, file: file, line: line,
                                    "\(replaced) invalid byte sequence(s) replaced with U+FFFD; the rest is coded"))
        }
        if declarationIgnored, let declaration {
            out.append(EntenteError(.encoding, file: file, line: line, "the \(declaration) is not followed: the bytes are UTF-8; read as UTF-8"))
        } else if encoding == .windows1252, declaration == nil {
            out.append(EntenteError(.encoding, file: file, line: line, "not valid UTF-8; read as \(encoding.rawValue)"))
        }
        if removedNULs > 0 {
            out.append(EntenteError(.encoding, file: file, line: line, "\(removedNULs) NUL byte(s) removed"))
        }
        return out
    }
}

/// Turns the bytes a scraper brought back into text: UTF-8 with or without a byte order mark, UTF-16
/// by its mark or by the pattern of its zero bytes, Windows-1252 when the bytes are not UTF-8 in the way
/// Latin-1 text is not; invalid sequences replaced and counted, NUL removed, binary content refused.
public enum TextDecoding {
    /// How many leading bytes the binary and UTF-16 checks look at.
    static let sampleSize = 1 << 16

    /// What a file is, for the declarations of encoding that its bytes may carry.
    public enum Document: Sendable, Equatable {
        /// Plain text or JSON: no declaration.
        case plain
        /// An HTML page: `<meta charset>` in its first 1024 bytes (or an XML declaration).
        case html
        /// An XML feed: its XML declaration.
        case xml
    }

    /// The text of a whole file's `bytes`, or an error of kind `.binary` with the reason. A byte order mark
    /// decides the encoding; else, for a page or feed, the encoding it declares (`CharsetDeclaration`);
    /// else the bytes are read as `decodeLine` reads them, UTF-16 found by its zero bytes.
    public static func decode(_ bytes: [UInt8], file: String, document: Document = .plain) throws(EntenteError) -> DecodedText {
        if let utf16 = utf16Layout(bytes) {
            let decoded = decodeUTF16(bytes, bigEndian: utf16.bigEndian, skip: utf16.markLength)
            if let reason = binaryReason(decodedControls: decoded.text, sampleSize: sampleSize) {
                throw EntenteError(.binary, file: file, line: nil, "\(reason); skipped")
            }
            return decoded
        }
        if let reason = binaryReason(bytes) {
            throw EntenteError(.binary, file: file, line: nil, "\(reason); skipped")
        }
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), let declaration = CharsetDeclaration.find(in: bytes, document: document) {
            return decode(bytes[...], declared: declaration)
        }
        return decodeLine(bytes[...])
    }

    /// `bytes` in the encoding their document declares: UTF-8 with invalid sequences replaced (never guessed
    /// to be Latin-1), or windows-1252 unless the bytes are plainly UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>, declared declaration: CharsetDeclaration) -> DecodedText {
        switch declaration.encoding {
        case .utf8:
            var decoded = decode8Bit(bytes, guessWindows1252: false)
            decoded.declaration = declaration
            return decoded
        case .windows1252:
            let (kept, removedNULs) = withoutNULs(bytes)
            if kept.contains(where: { $0 >= 0x80 }), let text = kept.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) {
                return DecodedText(text: text, encoding: .utf8, removedNULs: removedNULs, declaration: declaration, declarationIgnored: true)
            }
            return DecodedText(text: windows1252(kept), encoding: .windows1252, removedNULs: removedNULs, declaration: declaration)
        }
    }

    /// The text of bytes in an 8-bit encoding (one JSON Lines record, say): UTF-8, its byte order
    /// mark dropped, or Windows-1252 when the bytes look like it; never fails.
    public static func decodeLine(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        decode8Bit(bytes, guessWindows1252: true)
    }

    /// `bytes` without their NUL bytes, and how many there were.
    private static func withoutNULs(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, removed: Int) {
        // memchr: a scraped line can be 50 MB, and this is on every line's path.
        guard bytes.withUnsafeBytes({ raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }) else { return (bytes, 0) }
        let kept = bytes.filter { $0 != 0 }
        return (kept[...], bytes.count - kept.count)
    }

    /// UTF-8, its byte order mark dropped; with `guessWindows1252`, Windows-1252 when the bytes look like it.
    private static func decode8Bit(_ bytes: ArraySlice<UInt8>, guessWindows1252: Bool) -> DecodedText {
        var bytes = bytes
        var encoding = DecodedText.Encoding.utf8
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
            encoding = .utf8WithBOM
        }
        let removedNULs: Int
        (bytes, removedNULs) = withoutNULs(bytes)
        // The common case, valid UTF-8, takes the standard library's fast validation.
        if let text = bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) {
            return DecodedText(text: text, encoding: encoding, removedNULs: removedNULs)
        }
        let (valid, invalid) = utf8SequenceCounts(bytes)
        if guessWindows1252, valid == 0, invalid > 0, encoding == .utf8 {
            return DecodedText(text: windows1252(bytes), encoding: .windows1252, removedNULs: removedNULs)
        }
        var scalars = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var replaced = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 1
            case .emptyInput: break loop
            }
        }
        return DecodedText(text: String(scalars), encoding: encoding, replaced: replaced, removedNULs: removedNULs)
    }

    /// Whether a file that starts with `prefix` is UTF-16, so has to be decoded whole before it is split
    /// into lines (its line feeds are two bytes).
    public static func isUTF16(_ prefix: [UInt8]) -> Bool { utf16Layout(prefix) != nil }

    /// Whether `bytes` are UTF-16 and in which byte order: by a byte order mark, else by zeros that fall
    /// on one side of most code units as they do in text mostly in Latin script.
    static func utf16Layout(_ bytes: [UInt8]) -> (bigEndian: Bool, markLength: Int)? {
        if bytes.starts(with: [0xFF, 0xFE]) { return (false, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (true, 2) }
        let pairs = min(bytes.count, sampleSize) / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for i in 0..<pairs {
            if bytes[2 * i] == 0 { evenZeros += 1 }
            if bytes[2 * i + 1] == 0 { oddZeros += 1 }
        }
        // Zeros on one side in most units, almost never on the other.
        if oddZeros * 10 >= pairs * 7, evenZeros * 20 <= pairs { return (false, 0) }
        if evenZeros * 10 >= pairs * 7, oddZeros * 20 <= pairs { return (true, 0) }
        return nil
    }

    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, skip: Int) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - skip) / 2)
        var i = skip
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var replaced = 0
        var removedNULs = 0
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { removedNULs += 1 } else { scalars.append(scalar) }
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 1
            case .emptyInput: break loop
            }
        }
        // An odd last byte is half a code unit.
        if i < bytes.count {
            scalars.append("\u{FFFD}")
            replaced += 1
        }
        return DecodedText(text: String(scalars), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian,
                           replaced: replaced, removedNULs: removedNULs)
    }

    /// Why `bytes`, in an 8-bit encoding, are not text, if they are not: a known file signature, or many
    /// control bytes.
    public static func binaryReason(_ bytes: [UInt8]) -> String? {
        for (signature, name) in signatures where bytes.starts(with: signature) {
            return "binary content (\(name))"
        }
        let sample = bytes.prefix(sampleSize)
        let controls = sample.reduce(0) { $0 + (isBinaryControl($1) ? 1 : 0) }
        return tooManyControls(controls, of: sample.count)
    }

    /// The same check on decoded UTF-16, whose zero bytes are part of the encoding.
    static func binaryReason(decodedControls text: String, sampleSize: Int) -> String? {
        var controls = 0
        var count = 0
        for scalar in text.unicodeScalars.prefix(sampleSize) {
            count += 1
            if scalar.value < 0x80, isBinaryControl(UInt8(scalar.value)) { controls += 1 }
        }
        return tooManyControls(controls, of: count)
    }

    /// More than one byte in ten a control character: no text looks like that, most binary files do.
    private static func tooManyControls(_ controls: Int, of count: Int) -> String? {
        guard count > 0, controls * 10 > count else { return nil }
        return "binary content (\(controls) control bytes in the first \(count))"
    }

    /// C0 controls that text does not use; tab, line feed, form feed, carriage return and escape are text.
    @inline(__always)
    private static func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0B && byte != 0x0C && byte != 0x0D && byte != 0x1B
            || byte == 0x7F
    }

    /// File signatures of formats a scraper brings back instead of text.
    private static let signatures: [([UInt8], String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or office document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66], "an SQLite database"),
    ]

    /// Well-formed multi-byte UTF-8 sequences and invalid bytes: Latin-1 text has only the second.
    static func utf8SequenceCounts(_ bytes: ArraySlice<UInt8>) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { valid += 1 }
            case .error: invalid += 1
            case .emptyInput: break loop
            }
        }
        return (valid, invalid)
    }

    /// Windows-1252, the superset of Latin-1 that Western web pages and Word documents mean by Latin-1.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(cp1252High[Int(byte) - 0x80]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Windows-1252's 0x80–0x9F; the five unassigned bytes map to the C1 controls, as browsers do.
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
