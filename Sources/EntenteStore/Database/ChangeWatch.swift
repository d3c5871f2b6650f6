import Logging
import PostgresNIO
import Synchronization

/// Hears of every write to a PostgreSQL store, from any process: writers `NOTIFY` the channel
/// `entente_generation` in their transactions (delivered when they commit), and the watch `LISTEN`s on a
/// connection of its own, outside the pool. A reader that keeps answers for as long as nothing changed
/// then need not ask the database whether anything did. While the watch is not listening (the server
/// restarting, say), it says it does not know, and its readers ask the database.
public final class ChangeWatch: Sendable {
    static let channel = "entente_generation"

    private struct State {
        var listening = false
        var changes = 0
    }

    /// The state, in a box of its own that the listening task holds.
    private final class Box: Sendable {
        let state = Mutex(State())
    }

    private let box = Box()
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// Writes heard of since the watch began, or nil while it is not listening (writes may then go unheard).
    /// Every new start of listening counts as a write, since writes made before it were not heard.
    public var changes: Int? { box.state.withLock { $0.listening ? $0.changes : nil } }

    init(configuration: PostgresConnection.Configuration, logger: Logger) {
        let running = Task(executorPreference: PoolExecutor.shared) { [box] in
            while !Task.isCancelled {
                do {
                    let connection = try await PostgresConnection.connect(configuration: configuration, id: 2, logger: logger)
                    do {
                        try await connection.listen(on: Self.channel) { notifications in
                            // LISTEN and the query after it run in order: once the query is answered, every
                            // commit from here on is heard.
                            _ = try await connection.query("SELECT 1", logger: logger).collect()
                            box.state.withLock { $0.changes += 1; $0.listening = true }
                            for try await _ in notifications { box.state.withLock { $0.changes += 1 } }
                        }
                    } catch {}
                    try? await connection.close()
                } catch {}
                box.state.withLock { $0.listening = false }
                try? await Task.sleep(for: .seconds(1))
            }
        }
        task.withLock { $0 = running }
    }

    /// Counts a write this process made and has seen commit, so that its own readers see it at once,
    /// before the notice of it comes back.
    public func noteWrite() { box.state.withLock { $0.changes += 1 } }

    /// Stops listening.
    public func stop() {
        task.withLock { $0?.cancel() }
        box.state.withLock { $0.listening = false }
    }

    deinit { task.withLock { $0?.cancel() } }
}
