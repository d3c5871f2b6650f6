/// What `entente eval` measures on a JSON Lines gold file.
public struct GoldReport: Sendable {
    public var penta = PentaClassScore()
    public var exact = PRF()
    public var coarse = PRF()
    public var tripleRecords = 0
    /// Of the records with a gold source (target) span, how many have a principal event whose source
    /// (target) lies in it.
    public var sourceInSpan = Tally()
    public var targetInSpan = Tally()
    /// One line per wrongly coded record, when asked for.
    public var errors: [String] = []
}

/// Scores the coder on gold files: sentence-labelled sets (`penta_class`) and event-coded sets (`cameo_codings`).
public enum GoldEvaluation {
    public static func evaluate(jsonLines text: String, file: String, coder: EventCoder, collectErrors: Bool = false) throws(EntenteError) -> GoldReport {
        var report = GoldReport()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let (article, object) = try ArticleParser.parseJSONRecord(line, file: file, line: lineNumber)
            let events = coder.code(article)
            if let spans = object["actor_spans"] as? [[String: Any]] {
                // A compound actor is coded as one event per member ("lifted sanctions on India and
                // Pakistan": JPN>IND, JPN>PAK): each of them is the principal event's.
                let principal = events.first
                let compound = principal.map { p in events.filter { $0.sentence == p.sentence && $0.head == p.head && $0.code.code == p.code.code } } ?? []
                for span in spans {
                    guard let role = span["role"] as? String, let text = span["text"] as? String else { continue }
                    // The gold names its span by its words only: any place the words stand as words of their own
                    // is it ("assistance to Sudan" as well as "donor to Sudan"; not the "Sudan" of "South Sudanese").
                    let ranges = scalarRanges(of: text, in: article.text)
                    guard !ranges.isEmpty else { continue }
                    let actors = compound.compactMap { role == "source" ? $0.source : role == "target" ? $0.target : nil }
                    // A pronoun resolved to a name counts by the words it stands for: the actor coded is the
                    // one they name ("Netanyahu says he will seek support": the source is Netanyahu).
                    let inside = actors.contains { actor in
                        [(actor.start, actor.end), actor.refersTo.map { ($0.start, $0.end) }].compactMap { $0 }.contains { span in
                            ranges.contains { span.0 < $0.upperBound && span.1 > $0.lowerBound }
                        }
                    }
                    if role == "source" { report.sourceInSpan.record(inside) }
                    if role == "target" { report.targetInSpan.record(inside) }
                    if collectErrors, !inside, role == "source" || role == "target" {
                        let got = principal.map { "\($0.code.code) \($0.source.text)>\($0.target?.text ?? "-")" } ?? "no event"
                        report.errors.append("[\(role) '\(text)'] \(got) | \(article.text)")
                    }
                }
            }
            if let gold = object["penta_class"] as? Int {
                let predicted = principalPentaClass(events)
                report.penta.add(gold: gold, predicted: predicted)
                if collectErrors, predicted != gold {
                    let got = events.first.map { "\($0.code.code) \($0.source.code)>\($0.target?.code ?? "-") [\($0.pattern)]" } ?? "no event"
                    report.errors.append("[\(gold)->\(predicted.map(String.init) ?? "-")] \(got) | \(article.text)")
                }
            }
            if let codings = object["cameo_codings"] as? [[String: Any]] {
                report.tripleRecords += 1
                let gold = codings.compactMap { c -> EventTriple? in
                    guard let code = c["eventcode"] as? String else { return nil }
                    return EventTriple(code: code, source: c["sourcecode"] as? String ?? "", target: c["targetcode"] as? String ?? "")
                }
                let coded = events.map { EventTriple(code: $0.code.code, source: $0.source.code, target: $0.target?.code ?? "") }
                scoreTriples(gold: gold, coded: coded, into: &report.exact)
                scoreTriples(gold: gold.map(\.coarse), coded: coded.map(\.coarse), into: &report.coarse)
                if collectErrors, Set(gold) != Set(coded) {
                    report.errors.append("gold \(gold.map { "\($0.code) \($0.source)>\($0.target)" }) got \(coded.map { "\($0.code) \($0.source)>\($0.target)" }) | \(article.text)")
                }
            }
        }
        return report
    }

    /// The places of `needle` in `text` as words of their own (not inside a longer word), in Unicode scalar
    /// offsets; every place it stands where it never stands alone.
    static func scalarRanges(of needle: String, in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars), target = Array(needle.unicodeScalars)
        guard !target.isEmpty, target.count <= scalars.count else { return [] }
        func isWordScalar(_ i: Int) -> Bool { i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])) }
        var all: [Range<Int>] = [], whole: [Range<Int>] = []
        for start in 0...(scalars.count - target.count) where scalars[start..<(start + target.count)].elementsEqual(target) {
            let range = start..<(start + target.count)
            all.append(range)
            if !(isWordScalar(start - 1) && isWordScalar(start)) && !(isWordScalar(range.upperBound) && isWordScalar(range.upperBound - 1)) {
                whole.append(range)
            }
        }
        return whole.isEmpty ? all : whole
    }
}
