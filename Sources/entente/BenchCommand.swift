import ArgumentParser
import EntenteCore
import Foundation

/// `entente bench`: throughput, load time and memory, end to end, as a table or JSON.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure coding speed, dictionary load time and peak memory on a corpus.",
        discussion: """
        Codes FILE end to end (read, code, write JSON to a counting sink) on one thread and on all cores,
        REPEAT times each, keeping the fastest run; loads the dictionaries LOADS times, keeping the median.
        --replicate reads the corpus 1, 4 and 16 times in a row to show time stays proportional to size;
        --cliffs times pathological inputs (text without punctuation, runs of country names, nested quotes,
        one huge article) at two sizes. --json writes the figures for comparison between commits.
        """
    )

    @Argument(help: ArgumentHelp("Corpus in JSON Lines.", valueName: "FILE"))
    var file: String = "../shared/data/news/world.jsonl"

    @Option(help: ArgumentHelp("Thread counts to measure, comma-separated (default: 1 and all cores).", valueName: "N,N"))
    var threads: String?

    @Option(help: "Runs per measurement; the fastest counts.")
    var `repeat`: Int = 3

    @Option(help: "Dictionary loads; the median counts.")
    var loads: Int = 5

    @Option(help: ArgumentHelp("Replication factors for the scaling check, comma-separated (e.g. 1,4,16).", valueName: "K,K"))
    var replicate: String?

    @Flag(help: "Also time pathological inputs at two sizes.")
    var cliffs = false

    @Option(help: ArgumentHelp("Write the figures as JSON to this file.", valueName: "PATH"))
    var json: String?

    @Option(help: ArgumentHelp("Write the corpus's sentences, one JSON string per line, for a peer to time on the same sentences.", valueName: "PATH"))
    var writeSentences: String?

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        var report = BenchReport(corpus: file, cores: ProcessInfo.processInfo.activeProcessorCount)
        var loadTimes: [Double] = []
        var loaded: Dictionaries?
        for _ in 0..<max(1, loads) {
            let start = Clock.now()
            loaded = try dictionaries.load()
            loadTimes.append(Clock.seconds(since: start))
        }
        guard let loaded else { return }
        report.loadMilliseconds = loadTimes.sorted()[loadTimes.count / 2] * 1000
        var coder = EventCoder(dictionaries: loaded)
        let placesStart = Clock.now()
        try dictionaries.setPlaces(of: &coder)
        if coder.places != nil { report.placesLoadMilliseconds = Clock.seconds(since: placesStart) * 1000 }
        if dictionaries.parse {
            let start = Clock.now()
            coder.syntax = try dictionaries.models.load()
            report.syntaxLoadMilliseconds = Clock.seconds(since: start) * 1000
        }
        // Sentences split as the coder splits them, without parsing them: what the parse-alone run and
        // --write-sentences need.
        var splitter = coder
        splitter.syntax = nil
        if let syntax = coder.syntax { report.syntaxRun = try Self.parseFile(file, model: syntax, splitter: splitter) }
        let threadCounts = try threads.map(Self.numbers) ?? Array(Set([1, report.cores])).sorted()
        for count in threadCounts {
            var best: BenchRun?
            for _ in 0..<max(1, self.repeat) {
                let run = try Self.codeFile(file, copies: 1, coder: coder, threads: count)
                if best == nil || run.seconds < best!.seconds { best = run }
            }
            if let best { report.runs.append(best) }
        }
        for factor in try replicate.map(Self.numbers) ?? [] {
            report.scaling.append(try Self.codeFile(file, copies: factor, coder: coder, threads: 1, label: "\(factor)x corpus, 1 thread"))
        }
        if cliffs {
            for input in CliffInput.allCases {
                for size in input.sizes {
                    report.cliffs.append(Self.codeText(input, size: size, coder: coder))
                }
            }
        }
        report.peakResidentMB = Self.peakResidentMB()
        if let writeSentences { try Self.writeSentences(of: file, to: writeSentences, coder: splitter) }
        try writeLines([report.table])
        if let json { try Data(report.json.utf8).write(to: URL(fileURLWithPath: json)) }
    }

    static func numbers(_ list: String) throws -> [Int] {
        try list.split(separator: ",").map {
            guard let n = Int($0.filter { $0 != " " }), n > 0 else { throw ValidationError("expected positive numbers separated by commas, found '\(list)'") }
            return n
        }
    }

    /// Codes `copies` passes over `path` end to end into a counting sink.
    static func codeFile(_ path: String, copies: Int, coder: EventCoder, threads: Int, label: String? = nil) throws -> BenchRun {
        var batch = BatchCoder(coder: coder, threads: threads)
        var reader = InputReader(plainTextDate: nil)
        var inputBytes = 0
        var outputBytes = 0
        let start = Clock.now()
        for _ in 0..<copies {
            try reader.read(path) { article in
                inputBytes += article.text.utf8.count
                batch.add(article) { outputBytes += $0.utf8.count }
            }
        }
        batch.flush { outputBytes += $0.utf8.count }
        return BenchRun(label: label ?? "\(threads) thread\(threads == 1 ? "" : "s")", threads: threads,
                        seconds: Clock.seconds(since: start), articles: batch.articles, sentences: batch.sentences,
                        events: batch.events, inputBytes: inputBytes, outputBytes: outputBytes)
    }

    /// Times the tagger and parser alone, on one thread, over the sentences of `path` (split beforehand).
    static func parseFile(_ path: String, model: SyntaxModel, splitter: EventCoder) throws -> BenchRun {
        var reader = InputReader(plainTextDate: nil)
        var inputs: [(tokens: [Token], sentences: [Range<Int>])] = []
        var inputBytes = 0
        try reader.read(path) { article in
            inputBytes += article.text.utf8.count
            for segment in ArticleSegmenter.segments(of: article) {
                let document = splitter.document(segment.article, hasDateline: !segment.isContinuation)
                inputs.append((document.tokens, document.sentences.map(\.tokens)))
            }
        }
        var best: BenchRun?
        for _ in 0..<3 {
            var arcs = 0
            let start = Clock.now()
            // The words' hashes are the tagger's and parser's own work, so they are timed too.
            for input in inputs { arcs &+= model.parse(atoms: input.tokens.map(LexicalAtoms.init), sentences: input.sentences).heads.count }
            let run = BenchRun(label: "tagger+parser, 1 thread", threads: 1, seconds: Clock.seconds(since: start), articles: inputs.count,
                               sentences: inputs.reduce(0) { $0 + $1.sentences.count }, events: arcs, inputBytes: inputBytes, outputBytes: 0)
            if best == nil || run.seconds < best?.seconds ?? 0 { best = run }
        }
        return best ?? BenchRun(label: "tagger+parser", threads: 1, seconds: 0, articles: 0, sentences: 0, events: 0, inputBytes: 0, outputBytes: 0)
    }

    /// Codes one generated pathological article on one thread.
    static func codeText(_ input: CliffInput, size: Int, coder: EventCoder) -> BenchRun {
        let text = input.text(bytes: size)
        var batch = BatchCoder(coder: coder, threads: 1)
        var outputBytes = 0
        let start = Clock.now()
        batch.add(Article(id: input.rawValue, date: nil, text: text)) { outputBytes += $0.utf8.count }
        batch.flush { outputBytes += $0.utf8.count }
        return BenchRun(label: "\(input.rawValue) \(size / 1_000_000) MB", threads: 1, seconds: Clock.seconds(since: start),
                        articles: batch.articles, sentences: batch.sentences, events: batch.events,
                        inputBytes: text.utf8.count, outputBytes: outputBytes)
    }

    /// Writes the text of every sentence the coder reads in `path`.
    static func writeSentences(of path: String, to output: String, coder: EventCoder) throws {
        var reader = InputReader(plainTextDate: nil)
        var out = ""
        try reader.read(path) { article in
            for segment in ArticleSegmenter.segments(of: article) {
                let document = coder.document(segment.article, hasDateline: !segment.isContinuation)
                for sentence in document.sentences {
                    EventJSON.string(document.text(of: sentence), &out)
                    out += "\n"
                }
            }
        }
        try Data(out.utf8).write(to: URL(fileURLWithPath: output))
    }

    /// Peak resident memory of this process so far (Linux reports kilobytes).
    static func peakResidentMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// A monotonic clock in seconds.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }
}
