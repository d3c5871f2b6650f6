import Foundation
import Testing

/// 500 concurrent connections from wrk (Debian's package) against a live `entente serve --demo` on
/// loopback for 10 s, across every page and API route, over each store (memory, SQLite, PostgreSQL): no
/// socket error, no failed request, and the server's peak memory bounded. Skipped, with the reason, where
/// wrk or the built binary is missing. One store at a time, so that the loads do not share the cores.
@Suite("Server under load: 500 connections from wrk", .serialized)
struct LoadTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let binary = ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/entente") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    /// Peak resident memory the server may reach: the demo store and 500 connections need well under it.
    static let memoryBound = 512 << 20

    /// The routes the load rotates through, one per request (shared with `Benchmarks/server-load.sh`).
    static let script = root.appendingPathComponent("Benchmarks/load-routes.lua")

    @Test(.needsWrk, .needsBinary, arguments: [Backing.memory, .sqlite])
    func fiveHundredConnectionsWithoutErrorsOrUnboundedMemory(_ backing: Backing) async throws { try await fiveHundredConnectionsWithoutErrorsOrUnboundedMemory(on: backing) }
    @Test(.needsWrk, .needsBinary, .needsPostgres)
    func fiveHundredConnectionsWithoutErrorsOrUnboundedMemoryOnPostgreSQL() async throws { try await fiveHundredConnectionsWithoutErrorsOrUnboundedMemory(on: .postgres) }
    func fiveHundredConnectionsWithoutErrorsOrUnboundedMemory(on backing: Backing) async throws {
        let wrk = try #require(Self.wrk, "\(Requirements.wrkMissing)")
        let binary = try #require(Self.binary, "\(Requirements.binaryMissing)")
        let port = try Self.freePort()
        var database: [String] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-load-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        switch backing {
        case .memory: break
        case .sqlite: database = ["--db", folder.appendingPathComponent("events.sqlite").path]
        case .postgres: database = ["--db", try PostgresTestDatabase.create(on: try #require(PostgresTestDatabase.server, "\(PostgresTestDatabase.missing)"))]
        }
        defer { if backing == .postgres, let server = PostgresTestDatabase.server { PostgresTestDatabase.drop(database[1], server: server) } }
        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--demo", "--port", "\(port)"] + database
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        try await Self.waitUntilListening(port: port, process: server)

        let scriptURL = Self.script
        let load = Process()
        load.executableURL = URL(fileURLWithPath: wrk)
        load.arguments = ["-t2", "-c500", "-d10s", "--timeout", "10s", "-s", scriptURL.path, "http://127.0.0.1:\(port)/"]
        let output = Pipe()
        load.standardOutput = output
        load.standardError = output
        try load.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        load.waitUntilExit()
        let peak = try Self.peakMemory(of: server.processIdentifier)

        let requests = Self.number(after: " requests in", in: report, backwards: true)
        let socketErrors = Self.socketErrors(report)
        let failed = Self.number(after: "Non-2xx or 3xx responses:", in: report) ?? 0
        print("load over \(backing): \(requests ?? 0) requests in 10 s (\(Self.line(starting: "Requests/sec:", in: report))), socket errors \(socketErrors), failed \(failed), server peak RSS \(peak >> 20) MiB")
        #expect(load.terminationStatus == 0, "\(report)")
        #expect((requests ?? 0) > 0, "\(report)")
        #expect(socketErrors == 0, "\(report)")
        #expect(failed == 0, "\(report)")
        #expect(peak < Self.memoryBound, "peak RSS \(peak >> 20) MiB")
    }

    /// A port nobody listens on now: the kernel's pick for a socket bound to port 0.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw TestFailure("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Waits for the server to accept connections (it codes the demo articles first), up to a minute.
    static func waitUntilListening(port: Int, process: Process) async throws {
        for _ in 0..<600 {
            guard process.isRunning else { throw TestFailure("entente serve exited with status \(process.terminationStatus)") }
            if (try? RawConnection(port: port)) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("entente serve did not listen on port \(port) within a minute")
    }

    /// The process's peak resident set (VmHWM), in bytes.
    static func peakMemory(of pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let kilobytes = number(after: "VmHWM:", in: status) else { throw TestFailure("no VmHWM in /proc/\(pid)/status") }
        return kilobytes << 10
    }

    /// wrk's "Socket errors: connect A, read B, write C, timeout D", added up; 0 when it prints none.
    static func socketErrors(_ report: String) -> Int {
        let text = line(starting: "Socket errors:", in: report)
        return text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.reduce(0, +)
    }

    /// The line of `text` that starts with `prefix` (after spaces), or "".
    static func line(starting prefix: String, in text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(prefix) } ?? ""
    }

    /// The integer right after `marker`, or right before it when `backwards`.
    static func number(after marker: String, in text: String, backwards: Bool = false) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        if backwards {
            let digits = text[..<range.lowerBound].reversed().prefix { $0.isNumber }
            return Int(String(digits.reversed()))
        }
        return Int(text[range.upperBound...].drop { $0 == " " || $0 == "\t" }.prefix { $0.isNumber })
    }
}
