import Testing
@testable import EntenteCore

@Suite("Input bytes: encodings detected, invalid bytes replaced and counted, binary refused")
struct TextDecodingTests {
    let sentence = "Seoul imposed sanctions on Moscow."

    func decode(_ bytes: [UInt8]) throws -> DecodedText { try TextDecoding.decode(bytes, file: "in.txt") }

    @Test func utf8WithAndWithoutAByteOrderMark() throws {
        let plain = try decode(Array("Café in Séoul".utf8))
        #expect(plain.text == "Café in Séoul" && plain.encoding == .utf8 && plain.replaced == 0)
        let marked = try decode([0xEF, 0xBB, 0xBF] + Array(sentence.utf8))
        #expect(marked.text == sentence && marked.encoding == .utf8WithBOM)
        #expect(plain.warnings(file: "in.txt", line: nil).isEmpty)
    }

    @Test func utf16ByItsMarkAndByItsZeroBytes() throws {
        let units = Array("Café, Seoul — Moscow".utf16)
        let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (bytes, encoding) in [([0xFF, 0xFE] + little, DecodedText.Encoding.utf16LittleEndian), ([0xFE, 0xFF] + big, .utf16BigEndian),
                                  (little, .utf16LittleEndian), (big, .utf16BigEndian)] {
            let decoded = try decode(bytes)
            #expect(decoded.text == "Café, Seoul — Moscow" && decoded.encoding == encoding && decoded.replaced == 0)
        }
        // An unpaired surrogate and an odd last byte are replaced and counted.
        let broken = try decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43])
        #expect(broken.text == "A\u{FFFD}B\u{FFFD}" && broken.replaced == 2)
    }

    @Test func latin1AndWindows1252WhenTheBytesAreNotUTF8() throws {
        // "Café" and curly quotes and a euro sign as Windows-1252 writes them.
        let decoded = try decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x20, 0x80, 0x35])
        #expect(decoded.text == "Café \u{201C}ok\u{201D} €5" && decoded.encoding == .windows1252)
        #expect(decoded.warnings(file: "in.txt", line: 3).map(\.description) == ["in.txt:3: encoding: not valid UTF-8; read as Windows-1252 (Latin-1)"])
    }

    @Test func invalidUTF8AmongValidTextIsReplacedAndCounted() throws {
        // Valid multi-byte UTF-8 ("é") beside invalid bytes: this is UTF-8 damaged, not Latin-1.
        let decoded = try decode(Array("Séoul ".utf8) + [0xFF, 0xC3] + Array(" Moscow".utf8) + [0xE2, 0x82])
        #expect(decoded.encoding == .utf8 && decoded.replaced == 3)
        #expect(decoded.text == "Séoul \u{FFFD}\u{FFFD} Moscow\u{FFFD}")
        #expect(decoded.warnings(file: "a.jsonl", line: 4).first?.description == "a.jsonl:4: invalid UTF-8: 3 invalid byte sequence(s) replaced with U+FFFD; the rest is coded")
    }

    @Test func nulBytesAreRemovedAndCounted() throws {
        let decoded = try decode(Array("Seoul\0 imposed sanctions\0 on Moscow.".utf8))
        #expect(decoded.text == sentence && decoded.removedNULs == 2)
        #expect(decoded.warnings(file: "in.txt", line: nil).map(\.description) == ["in.txt: encoding: 2 NUL byte(s) removed"])
        let line = TextDecoding.decodeLine(ArraySlice(Array(#"{"id":"a",\#0"text":"x"}"#.utf8)))
        #expect(line.text == #"{"id":"a","text":"x"}"# && line.removedNULs == 1)
    }

    @Test func binaryFilesAreRefusedWithAReason() {
        let cases: [([UInt8], String)] = [
            ([0x1F, 0x8B, 0x08, 0x00] + Array("tail".utf8), "a gzip archive"),
            (Array("%PDF-1.7\n".utf8) + Array(sentence.utf8), "a PDF document"),
            ([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "an ELF executable"),
            ((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }, "control bytes"),
        ]
        for (bytes, reason) in cases {
            do {
                _ = try TextDecoding.decode(bytes, file: "scraped.bin")
                Issue.record("accepted \(reason)")
            } catch {
                #expect(error.kind == .binary && error.description.hasPrefix("scraped.bin: binary file: binary content ("), "\(error)")
                #expect(error.description.contains(reason), "\(error)")
            }
        }
    }

    @Test func emptyInputIsEmptyText() throws {
        let decoded = try decode([])
        #expect(decoded.text.isEmpty && decoded.encoding == .utf8)
    }
}
