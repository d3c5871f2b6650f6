import ArgumentParser
import EntenteCore

/// `entente explain`: shows how a text is read, sentence by sentence.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the actors, pattern matches and events Entente finds in a text.")

    @Argument(help: "The text to explain.")
    var text: String

    @Option(help: ArgumentHelp("The article's date (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        let coder = try dictionaries.coder()
        var output = OutputBuffer()
        try output.append(coder.explain(Article(id: "text", date: date.flatMap(ArticleParser.parseDate), text: text)))
        try output.flush()
    }
}
