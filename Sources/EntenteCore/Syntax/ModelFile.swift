import Foundation

/// The binary container of Entente's learned models (`Models/*.model`): named arrays of numbers or
/// strings, written little-endian, with a checksum so that a corrupt or truncated file is refused with
/// a reason instead of being read as weights.
///
/// Layout, all integers little-endian:
/// ```
/// "ENTMODEL"                         8 bytes
/// version         UInt32             2
/// kind            UInt16 + UTF-8     "tagger" or "parser"
/// sections        UInt32             count, then for each:
///   name          UInt16 + UTF-8
///   element       UInt8              1 UInt8, 2 UInt32, 3 Float32, 4 UInt64, 5 strings, 6 Int16
///   count         UInt64             elements (strings: each UInt32 length + UTF-8)
///   payload
/// checksum        UInt64             FNV-1a of every byte before it
/// ```
public struct ModelFile: Sendable {
    /// One named array.
    public enum Section: Sendable, Equatable {
        case bytes([UInt8])
        case uint32([UInt32])
        case float32([Float])
        case uint64([UInt64])
        case strings([String])
        case int16([Int16])
    }

    public static let magic = Array("ENTMODEL".utf8)
    public static let version: UInt32 = 2

    /// What the file holds ("tagger", "parser").
    public var kind: String
    public var sections: [String: Section]

    public init(kind: String, sections: [String: Section] = [:]) {
        self.kind = kind
        self.sections = sections
    }

    // MARK: Writing

    /// The file's bytes.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = Self.magic
        append(Self.version, to: &out)
        appendString(kind, to: &out)
        append(UInt32(sections.count), to: &out)
        for name in sections.keys.sorted() {
            guard let section = sections[name] else { continue }
            appendString(name, to: &out)
            switch section {
            case .bytes(let values):
                out.append(1); append(UInt64(values.count), to: &out); out.append(contentsOf: values)
            case .uint32(let values):
                out.append(2); append(UInt64(values.count), to: &out); appendRaw(values, to: &out)
            case .float32(let values):
                out.append(3); append(UInt64(values.count), to: &out); appendRaw(values.map(\.bitPattern), to: &out)
            case .uint64(let values):
                out.append(4); append(UInt64(values.count), to: &out); appendRaw(values, to: &out)
            case .int16(let values):
                out.append(6); append(UInt64(values.count), to: &out); appendRaw(values, to: &out)
            case .strings(let values):
                out.append(5); append(UInt64(values.count), to: &out)
                for value in values {
                    let bytes = Array(value.utf8)
                    append(UInt32(bytes.count), to: &out)
                    out.append(contentsOf: bytes)
                }
            }
        }
        append(Self.checksum(out[...]), to: &out)
        return out
    }

    /// Writes the file to `path`.
    public func write(to path: String) throws(EntenteError) {
        let bytes = encoded()
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw EntenteError(.unreadable, file: path, line: nil, "cannot write the model: \(error.localizedDescription)")
        }
    }

    private func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private func appendRaw<T: FixedWidthInteger>(_ values: [T], to out: inout [UInt8]) {
        out.reserveCapacity(out.count + values.count * MemoryLayout<T>.size)
        for value in values { append(value, to: &out) }
    }

    private func appendString(_ s: String, to out: inout [UInt8]) {
        let bytes = Array(s.utf8.prefix(Int(UInt16.max)))
        append(UInt16(bytes.count), to: &out)
        out.append(contentsOf: bytes)
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        // FNV-1a over 8-byte words (then the tail): fast enough for 25 MB in a few milliseconds.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                h ^= raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                h = h &* 0x0000_0100_0000_01b3
            }
            for i in (words * 8)..<raw.count {
                h ^= UInt64(raw[i])
                h = h &* 0x0000_0100_0000_01b3
            }
        }
        return h
    }

    // MARK: Reading

    /// Reads a model file, refusing anything that is not a whole, uncorrupted one.
    public static func read(path: String) throws(EntenteError) -> ModelFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw EntenteError(.unreadable, file: path, line: nil, "cannot read the model: \(error.localizedDescription)")
        }
        return try decode([UInt8](data), file: path)
    }

    /// Decodes a model file's bytes; `file` names it in errors.
    public static func decode(_ bytes: [UInt8], file: String) throws(EntenteError) -> ModelFile {
        func fail(_ message: String) -> EntenteError { EntenteError(.model, file: file, line: nil, message) }
        guard bytes.count >= magic.count + 8, Array(bytes.prefix(magic.count)) == magic else {
            throw fail("not an Entente model file (it does not start with ENTMODEL)")
        }
        let body = bytes[..<(bytes.count - 8)]
        var reader = ByteReader(bytes: bytes, limit: bytes.count - 8)
        let stored = ByteReader(bytes: bytes, limit: bytes.count, offset: bytes.count - 8).peekUInt64()
        guard checksum(body) == stored else {
            throw fail("checksum mismatch: the file is truncated or corrupt (\(bytes.count) bytes); rebuild it as Training/README.md says")
        }
        reader.offset = magic.count
        do {
            let version = try reader.uint32()
            guard version == Self.version else { throw fail("format version \(version); this build reads version \(Self.version)") }
            let kind = try reader.string16()
            let count = try reader.uint32()
            var sections: [String: Section] = [:]
            for _ in 0..<count {
                let name = try reader.string16()
                let element = try reader.uint8()
                let n = try reader.uint64()
                guard n < UInt64(bytes.count) else { throw fail("section \(name) claims \(n) elements in a file of \(bytes.count) bytes") }
                let elements = Int(n)
                switch element {
                case 1: sections[name] = .bytes(try reader.array(elements, of: UInt8.self))
                case 2: sections[name] = .uint32(try reader.array(elements, of: UInt32.self))
                case 3: sections[name] = .float32(try reader.array(elements, of: UInt32.self).map(Float.init(bitPattern:)))
                case 4: sections[name] = .uint64(try reader.array(elements, of: UInt64.self))
                case 6: sections[name] = .int16(try reader.array(elements, of: Int16.self))
                case 5:
                    var strings: [String] = []
                    strings.reserveCapacity(elements)
                    for _ in 0..<elements {
                        let length = Int(try reader.uint32())
                        strings.append(String(decoding: try reader.array(length, of: UInt8.self), as: UTF8.self))
                    }
                    sections[name] = .strings(strings)
                default: throw fail("section \(name) has unknown element type \(element)")
                }
            }
            guard reader.offset == reader.limit else { throw fail("\(reader.limit - reader.offset) unexpected bytes after the last section") }
            return ModelFile(kind: kind, sections: sections)
        } catch let error as ByteReader.OutOfBounds {
            throw fail("the file ends inside \(error.what) at byte \(error.offset)")
        } catch let error as EntenteError {
            throw error
        } catch {
            throw fail("\(error)")
        }
    }

    // MARK: Typed access

    func uint32(_ name: String, file: String) throws(EntenteError) -> [UInt32] {
        guard case .uint32(let v)? = sections[name] else { throw missing(name, file) }
        return v
    }

    func bytes(_ name: String, file: String) throws(EntenteError) -> [UInt8] {
        guard case .bytes(let v)? = sections[name] else { throw missing(name, file) }
        return v
    }

    func uint64(_ name: String, file: String) throws(EntenteError) -> [UInt64] {
        guard case .uint64(let v)? = sections[name] else { throw missing(name, file) }
        return v
    }

    func int16(_ name: String, file: String) throws(EntenteError) -> [Int16] {
        guard case .int16(let v)? = sections[name] else { throw missing(name, file) }
        return v
    }

    func strings(_ name: String, file: String) throws(EntenteError) -> [String] {
        guard case .strings(let v)? = sections[name] else { throw missing(name, file) }
        return v
    }

    private func missing(_ name: String, _ file: String) -> EntenteError {
        EntenteError(.model, file: file, line: nil, "the \(kind) model has no section '\(name)' of the expected type")
    }
}

