import ArgumentParser
import EntenteCore

/// `entente eval-parse`: agreement of the tagger and parser with reference parses.
struct EvalParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-parse",
        abstract: "Tag and parse the sentences of a CoNLL-U file and report agreement with its tags and trees.",
        discussion: "Tokens are taken as the file gives them. Reports tag accuracy and unlabelled and labelled attachment, with and without punctuation."
    )

    @Argument(help: ArgumentHelp("Reference sentences (CoNLL-U).", valueName: "FILE"))
    var file: String

    @OptionGroup var models: ModelOptions

    func run() throws {
        let model = try models.load()
        let reference = try readConllU(file)
        try writeLines([ParseAgreement.measure(model, on: reference).report])
    }
}
