import EntenteCore
import Foundation

/// What each fuzz target does with one input. The unit tests link this same file (a symbolic link in
/// `Tests/EntenteCoreTests`) and run every saved crash through it, so a crash fixed stays fixed.
public enum FuzzHarness {
    /// Arbitrary bytes as an article: decoded as a file would be, coded, explained and written as JSON.
    public static func text(_ bytes: [UInt8], coder: EventCoder) {
        let decoded = (try? TextDecoding.decode(bytes, file: "fuzz")) ?? TextDecoding.decodeLine(bytes[...])
        // The first byte varies the article's date, so relative dates are resolved against odd days too.
        let day = Int(bytes.first ?? 0)
        let date = SimpleDate(year: 2000 + day % 30, month: 1 + day % 12, day: 1 + day % 28)
        let article = Article(id: "fuzz", date: day % 7 == 0 ? nil : date, text: decoded.text)
        var out = ""
        for event in coder.code(article) { EventJSON.write(event, into: &out) }
        if bytes.count < 512 { _ = coder.explain(article) }
    }

    /// Bytes as one JSON Lines record: decoded as a line, parsed into an article, its date read.
    public static func jsonLine(_ bytes: [UInt8]) {
        let decoded = TextDecoding.decodeLine(bytes[...])
        _ = try? ArticleParser.parseJSONLine(Substring(decoded.text), file: "fuzz.jsonl", line: 1)
        _ = try? ArticleDateReader.read(decoded.text)
        var audit = InputAudit()
        _ = audit.check(Article(id: "x", date: nil, text: decoded.text), file: "fuzz.jsonl", line: 1)
        _ = audit.check(Article(id: "x", date: nil, text: ""), file: "fuzz.jsonl", line: 2)
    }

    /// Bytes as a dictionary file of the kind the first byte picks, read into the part of the
    /// dictionaries it feeds; what loads is then used to code a few sentences.
    public static func dictionary(_ bytes: [UInt8], base: Dictionaries) {
        guard let kind = bytes.first else { return }
        let text = TextDecoding.decodeLine(bytes.dropFirst()).text
        let records = DictionaryFile.records(text, file: "fuzz.txt")
        var dictionaries = base
        do throws(EntenteError) {
            switch kind % 7 {
            case 0: try dictionaries.actors.addCountries(records)
            case 1: try dictionaries.actors.addNamed(records)
            case 2: try dictionaries.actors.addRoles(records)
            case 3: try dictionaries.actors.addOfficeHolders(records)
            case 4: try dictionaries.inflector.addIrregular(records)
            case 5: _ = try CameoOntology(records: records)
            default:
                let known = Set(base.ontology.codes.keys)
                for record in records { dictionaries.patterns.add(try EventPattern.parse(record, knownCodes: known), inflector: dictionaries.inflector) }
            }
        } catch {
            _ = error.description
            return
        }
        codeSentences(with: dictionaries, text: text)
    }

    /// Bytes as an HTML page or, when the first byte is odd, a feed: the article text is extracted and coded.
    public static func markup(_ bytes: [UInt8], coder: EventCoder) {
        guard let kind = bytes.first else { return }
        let text = TextDecoding.decodeLine(bytes.dropFirst()).text
        let articles: [Article]
        if kind % 2 == 0 {
            let page = HTMLText(html: text)
            articles = [Article(id: page.url ?? "fuzz.html", date: page.date, title: page.title, text: page.text)]
        } else {
            articles = FeedReader.articles(text, name: "fuzz.rss")
        }
        for article in articles.prefix(4) { _ = coder.code(article) }
    }

    /// Bytes as a TABARI/PETRARCH dictionary of the kind the first byte picks (actors, agents, discards,
    /// issues, verbs), read into the dictionaries; what loads is then used to code a few sentences.
    public static func petrarch(_ bytes: [UInt8], base: Dictionaries) {
        guard let kind = bytes.first else { return }
        let text = TextDecoding.decodeLine(bytes.dropFirst()).text
        var dictionaries = base
        do throws(EntenteError) {
            switch kind % 5 {
            case 0:
                var reader = PetrarchActorReader()
                try reader.read(PetrarchSource.lines(text, file: "fuzz.actors.txt", semicolonComments: true), into: &dictionaries.actors)
            case 1:
                var reader = PetrarchAgentReader()
                try reader.read(PetrarchSource.lines(text, file: "fuzz.agents.txt", semicolonComments: true), into: &dictionaries.actors)
            case 2:
                var reader = PetrarchDiscardReader()
                try reader.read(PetrarchSource.lines(text, file: "fuzz.discards.txt", semicolonComments: true), into: &dictionaries.discards)
            case 3:
                try PetrarchIssueReader().read(PetrarchSource.lines(text, file: "fuzz.issues.txt"), into: &dictionaries.issues)
            default:
                var reader = PetrarchVerbReader()
                dictionaries.addPetrarchVerbs(try reader.read(PetrarchSource.lines(text, file: "fuzz.verbs.txt", semicolonComments: true)))
            }
        } catch {
            _ = error.description
            return
        }
        codeSentences(with: dictionaries, text: text)
    }

    /// Codes `sentences`, each followed by the start of `text`, with dictionaries a fuzz input has changed.
    static func codeSentences(with dictionaries: Dictionaries, text: String) {
        let coder = EventCoder(dictionaries: dictionaries)
        for sentence in sentences {
            _ = coder.code(Article(id: "fuzz", date: SimpleDate(year: 2025, month: 1, day: 15), text: sentence + " " + text.prefix(200)))
        }
    }

    /// Sentences that reach every stage: actors, roles, office holders, patterns with targets, modality.
    static let sentences = [
        "Seoul imposed sanctions on Moscow, the foreign minister said on Tuesday.",
        "Russian troops attacked Ukrainian positions near Kharkiv last week.",
        "The UN Secretary-General will meet President Xi Jinping if the talks resume.",
    ]

    /// The project's dictionaries, loaded once per process (`ENTENTE_DICTIONARIES` or the usual places).
    public static let projectDictionaries: Dictionaries = {
        do { return try Dictionaries.load(from: Dictionaries.defaultDirectory()) } catch {
            fatalError("the project's dictionaries do not load: \(error)")
        }
    }()

    /// The ontology and irregular verbs of `full` only: the base the dictionary fuzzer adds to, small so
    /// each run is fast.
    public static func base(_ full: Dictionaries) -> Dictionaries {
        var small = Dictionaries()
        small.ontology = full.ontology
        small.inflector = full.inflector
        return small
    }
}
