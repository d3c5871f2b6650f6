#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the process's standard output and error with `write(2)`, so that a full disk or a closed
/// stream is an error the caller sees (standard output) or a message lost quietly (standard error), never
/// a crash: `FileHandle.write` traps on such a failure, and `print` drops the rest without a word.
public enum StandardStreams {
    /// Writes `bytes` to standard output whole, or throws the reason it could not.
    public static func writeOutput(_ bytes: [UInt8]) throws(OutputFailure) {
        try write(bytes, to: 1)
    }

    /// Writes `text` to standard error; a failure there has nowhere to be told, so it is ignored.
    public static func writeError(_ text: String) {
        try? write(Array(text.utf8), to: 2)
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) throws(OutputFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                #if canImport(Glibc)
                return Glibc.write(descriptor, base + offset, raw.count - offset)
                #else
                return Darwin.write(descriptor, base + offset, raw.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputFailure(errno: errno)
            }
            offset += written
        }
    }
}

/// A write to standard output that failed, with the system's reason ("No space left on device").
public struct OutputFailure: Error, CustomStringConvertible {
    public let errno: Int32
    public var description: String { "cannot write the output: \(String(cString: strerror(errno)))" }
}
