/// The lines of UTF-8 text, split on "\n" in the bytes: the dictionaries are read at every start, and
/// splitting them as Characters was most of their reading time.
enum ByteLines {
    /// Calls `body` with each line of `bytes` (without its "\n") and its number, from 1. Text that ends
    /// in "\n" has an empty last line.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ line: UnsafeBufferPointer<UInt8>, _ number: Int) -> Void) {
        var number = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            number += 1
            body(UnsafeBufferPointer(rebasing: bytes[start..<end]), number)
            start = end + 1
        }
    }
}
