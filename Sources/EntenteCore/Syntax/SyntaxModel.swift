import Foundation

/// The tagger and parser that give a `Document` its syntax, loaded from `Models/`.
public struct SyntaxModel: Sendable {
    public let tagger: PartOfSpeechTagger
    public let parser: DependencyParser

    public static let taggerFile = "english-tagger.model"
    public static let parserFile = "english-parser.model"

    public init(tagger: PartOfSpeechTagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
    }

    /// Loads both models from `directory`.
    public static func load(from directory: URL) throws(EntenteError) -> SyntaxModel {
        let taggerPath = directory.appendingPathComponent(taggerFile).path
        let parserPath = directory.appendingPathComponent(parserFile).path
        let tagger = try PartOfSpeechTagger(file: try ModelFile.read(path: taggerPath), path: taggerPath)
        let parser = try DependencyParser(file: try ModelFile.read(path: parserPath), path: parserPath)
        return SyntaxModel(tagger: tagger, parser: parser)
    }

    /// The project's `Models/` folder: `$ENTENTE_MODELS`, else beside the executable or the working
    /// directory, else the source tree's.
    public static func defaultDirectory() -> URL {
        if let env = ProcessInfo.processInfo.environment["ENTENTE_MODELS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("Models"))
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Models"))
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Models"))
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.appendingPathComponent(taggerFile).path) {
            return candidate
        }
        return source.appendingPathComponent("Models")
    }

    /// The parse of every sentence of `document`.
    public func parse(_ document: Document) -> SyntaxParse {
        let atoms = document.tokens.map(LexicalAtoms.init)
        return parse(atoms: atoms, sentences: document.sentences.map(\.tokens))
    }

    /// The parse of the sentences `sentences` (token ranges) of `document` only; the tokens of the others
    /// are left untagged and unattached, as a dateline's are.
    public func parse(_ document: Document, sentences: [Range<Int>]) -> SyntaxParse {
        var atoms = [LexicalAtoms](repeating: Self.noAtoms, count: document.tokens.count)
        for range in sentences {
            for t in range { atoms[t] = LexicalAtoms(document.tokens[t]) }
        }
        return parse(atoms: atoms, sentences: sentences)
    }

    /// The atoms of the tokens no sentence parsed needs.
    private static let noAtoms = LexicalAtoms(text: "", norm: "")

    /// The parse of token atoms split into sentences (ranges of `atoms`); tokens outside every
    /// sentence (a dateline) are tagged but left unattached, as roots labelled "dep".
    public func parse(atoms: [LexicalAtoms], sentences: [Range<Int>]) -> SyntaxParse {
        var tags = [UInt8](repeating: 0, count: atoms.count)
        var heads = [Int32](repeating: -1, count: atoms.count)
        var labels = [UInt8](repeating: UInt8(truncatingIfNeeded: parser.labelNames.count), count: atoms.count)
        let words = atoms.map(\.norm)
        var sentenceHeads: [Int32] = []
        var sentenceLabels: [UInt8] = []
        var scratch = DependencyParser.Scratch(parser: parser)
        for range in sentences where !range.isEmpty {
            tagger.tag(atoms, range, into: &tags)
            parser.parse(words: words[range], tags: tags[range], heads: &sentenceHeads, labels: &sentenceLabels, scratch: &scratch)
            for (offset, t) in range.enumerated() {
                heads[t] = sentenceHeads[offset] < 0 ? -1 : sentenceHeads[offset] + Int32(range.lowerBound)
                labels[t] = sentenceLabels[offset]
            }
        }
        return SyntaxParse(tags: tags, heads: heads, labels: labels, tagNames: tagger.tagNames, labelNames: parser.labelNames)
    }
}
