import EntenteCore
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// The connections of a PostgreSQL store: postgres-nio's `PostgresClient` pool, leased by the store's
/// synchronous calls. A lease holds one connection for one transaction (or one read) and gives it back
/// whole, so concurrent transactions never share a connection. The lease itself is a task that suspends
/// and hands the connection over to the calling thread, which waits. The pool's tasks (its `run()` and the
/// leases) run on a thread of their own (`PoolExecutor`), not on Swift's concurrency pool: a caller that
/// blocks one of that pool's few threads (a synchronous test, a command) can then never starve the pool.
final class PostgresPool: Sendable {
    private let client: PostgresClient
    private let running: Task<Void, Never>
    let logger: Logger
    /// Connections at most.
    let size: Int

    init(url: PostgresURL, size: Int, logger: Logger) {
        self.size = size
        self.logger = logger
        let client = PostgresClient(configuration: url.clientConfiguration(size: size), backgroundLogger: logger)
        self.client = client
        // Child tasks inherit the executor preference, so all of the client's own work runs there too.
        running = Task(executorPreference: PoolExecutor.shared) { await client.run() }
    }

    /// Runs `body` on a leased connection, on the calling thread. Waits at most `patience` for a connection
    /// (all in use, or the server unreachable); `PoolTimeout` then.
    func withConnection<T>(patience: Duration, _ body: (PostgresConnection) throws -> T) throws -> T {
        let handoff = Handoff()
        let lease = Task(executorPreference: PoolExecutor.shared) { [client] in
            do {
                try await client.withConnection { connection in await handoff.lend(connection) }
            } catch {
                handoff.fail(error)
            }
        }
        let connection: PostgresConnection
        do {
            connection = try handoff.borrow(within: patience)
        } catch {
            lease.cancel()
            throw error
        }
        defer { handoff.giveBack() }
        return try body(connection)
    }

    func close() { running.cancel() }

    deinit { running.cancel() }
}

/// Runs the pool's tasks on one event loop thread of its own.
final class PoolExecutor: TaskExecutor {
    static let shared = PoolExecutor()
    private let loop = MultiThreadedEventLoopGroup(numberOfThreads: 1).next()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// No connection came within the time allowed.
struct PoolTimeout: Error, CustomStringConvertible {
    let patience: Duration
    var description: String { "no connection to the server within \(patience)" }
}

/// Passes a leased connection from the task that holds the lease to the thread that uses it, and back.
private final class Handoff: Sendable {
    private struct State {
        var connection: PostgresConnection?
        var error: (any Error)?
        /// The borrower is done (or gave up waiting): the lease may end.
        var returned = false
        var endLease: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())
    private let ready = DispatchSemaphore(value: 0)

    /// Called by the lease: hands `connection` over and suspends until it is given back.
    func lend(_ connection: PostgresConnection) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let givenUp = state.withLock { state in
                state.connection = connection
                if !state.returned { state.endLease = continuation }
                return state.returned
            }
            ready.signal()
            if givenUp { continuation.resume() }
        }
    }

    func fail(_ error: any Error) {
        state.withLock { $0.error = error }
        ready.signal()
    }

    /// Blocks the calling thread until the connection comes, at most `patience`.
    func borrow(within patience: Duration) throws -> PostgresConnection {
        let seconds = Double(patience.components.seconds) + Double(patience.components.attoseconds) / 1e18
        if ready.wait(timeout: .now() + seconds) == .timedOut {
            giveBack()
            throw PoolTimeout(patience: patience)
        }
        let (connection, error) = state.withLock { ($0.connection, $0.error) }
        if let connection { return connection }
        throw error ?? PoolTimeout(patience: patience)
    }

    func giveBack() {
        let endLease = state.withLock { state in
            state.returned = true
            defer { state.endLease = nil }
            return state.endLease
        }
        endLease?.resume()
    }
}
