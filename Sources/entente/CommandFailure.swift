/// A command that could not do its work (a store it cannot open or write, dictionaries that do not load):
/// told as `Error: …` with exit status 1. `ValidationError` is kept for bad arguments, since it adds the usage.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
