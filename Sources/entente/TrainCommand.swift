import ArgumentParser
import EntenteCore
import Foundation

/// `entente train tagger|parser`: learns the syntax models from CoNLL-U (see Training/README.md).
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the part-of-speech tagger or the dependency parser from CoNLL-U sentences.",
        subcommands: [TrainTaggerCommand.self, TrainParserCommand.self]
    )
}

/// Options shared by both trainers.
struct TrainingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Training sentences (CoNLL-U with tags, heads and labels).", valueName: "FILE"))
    var train: String

    @Option(help: ArgumentHelp("Where to write the model.", valueName: "FILE"))
    var out: String

    @Option(help: "Passes over the training sentences.")
    var iterations: Int = 10

    @Option(help: "Seed of the order of sentences in each pass.")
    var seed: UInt64 = 1

    @Option(name: .customLong("max-features"), help: "Keep at most this many features (those with the largest weights), to bound the file's size.")
    var maxFeatures: Int = 1 << 30

    func write(_ file: ModelFile, started: Date) throws {
        do { try file.write(to: out) } catch { throw CommandFailure("\(error)") }
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        StandardStreams.writeError(String(format: "wrote %@ (%.1f MB) in %.0f s\n", out, Double(size) / 1e6, Date().timeIntervalSince(started)))
    }
}

struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tagger", abstract: "Train the part-of-speech tagger.")

    @OptionGroup var options: TrainingOptions

    func run() throws {
        let started = Date()
        let sentences = try readConllU(options.train)
        StandardStreams.writeError("\(sentences.count) training sentences\n")
        let tagger = SyntaxTrainer.trainTagger(sentences, iterations: options.iterations, seed: options.seed, maxFeatures: options.maxFeatures) {
            StandardStreams.writeError($0 + "\n")
        }
        try options.write(tagger.modelFile(), started: started)
    }
}

struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parser", abstract: "Train the dependency parser on the tagger's tags.")

    @OptionGroup var options: TrainingOptions

    @Option(help: ArgumentHelp("The trained tagger, whose tags the parser learns from.", valueName: "FILE"))
    var tagger: String

    @Option(help: "Train on tags from this many taggers, each trained without one fold of the sentences (0: the given tagger's tags).")
    var jackknife: Int = 5

    func run() throws {
        let started = Date()
        let tagger: PartOfSpeechTagger
        do { tagger = try PartOfSpeechTagger(file: try ModelFile.read(path: self.tagger), path: self.tagger) } catch { throw CommandFailure("\(error)") }
        let sentences = try readConllU(options.train)
        StandardStreams.writeError("\(sentences.count) training sentences\n")
        let parser = SyntaxTrainer.trainParser(sentences, tagger: tagger, iterations: options.iterations, seed: options.seed,
                                                maxFeatures: options.maxFeatures, jackknife: jackknife) {
            StandardStreams.writeError($0 + "\n")
        }
        try options.write(parser.modelFile(), started: started)
    }
}
