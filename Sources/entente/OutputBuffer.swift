import ArgumentParser
import EntenteCore

/// Collects a command's output and writes it to standard output in large blocks. A failed write (a full
/// disk, a closed pipe) ends the command: the reason on standard error and exit status 74 (EX_IOERR),
/// rather than a crash or output cut short without a word.
struct OutputBuffer {
    private var buffer: [UInt8] = []

    mutating func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { try flush() }
    }

    /// Appends `text` and a line feed.
    mutating func line(_ text: String) throws {
        try append(text)
        try append("\n")
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try StandardStreams.writeOutput(buffer)
        } catch {
            StandardStreams.writeError("entente: \(error)\n")
            throw ExitCode(74)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes lines to standard output in large blocks.
func writeLines(_ lines: [String]) throws {
    var output = OutputBuffer()
    for line in lines { try output.line(line) }
    try output.flush()
}
