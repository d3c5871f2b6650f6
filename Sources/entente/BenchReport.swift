import EntenteCore
import Foundation

/// One timed pass: what was coded and how long it took.
struct BenchRun {
    var label: String
    var threads: Int
    var seconds: Double
    var articles: Int
    var sentences: Int
    var events: Int
    var inputBytes: Int
    var outputBytes: Int

    var sentencesPerSecond: Double { Double(sentences) / seconds }
    var articlesPerSecond: Double { Double(articles) / seconds }
    var megabytesPerSecond: Double { Double(inputBytes) / 1e6 / seconds }
    /// Nanoseconds per input byte, to compare runs of different sizes.
    var nanosecondsPerByte: Double { seconds * 1e9 / Double(max(1, inputBytes)) }
}

/// The figures of `entente bench`, printed as a table or written as JSON.
struct BenchReport {
    var corpus: String
    var cores: Int
    var loadMilliseconds = 0.0
    /// Time to load the tagger and parser, and one pass of them alone over the corpus's sentences.
    var syntaxLoadMilliseconds: Double?
    /// The gazetteer's load time; nil with --no-places.
    var placesLoadMilliseconds: Double?
    var syntaxRun: BenchRun?
    var runs: [BenchRun] = []
    var scaling: [BenchRun] = []
    var cliffs: [BenchRun] = []
    var peakResidentMB = 0.0

    var table: String {
        var lines = ["corpus: \(corpus)", "cores: \(cores)", String(format: "dictionary load: %.1f ms (median)", loadMilliseconds)]
        if let syntaxLoadMilliseconds { lines.append(String(format: "tagger and parser load: %.1f ms", syntaxLoadMilliseconds)) }
        if let placesLoadMilliseconds { lines.append(String(format: "gazetteer load: %.1f ms", placesLoadMilliseconds)) }
        lines.append("")
        lines.append(row(["run", "seconds", "articles", "sentences", "events", "sent/s", "art/s", "MB/s", "ns/byte"]))
        for run in runs + scaling + cliffs { lines.append(row(run, events: "\(run.events)")) }
        // The parse alone codes no events.
        if let syntaxRun { lines.append(row(syntaxRun, events: "-")) }
        if let one = runs.first(where: { $0.threads == 1 }), let all = runs.last, all.threads > 1 {
            lines.append(String(format: "\n%d threads / 1 thread: %.2fx", all.threads, one.seconds / all.seconds))
        }
        lines.append(String(format: "peak resident memory: %.1f MB", peakResidentMB))
        return lines.joined(separator: "\n")
    }

    private func row(_ run: BenchRun, events: String) -> String {
        row([run.label, String(format: "%.3f", run.seconds), "\(run.articles)", "\(run.sentences)", events,
             String(format: "%.0f", run.sentencesPerSecond), String(format: "%.0f", run.articlesPerSecond),
             String(format: "%.2f", run.megabytesPerSecond), String(format: "%.0f", run.nanosecondsPerByte)])
    }

    private func row(_ cells: [String]) -> String {
        cells.enumerated().map { i, cell in
            i == 0 ? cell.padding(toLength: 22, withPad: " ", startingAt: 0) : String(repeating: " ", count: max(0, 10 - cell.count)) + cell
        }.joined(separator: " ")
    }

    var json: String {
        func encode(_ list: [BenchRun]) -> String {
            "[" + list.map { run in
                var label = ""
                EventJSON.string(run.label, &label)
                return "{\"label\":\(label),\"threads\":\(run.threads),\"seconds\":\(run.seconds),\"articles\":\(run.articles),"
                    + "\"sentences\":\(run.sentences),\"events\":\(run.events),\"input_bytes\":\(run.inputBytes),"
                    + "\"output_bytes\":\(run.outputBytes),\"sentences_per_second\":\(run.sentencesPerSecond)}"
            }.joined(separator: ",") + "]"
        }
        var name = ""
        EventJSON.string(corpus, &name)
        return "{\"corpus\":\(name),\"cores\":\(cores),\"load_ms\":\(loadMilliseconds),\"peak_resident_mb\":\(peakResidentMB),"
            + "\"syntax_load_ms\":\(syntaxLoadMilliseconds ?? 0),\"places_load_ms\":\(placesLoadMilliseconds ?? 0),\"syntax\":\(encode(syntaxRun.map { [$0] } ?? [])),"
            + "\"runs\":\(encode(runs)),\"scaling\":\(encode(scaling)),\"cliffs\":\(encode(cliffs))}\n"
    }
}

/// Pathological inputs that must code in time linear in their size.
enum CliffInput: String, CaseIterable {
    case noPunctuation = "no punctuation"
    case countryNames = "country names"
    case nestedQuotes = "nested quotes"
    case hugeArticle = "huge article"

    /// The two sizes (bytes) each is timed at.
    var sizes: [Int] {
        switch self {
        case .hugeArticle: [25_000_000, 50_000_000]
        case .countryNames: [800_000, 1_600_000]
        default: [1_000_000, 2_000_000]
        }
    }

    func text(bytes: Int) -> String {
        let unit: String
        switch self {
        case .noPunctuation: unit = "the government of France said it would support talks with Russia on trade while officials in China urged restraint "
        case .countryNames: unit = "France "
        case .nestedQuotes: unit = "\"("
        case .hugeArticle: unit = "Russia's foreign minister said on Monday that Moscow would support talks with Ukraine, while China urged restraint. Protesters attacked the embassy of France in Tehran.\n"
        }
        let body = String(repeating: unit, count: max(1, bytes / unit.utf8.count))
        return self == .nestedQuotes ? "Russia said " + body + " France attacked Germany" : body
    }
}