/// Bounds-checked little-endian reads from a byte array.
private struct ByteReader {
    struct OutOfBounds: Error { let what: String; let offset: Int }

    let bytes: [UInt8]
    let limit: Int
    var offset = 0

    init(bytes: [UInt8], limit: Int, offset: Int = 0) {
        self.bytes = bytes
        self.limit = limit
        self.offset = offset
    }

    func peekUInt64() -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<8 where offset + i < bytes.count { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        return v
    }

    mutating func array<T: FixedWidthInteger>(_ count: Int, of: T.Type) throws -> [T] {
        let size = MemoryLayout<T>.size
        guard count >= 0, count <= (limit - offset) / size else { throw OutOfBounds(what: "an array of \(count) elements", offset: offset) }
        let start = offset
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                for i in 0..<count {
                    buffer[i] = T(littleEndian: raw.loadUnaligned(fromByteOffset: start + i * size, as: T.self))
                }
            }
            initialized = count
        }
        offset += count * size
        return values
    }

    mutating func uint8() throws -> UInt8 { try array(1, of: UInt8.self)[0] }
    mutating func uint32() throws -> UInt32 { try array(1, of: UInt32.self)[0] }
    mutating func uint64() throws -> UInt64 { try array(1, of: UInt64.self)[0] }

    mutating func string16() throws -> String {
        let length = Int(try array(1, of: UInt16.self)[0])
        return String(decoding: try array(length, of: UInt8.self), as: UTF8.self)
    }
}
