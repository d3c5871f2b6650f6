import EntenteCore
import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// A team's writers at once: 300 `POST /api/articles` from 32 concurrent clients, each of 100 ids sent three
/// times with different text. Exactly one request per id is told 201, the others 409, and what is stored is
/// the text the 201 was answered for; on SQLite and on PostgreSQL, where each transaction has a connection
/// of its own from the pool.
@Suite("Concurrent writers: exactly one 201 per id", .serialized)
struct ConcurrentWritersTests {
    static let ids = 100, variants = 3, clients = 32

    /// The text of `variant` of article `n`: each variant codes, and each is told apart by its number. Long
    /// enough (a wire story's length) that coding it inside the write's transaction takes a while, as with
    /// real news, so that the writers' transactions overlap.
    static func text(_ n: Int, _ variant: Int) -> String {
        let story = [
            "Seoul imposed new sanctions on Moscow on Monday.", "Russia condemned the decision and threatened to respond.",
            "Japan expressed support for South Korea.", "China urged both sides to show restraint and return to talks.",
        ]
        return "Report \(n), variant \(variant). " + (0..<12).map { story[$0 % story.count] }.joined(separator: " ")
    }

    /// One answer: the article, the variant sent, the status (0: no answer at all).
    struct Answer: Sendable { let id: Int, variant: Int, status: Int }

    /// Sends every (id, variant) once, from `clients` threads, each request on a connection of its own, in
    /// an order that interleaves the variants of an id; `midway` runs (on its own thread) once a tenth is answered.
    static func post(port: Int, midway: (@Sendable () -> Void)? = nil) async -> [Answer] {
        var generator = SeededRandom(seed: 42)
        let work = (0..<ids * variants).map { ($0 % ids, $0 / ids) }.shuffled(using: &generator)
        let next = Mutex(0), answers = Mutex<[Answer]>([])
        // Threads of their own: `concurrentPerform` would run only as many clients as there are cores.
        let running = DispatchGroup()
        for _ in 0..<clients {
            running.enter()
            Thread.detachNewThread {
                defer { running.leave() }
                while true {
                    let taken: Int? = next.withLock { i in
                        defer { i += 1 }
                        return i < work.count ? i : nil
                    }
                    guard let taken else { return }
                    let (id, variant) = work[taken]
                    let status = Self.send(port: port, id: "writer-\(id)", text: text(id, variant))
                    let count = answers.withLock { $0.append(Answer(id: id, variant: variant, status: status)); return $0.count }
                    if count == work.count / 10, let midway { Thread.detachNewThread(midway) }
                }
            }
        }
        return await withCheckedContinuation { continuation in
            running.notify(queue: .global()) { continuation.resume(returning: answers.withLock { $0 }) }
        }
    }

    /// One POST on a new connection; the status code, 0 when no answer came. The writes of one SQLite file
    /// take turns, each coding its article, so on a loaded two-core machine (CI runs the load tests beside
    /// this one) the last of 300 can wait minutes for its turn: the wait for an answer is generous, since
    /// what is tested is the answer, not how soon it comes.
    static func send(port: Int, id: String, text: String) -> Int {
        let body = #"{"id": "\#(id)", "text": "\#(text)", "date": "2025-03-01"}"#
        guard let connection = try? RawConnection(port: port, receiveTimeout: 600) else { return 0 }
        connection.write("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body)
        let reply = connection.receive().text
        guard reply.hasPrefix("HTTP/1.1 "), let code = Int(reply.dropFirst(9).prefix(3)) else { return 0 }
        return code
    }

    /// Checks the answers and the store: one 201 per id, the rest `refusals`, and the 201's text stored.
    static func check(_ answers: [Answer], store: any RelationsStore, refusals: Set<Int> = [409]) async throws {
        #expect(answers.count == ids * variants)
        let byID = Dictionary(grouping: answers, by: \.id)
        for (id, sent) in byID.sorted(by: { $0.key < $1.key }) {
            let created = sent.filter { $0.status == 201 }
            #expect(created.count <= 1, "writer-\(id): \(created.count) times 201")
            #expect(sent.allSatisfy { $0.status == 201 || refusals.contains($0.status) }, "writer-\(id): \(sent.map(\.status))")
            let stored = try await store.article(id: "writer-\(id)")
            if let winner = created.first {
                #expect(stored?.article.text == text(id, winner.variant), "writer-\(id): stored text is not the one answered 201")
            } else {
                // No 201 (every request refused for want of the database): nothing stored, or a 409 says why.
                #expect(stored == nil || sent.contains { $0.status == 409 }, "writer-\(id) stored without a 201")
            }
        }
    }

    /// The server's read timeout is as generous as the clients' wait: on a loaded machine (CI runs the wrk load
    /// test beside this suite) a connection may be accepted long before its request is read, and a server
    /// that closes it after the default 30 s leaves a writer with no answer at all, which is not what is tested.
    static func live(_ store: any RelationsStore, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let app = try ServerApplication.build(store: store, configuration: ServerConfiguration(port: 0, readTimeout: .seconds(600)))
        try await app.test(.live) { client in try await body(try #require(client.port)) }
    }

    @Test func sqliteAnswersEachIDOnce() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entente-writers-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        try await Self.writeEachIDThrice(into: file.path)
    }

    /// The case of the suite's heading over the store at `location`.
    static func writeEachIDThrice(into location: String) async throws {
        let store = try DatabaseStore(location: location, coder: Server.coder)
        defer { store.close() }
        try await live(store) { port in
            let answers = await post(port: port)
            #expect(answers.filter { $0.status == 201 }.count == ids)
            #expect(answers.filter { $0.status == 409 }.count == ids * (variants - 1))
            try await check(answers, store: store)
        }
    }

    @Test(.needsPostgres)
    func postgresAnswersEachIDOnce() async throws {
        let server = try #require(PostgresTestDatabase.server, Comment(rawValue: PostgresTestDatabase.missing))
        let database = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(database, server: server) }
        try await Self.writeEachIDThrice(into: database)
    }

    /// The server restarted while the writers write: every request is answered 201, 409 or 503 (the
    /// database unavailable, nothing stored), never two 201s for one id, and every 201's text is stored.
    @Test(.needsRestartablePostgres)
    func postgresRestartMidWritesLosesNoAnsweredWrite() async throws {
        let (server, restart) = try #require(PostgresTestDatabase.restartable, Comment(rawValue: PostgresTestDatabase.restartableMissing))
        let database = try PostgresTestDatabase.create(on: server)
        defer { PostgresTestDatabase.drop(database, server: server) }
        let store = try DatabaseStore(location: database, coder: Server.coder)
        defer { store.close() }
        let restarted = Mutex<Int32?>(nil)
        try await Self.live(store) { port in
            let answers = await Self.post(port: port) { restarted.withLock { $0 = PostgresTestDatabase.restart(restart) } }
            #expect(restarted.withLock { $0 } == 0, "the restart command failed or did not run")
            #expect(answers.filter { $0.status == 201 }.count > 0)
            try await Self.check(answers, store: store, refusals: [409, 503])
        }
    }
}
