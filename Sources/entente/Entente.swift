import ArgumentParser

/// The `entente` command: codes news into CAMEO events.
@main
struct Entente: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "Code news text into political events (CAMEO/PLOVER), with modality, speaker, date and evidence.",
        subcommands: [CodeCommand.self, EvalCommand.self, ExplainCommand.self, ValidateCommand.self, BenchCommand.self,
                      IngestCommand.self, EventsCommand.self, DyadCommand.self, ActorsCommand.self, ExportCommand.self,
                      ServeCommand.self,
                      ParseCommand.self, EvalParseCommand.self, TrainCommand.self]
    )
}
