/// Codes articles into events: the pure pipeline from text to the records of the output contract.
///
/// Stages, in order: tokens and sentences (`Document`), actor mentions (`ActorRecognizer`), pronouns
/// and speakers across sentences (`Discourse`, attribution), event patterns (`PatternMatcher`), then for
/// each match its source, target, modality, date and condition.
public struct EventCoder: Sendable {
    public let dictionaries: Dictionaries
    /// How to code: PETRARCH's options (dyads only, comma clauses) when coding with its dictionaries.
    public var options = CodingOptions()
    /// The tagger and parser that give each document its syntax; none, and documents have no parse.
    public var syntax: SyntaxModel?
    /// Where the gazetteer that places events is: the dictionaries' (`places/`) unless set otherwise; none,
    /// and events have no location. Read on the first event placed.
    public var places: GazetteerSource?
    /// Forms of reporting verbs ("said", "noted", "pointed").
    let reportingForms: Set<String>
    /// Every known written form of a verb: the dictionary's heads and the irregular verbs.
    let verbForms: Set<String>

    public init(dictionaries: Dictionaries) {
        self.dictionaries = dictionaries
        var forms = Set<String>()
        for base in WordClasses.reportingVerbs {
            for (form, _) in dictionaries.inflector.forms(of: base) { forms.insert(form) }
        }
        reportingForms = forms
        places = dictionaries.places
        var verbs = Set(dictionaries.patterns.verbBases.keys)
        for (base, irregular) in dictionaries.inflector.irregular {
            verbs.insert(base)
            verbs.formUnion(irregular.past)
            verbs.formUnion(irregular.participle)
            verbs.formUnion(irregular.third)
        }
        verbForms = verbs
    }

    /// The events of `article`, sentence by sentence, principal event first within a sentence.
    public func code(_ article: Article) -> [Event] {
        code(ArticleSegment(article: article, scalarOffset: 0, isContinuation: false)).events
    }

    /// The events of a piece of an article, numbered within the piece, and its number of sentences.
    /// Every command that codes comes here (`code`, `ingest` and `serve` through `BatchCoder`, `eval`
    /// through `code(_:)`), so that the options' comma clauses, discards and dyad rule apply alike.
    func code(_ segment: ArticleSegment) -> (events: [Event], sentences: Int) {
        let reading = read(prepared(segment.article), hasDateline: !segment.isContinuation)
        return (events(of: reading), reading.document.sentences.count)
    }

    /// The events of an article read: discards, each sentence's events, the dyad rule, then places.
    func events(of reading: Reading) -> [Event] {
        let norms = dictionaries.discards.isEmpty ? [] : reading.document.tokens.map(\.norm)
        if storyDiscard(reading.document, norms: norms) != nil { return [] }
        var events = zip(reading.analyses, reading.matches).flatMap { analysis, matches -> [Event] in
            if sentenceDiscard(analysis.sentence, norms: norms) != nil { return [] }
            return codeSentence(analysis, matches: matches, document: reading.document, matcher: reading.matcher)
        }
        if options.requireDyad { events.removeAll { $0.target == nil } }
        if let places, let gazetteer = try? places.gazetteer() {
            EventPlacer(gazetteer: gazetteer).locate(&events, document: reading.document, analyses: reading.analyses)
        }
        return events
    }

    /// An article read up to, not including, its events: sentences with actors, pronouns and speakers resolved,
    /// and each sentence's pattern matches.
    struct Reading {
        let document: Document
        let matcher: PatternMatcher
        let analyses: [SentenceAnalysis]
        /// The matches of each of `analyses`, best first.
        let matches: [[PatternMatch]]
    }

    /// The article split into tokens and sentences as the coder splits it.
    public func document(_ article: Article, hasDateline: Bool = true) -> Document {
        var document = unparsedDocument(article, hasDateline: hasDateline)
        if let syntax { document.syntax = syntax.parse(document) }
        return document
    }

    /// The article's tokens and sentences, not yet parsed.
    private func unparsedDocument(_ article: Article, hasDateline: Bool) -> Document {
        Document(article: article, hasDateline: hasDateline) { dictionaries.actors.phrases.startsWith($0) }
    }

    /// Reads `article` up to its events. With a syntax model, the sentences whose events the parse can change
    /// (an actor, and a verb some pattern matches: the parse finds a verb's subject and object) are parsed,
    /// or every sentence with `parsingEvery`: the parse serves nothing else in coding, and is most of its cost.
    func read(_ article: Article, hasDateline: Bool = true, parsingEvery: Bool = false) -> Reading {
        var document = unparsedDocument(article, hasDateline: hasDateline)
        let norms = document.tokens.map(\.norm)
        var discourse = Discourse()
        var analyses: [SentenceAnalysis] = []
        analyses.reserveCapacity(document.sentences.count)
        let matcher = PatternMatcher(patterns: dictionaries.patterns, norms: norms)
        // Pass 1: actors, pronouns, speakers.
        for sentence in document.sentences {
            var recognizer = ActorRecognizer(lexicon: dictionaries.actors, document: document, norms: norms, date: article.date)
            recognizer.knownPeople = discourse.knownPeople
            recognizer.verbForms = verbForms
            var mentions = recognizer.mentions(in: sentence)
            adoptRelativeClauseCountry(&mentions, norms: norms)
            discourse.nextSentence()
            discourse.resolve(&mentions, norms: norms)
            for index in mentions.indices where mentions[index].pronoun != nil {
                mentions[index].members = mentions[index].members.map { relocate($0, to: mentions[index].tokens, document) }
            }
            mentions.removeAll { $0.kind == .pronoun && $0.members.isEmpty }
            mergePossessiveRoles(&mentions)
            mergeCoordinatedAdjectives(&mentions, norms: norms)
            var analysis = SentenceAnalysis(sentence: sentence, mentions: mentions, norms: norms)
            attribute(&analysis, matcher: matcher)
            analyses.append(analysis)
        }
        // Pass 2: speakers named after the fact ("This was stated by X") and paragraphs of reported speech.
        for index in analyses.indices {
            if let agent = statedByAgent(analyses[index], norms: norms), index > 0, analyses[index - 1].speaker == nil {
                analyses[index - 1].speaker = agent
            }
        }
        for index in analyses.indices.dropFirst() where analyses[index].speaker == nil && analyses[index].reportingToken == nil {
            let previous = analyses[index - 1]
            if previous.sentence.paragraph == analyses[index].sentence.paragraph, let speaker = previous.speaker,
               continuesReport(analyses[index], after: previous, document) {
                analyses[index].speaker = speaker
            }
        }
        // Pass 3: the first person of the speaker.
        for index in analyses.indices { resolveFirstPerson(&analyses[index], document) }
        let matches = analyses.map { matcher.matches(in: $0) }
        if let syntax {
            let needed = zip(analyses, matches).filter { analysis, matches in
                parsingEvery || analysis.mentions.contains { !$0.members.isEmpty } && matches.contains(where: \.isVerb)
            }
            document.syntax = syntax.parse(document, sentences: needed.map(\.0.sentence.tokens))
        }
        return Reading(document: document, matcher: matcher, analyses: analyses, matches: matches)
    }

    /// Words that open a sentence carrying on the previous one's argument ("In contrast, the DPRK …").
    static let continuations: Set<String> = ["in", "however", "but", "also", "moreover", "furthermore", "yet", "still",
                                              "therefore", "thus", "so", "and", "instead", "meanwhile", "besides", "indeed"]
    static let firstPerson: Set<String> = ["we", "our", "us", "ours", "i", "my", "me"]

    /// Whether a sentence with no reporting verb of its own goes on with the speech reported in the one
    /// before: it is inside quotation marks, opens with a connective, or speaks in the first person. A plain
    /// statement after a report ("Powell said NATO would need to remain strong. Seoul imposed sanctions on
    /// Moscow.") is the narrator's own.
    func continuesReport(_ analysis: SentenceAnalysis, after previous: SentenceAnalysis, _ document: Document) -> Bool {
        let tokens = analysis.sentence.tokens
        guard let first = tokens.first else { return false }
        let openQuotes = previous.sentence.tokens.filter { document.tokens[$0].kind == .quote }.count
        if openQuotes % 2 == 1 || document.tokens[first].kind == .quote { return true }
        if Self.continuations.contains(analysis.norms[first]) { return true }
        return tokens.contains { Self.firstPerson.contains(analysis.norms[$0]) }
    }

    /// Whether token `t` is a verb other than a reporting verb: what follows "said" is a clause, not its object.
    func isNonReportingVerb(_ t: Int, _ matcher: PatternMatcher, _ analysis: SentenceAnalysis) -> Bool {
        matcher.isVerb(t, in: analysis) && !reportingForms.contains(analysis.norms[t])
    }

    private func relocate(_ actor: Actor, to tokens: Range<Int>, _ document: Document) -> Actor {
        var a = actor
        // The antecedent's own words, kept as the evidence of whom the pronoun stands for.
        if a.refersTo == nil, a.end > a.start { a.refersTo = NamingWords(text: a.text, start: a.start, end: a.end) }
        a.start = document.tokens[tokens.lowerBound].start
        a.end = document.tokens[tokens.upperBound - 1].end
        a.text = document.text(a.start, a.end)
        return a
    }

    /// "Chang Ho Jin, who was also the ex-ambassador of South Korea": a person without a country takes
    /// the country of the title in the relative clause that follows the name.
    private func adoptRelativeClauseCountry(_ mentions: inout [ActorMention], norms: [String]) {
        for index in mentions.indices where mentions[index].kind == .person {
            guard let member = mentions[index].members.first, member.country == nil else { continue }
            var t = mentions[index].tokens.upperBound
            if t < norms.count, norms[t] == "," { t += 1 }
            guard t < norms.count, norms[t] == "who" else { continue }
            if let next = mentions[(index + 1)...].first(where: { $0.tokens.lowerBound > t && $0.tokens.lowerBound < t + 8 }),
               let titled = next.members.first, let country = titled.country {
                mentions[index].members = mentions[index].members.map { var a = $0; a.country = country; a.code = titled.code; return a }
            }
        }
    }

    /// Words between a subject and its passive verb: auxiliaries, a relative pronoun, a comma, an adverb.
    static let passiveGroupWords: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "had", "has", "have", "which", "who",
                                                 "that", ",", "not", "also", "already", "reportedly", "allegedly", "repeatedly", "recently",
                                                 "publicly", "formally", "officially", "again", "never", "twice", "once"]

    /// Whether `tokens` hold only the words that join a subject to its passive verb ("was", ", which had been").
    static func isPassiveGroup(_ tokens: Range<Int>, _ norms: [String]) -> Bool {
        !tokens.isEmpty && tokens.count <= 6 && tokens.allSatisfy { passiveGroupWords.contains(norms[$0]) }
    }

    /// Whether "who" or "which" (after a comma or not) follows `tokens`: a relative clause about them.
    static func opensRelativeClause(after tokens: Range<Int>, _ norms: [String]) -> Bool {
        var t = tokens.upperBound
        if t < norms.count, norms[t] == "," { t += 1 }
        return t < norms.count && (norms[t] == "who" || norms[t] == "which")
    }

    /// Acts whose target is whom something goes to: aid and asylum given (07), things returned or handed
    /// over (084, but not persons released, 0841, who are the target themselves).
    static func goesToRecipient(_ code: CameoCode) -> Bool {
        code.root == "07" || (code.code.hasPrefix("084") && !code.code.hasPrefix("0841"))
    }

    /// Whether an event of `code` done by several actors with no other target is done among them: talks and
    /// meetings (04), agreements (057, 036), cooperation (05 except praise, 06), fighting (19).
    static func isReciprocal(_ code: CameoCode) -> Bool {
        switch code.root {
        case "04", "06", "19": return true
        case "05": return !code.code.hasPrefix("051")
        case "03": return code.code.hasPrefix("036") || code.code.hasPrefix("030") || code.code.hasPrefix("031")
        default: return code.code.hasPrefix("057")
        }
    }

    /// "Kenyan and Ugandan officials", "Russian, Chinese and Iranian troops": adjectives of states joined
    /// before one role are one compound actor, each state with the role.
    private func mergeCoordinatedAdjectives(_ mentions: inout [ActorMention], norms: [String]) {
        var index = mentions.count - 2
        while index >= 0 {
            let adjective = mentions[index]
            let role = mentions[index + 1]
            // Mentions may touch or nest ("the army of Syria"): only two apart, in that order, are joined.
            guard adjective.tokens.upperBound <= role.tokens.lowerBound else {
                index -= 1
                continue
            }
            let between = adjective.tokens.upperBound..<role.tokens.lowerBound
            if adjective.kind == .state, adjective.isModifier, adjective.members.allSatisfy({ $0.country != nil }), role.kind == .role,
               (1...2).contains(between.count), between.allSatisfy({ norms[$0] == "and" || norms[$0] == "," }),
               let model = role.members.first, let roleCountry = model.country, model.code.hasPrefix(roleCountry) {
                var merged = role
                let roles = adjective.members.map { state -> Actor in
                    var member = model
                    member.code = (state.country ?? "") + model.code.dropFirst(roleCountry.count)
                    member.country = state.country
                    member.text = state.text
                    member.start = state.start
                    member.end = state.end
                    return member
                }
                merged.tokens = adjective.tokens.lowerBound..<role.tokens.upperBound
                merged.members = roles + role.members
                mentions[index] = merged
                mentions.remove(at: index + 1)
            }
            index -= 1
        }
    }

    /// "its forces", "their army": a resolved possessive before a bare role gives the role its country.
    private func mergePossessiveRoles(_ mentions: inout [ActorMention]) {
        var index = 0
        while index + 1 < mentions.count {
            let owner = mentions[index]
            let role = mentions[index + 1]
            if owner.kind == .pronoun, owner.isModifier, owner.tokens.upperBound == role.tokens.lowerBound, role.kind == .role,
               let base = owner.members.first?.country, role.members.allSatisfy({ $0.country == nil }) {
                var merged = role
                merged.tokens = owner.tokens.lowerBound..<role.tokens.upperBound
                merged.members = role.members.map { var a = $0; a.code = base + a.code; a.country = base; return a }
                mentions[index] = merged
                mentions.remove(at: index + 1)
            }
            index += 1
        }
    }

    // MARK: Speakers

    /// Finds the speaker of a sentence: "according to X", "X said", "…, X said", "said X", "was stated by X".
    private func attribute(_ analysis: inout SentenceAnalysis, matcher: PatternMatcher) {
        let norms = analysis.norms
        for t in analysis.start..<analysis.end {
            // The speaker stands right after "according to" (past a determiner), never further into the clause.
            if norms[t] == "according", t + 1 < analysis.end, norms[t + 1] == "to",
               let m = analysis.mention(at: t + 2) ?? (WordClasses.determiners.contains(norms[min(t + 2, norms.count - 1)]) ? analysis.mention(at: t + 3) : nil),
               let speaker = analysis.mentions[m].members.first {
                analysis.speaker = speaker
                analysis.reportingToken = t
                return
            }
        }
        for t in analysis.start..<analysis.end where reportingForms.contains(norms[t]) && analysis.mention(at: t) == nil {
            if t + 1 < analysis.end, norms[t + 1] == "by", let m = analysis.object(from: t + 2, limit: 3),
               let speaker = analysis.mentions[m].members.first {
                analysis.speaker = speaker
                analysis.reportingToken = t
                return
            }
            // "… the assault, which Damascus believes will pave the way": a relative clause's belief is no
            // attribution of the sentence.
            if t > analysis.start, let m = analysis.mention(at: t - 1), analysis.mentions[m].tokens.lowerBound > analysis.start,
               ["which", "that", "whom"].contains(norms[analysis.mentions[m].tokens.lowerBound - 1]) { continue }
            if let m = analysis.subject(before: t, isVerb: { isNonReportingVerb($0, matcher, analysis) }),
               let speaker = analysis.mentions[m].members.first, analysis.mentions[m].kind != .firstPerson {
                analysis.speaker = speaker
                analysis.reportingToken = t
                if analysis.mentions[m].tokens.upperBound == t { analysis.speakerToken = analysis.mentions[m].tokens.lowerBound }
                return
            }
            if t + 1 < analysis.end, let m = analysis.mention(at: t + 1), let speaker = analysis.mentions[m].members.first {
                analysis.speakerToken = analysis.mentions[m].tokens.lowerBound
                analysis.speaker = speaker
                analysis.reportingToken = t
                return
            }
        }
    }

    /// "This was stated by Georgy Zinoviev": the agent who said the previous sentence.
    private func statedByAgent(_ analysis: SentenceAnalysis, norms: [String]) -> Actor? {
        let s = analysis.start
        guard analysis.end - s > 4, ["this", "that", "it", "these"].contains(norms[s]),
              WordClasses.beForms.contains(norms[s + 1]) else { return nil }
        var t = s + 2
        if !reportingForms.contains(norms[t]) { t += 1 }
        guard t + 1 < analysis.end, reportingForms.contains(norms[t]), norms[t + 1] == "by" else { return nil }
        return analysis.speaker
    }

    /// "we", "us", "our" said by a state's representative stand for that state.
    private func resolveFirstPerson(_ analysis: inout SentenceAnalysis, _ document: Document) {
        guard analysis.mentions.contains(where: { $0.kind == .firstPerson }) else { return }
        for index in analysis.mentions.indices where analysis.mentions[index].kind == .firstPerson {
            guard let speaker = analysis.speaker, let country = speaker.country else { continue }
            let state = Actor(code: country, country: country, text: "", start: 0, end: 0)
            analysis.mentions[index].members = [relocate(state, to: analysis.mentions[index].tokens, document)]
            analysis.mentions[index].kind = .state
        }
        analysis.mentions.removeAll { $0.kind == .firstPerson && $0.members.isEmpty }
        analysis.reindex()
    }

    // MARK: Events

    func codeSentence(_ analysis: SentenceAnalysis, matches: [PatternMatch], document: Document, matcher: PatternMatcher) -> [Event] {
        guard !matches.isEmpty else { return [] }
        let norms = analysis.norms
        let article = document.article
        let dates = DateExpressionFinder().find(document.tokens, in: analysis.start..<analysis.end, today: article.date)
        let modalityDetector = ModalityDetector(norms: norms)
        let evidence = document.text(of: analysis.sentence)
        var main: [Event] = []
        var antecedents: [(Event, Int)] = []
        let roles = document.syntax.flatMap { $0.covers(analysis.sentence.tokens) ? SyntacticRoles(parse: $0, analysis: analysis) : nil }
        for match in matches {
            let pattern = dictionaries.patterns.patterns[match.pattern]
            guard var code = dictionaries.ontology[pattern.code] else { continue }
            guard let (sourceMention, targetMention) = participants(match, analysis, roles: roles, matcher: matcher) else { continue }
            let sourceMembers = analysis.mentions[sourceMention].members
            var targetMembers: [Actor?] = targetMention.map { analysis.mentions[$0].members } ?? [nil]
            if Self.goesToRecipient(code), let recipient = recipient(after: match.last, analysis, excluding: sourceMention),
               targetMention.map({ analysis.mentions[$0].tokens.lowerBound > match.head }) ?? true {
                // What is given stands between the verb and "to", and whom it is for may follow ("lent $1 billion
                // to Indonesia to aid the country's recovery"): the recipient is the target.
                targetMembers = analysis.mentions[recipient].members
            } else if targetMention == nil, ("05"..."08").contains(code.root), let helped = beneficiary(after: match.last, analysis, excluding: sourceMention) {
                targetMembers = analysis.mentions[helped].members
            } else if targetMention == nil, ("03"..."08").contains(code.root), let implicit = implicitPartner(analysis, excluding: sourceMention, before: match.head) {
                targetMembers = analysis.mentions[implicit].members
            } else if targetMention == nil, code.root == "07", let place = aidedPlace(after: match.last, analysis, excluding: sourceMention) {
                targetMembers = analysis.mentions[place].members
            }
            if targetMention == nil, sourceMembers.count > 1, (options.mutualCompounds && Self.isReciprocal(code)) || pattern.requiresCompound {
                // "Moscow and Seoul maintain communication", "Kenya and Uganda signed an agreement": each member
                // towards the others. Not "Russia and China condemned the attack": one event each, with no target.
                targetMembers = sourceMembers
            }
            let clause = analysis.clause(around: match.head)
            let subject = analysis.mentions[sourceMention].tokens
            var reading = modalityDetector.read(head: match.first, clauseStart: clause.lowerBound,
                                                subject: subject.upperBound <= match.first ? subject : nil,
                                                isIntent: code.root == "03", isNominal: !match.isVerb)
            // "expressed no sympathy", "offered no support": "no" on the pattern's own noun negates the act.
            if match.isVerb, match.last > match.head + 1, norms[match.head + 1] == "no", !match.consumed.contains(match.head + 1) {
                reading.negated = true
                if reading.modality == .asserted || reading.modality == .future { reading.modality = .negated }
            }
            // "Israel will not release the prisoners", "refused to lift the ban": the event is the refusal.
            if reading.refusal, let refusal = dictionaries.ontology.refusal(of: code) {
                code = refusal
                reading.modality = .asserted
                reading.negated = false
            }
            // "Israeli jets bombed Palestinian targets", "the US bombing of Libya": a state or its forces bomb from
            // the air (195); CAMEO 183 is the car, roadside or suicide bombing of groups.
            if code.code == "183", Self.isBombing(pattern.head), sourceMembers.allSatisfy(Self.isStateOrItsForces), let aerial = dictionaries.ontology["195"] {
                code = aerial
            }
            // "British troops have arrived in Mali to join the UN peacekeeping mission", "the deployment of 230 troops
            // to Liberia on a peacekeeping mission": troops sent or arriving to keep the peace provide it (074); a
            // president's visit to peacekeepers stays a visit.
            let troopsArrive = code.code == "042" && sourceMembers.allSatisfy { $0.code.hasSuffix("MIL") || $0.code.hasSuffix("PKO") }
            if troopsArrive || code.root == "15", analysis.mentionsPeacekeeping, let peacekeeping = dictionaries.ontology["074"] {
                code = peacekeeping
            }
            // A reporting verb alone ("said", "claimed"); not "claimed responsibility", which is an act of its own (015).
            let isReport = pattern.code.hasPrefix("01") && pattern.before.isEmpty && !pattern.after.contains { if case .literal = $0 { return true } else { return false } } && {
                if case .verb(let base) = pattern.head { return WordClasses.reportingVerbs.contains(base) }
                return false
            }()
            if isReport, targetMention == nil, let about = reportedActor(after: match.last, analysis, source: sourceMention) {
                // "Syria claimed that the ceasefire applied to Turkish forces": a statement with no event of its
                // own is about the first other state its words name, as GDELT and PETRARCH code it.
                targetMembers = analysis.mentions[about].members
            }
            let speaker = isReport ? nil : analysis.speaker
            // "Germany said it would send troops": in reported speech "would" is the "will" of the words reported.
            let reportedWill = reading.onlyWould && !reading.negated && speaker != nil
            if reportedWill { reading.modality = .future }
            // "Farc said it will release", "we will respond": the speaker says what it will do itself.
            let sourceKind = analysis.mentions[sourceMention].kind
            let selfReported = (sourceKind == .pronoun || sourceKind == .firstPerson) && sourceMembers.contains { $0.code == speaker?.code }
            // "Russia says Israel must end its attacks on Syria": what the speaker says another must do is the
            // speaker's demand of it (CAMEO 10), as CAMEO codes it; the act itself has not happened.
            // Only an act the obligated does itself (an active verb), and not what a leader says their own
            // state should do, which is a statement of intent rather than a demand.
            let beforeHead = norms[min(match.first, max(clause.lowerBound, match.first - 3))..<match.first]
            if reading.obligation, match.isVerb, !match.isPassive, !beforeHead.contains(where: WordClasses.beForms.contains), let demander = speaker,
               let demand = dictionaries.ontology.demand(of: code, negated: reading.negated),
               !sourceMembers.contains(where: { $0.code == demander.code || $0.code == demander.country }) {
                for date in eventDates(match, analysis, dates: dates, today: article.date, asserted: true) {
                    for obligated in sourceMembers {
                        var event = Event(article: article.id, sentence: analysis.sentence.index,
                                          span: (analysis.sentence.start, analysis.sentence.end), source: demander, target: obligated,
                                          code: demand, modality: .asserted, date: date, speaker: nil, condition: nil, evidence: evidence,
                                          pattern: pattern.id)
                        event.head = match.head
                        event.rank = match.rank
                        main.append(event)
                    }
                }
                continue
            }
            for date in eventDates(match, analysis, dates: dates, today: article.date, asserted: reading.modality == .asserted) {
                for source in sourceMembers {
                    for target in targetMembers {
                        if let target, target.code == source.code && target.country == source.country { continue }
                        var event = Event(article: article.id, sentence: analysis.sentence.index,
                                          span: (analysis.sentence.start, analysis.sentence.end), source: source, target: target,
                                          code: code, modality: reading.modality, date: date,
                                          speaker: speaker.flatMap { $0.code == source.code && $0.text == source.text ? nil : $0 },
                                          condition: nil, evidence: evidence, pattern: pattern.id)
                        event.negated = reading.negated
                        event.head = match.head
                        event.rank = match.rank
                        event.isReport = isReport
                        // What the source promises, or says itself it will do, is its intent (or threat) today.
                        event.isCommitment = !match.isPassive && (reading.promised && source.country != nil || (reading.will || reportedWill) && selfReported)
                        if reading.inCondition, let start = reading.conditionStart { antecedents.append((event, start)) } else { main.append(event) }
                        if let reverse = reversed(event, pattern) { main.append(reverse) }
                    }
                }
            }
        }
        if !antecedents.isEmpty {
            if main.isEmpty {
                main = antecedents.map { var e = $0.0; e.modality = .hypothetical; return e }
            } else {
                let (first, start) = antecedents[0]
                let text = conditionText(from: start, analysis, document)
                for index in main.indices where !main[index].isReport {
                    main[index].condition = Condition(text: text, events: [first])
                    if main[index].modality == .asserted || main[index].modality == .future { main[index].modality = .hypothetical }
                }
            }
        }
        if main.contains(where: { !$0.isReport }) { main.removeAll(where: \.isReport) }
        main = withIntents(main, today: article.date)
        reportsAsDemands(&main, analysis)
        reportsAsJudgements(&main, analysis, document)
        return main.sorted { a, b in a.rank != b.rank ? a.rank < b.rank : a.head < b.head }
    }

    /// Source and target mentions of a match, or nil when it has no source: from the parse where it names
    /// them, else from the words around the match.
    private func participants(_ match: PatternMatch, _ analysis: SentenceAnalysis, roles: SyntacticRoles?, matcher: PatternMatcher) -> (Int, Int?)? {
        let norms = analysis.norms
        let isVerb = { (t: Int) in isNonReportingVerb(t, matcher, analysis) }
        if let source = match.sourceSlot {
            return (source, analysis.subject(before: match.first, isVerb: isVerb))
        }
        if match.isVerb, let roles, let found = roles.participants(ofVerb: match.head) {
            // The parse's object first: a pattern's target slot is read for the active voice. An object that is
            // a word of the pattern ("suspended military aid to") or the source's own means ("withdrew its
            // troops from Syria", "sent troops to Mali") is what the act is done with: the words decide.
            var target = found.target.flatMap { isMeans($0, of: found.source, match, analysis) ? nil : $0 }
                ?? (match.targetSlot == found.source ? nil : ownTargetSlot(match, analysis, source: found.source))
            if target == nil, !roles.isPassive(match.head) {
                target = unslottedTarget(match, analysis, excluding: found.source)
            }
            return (found.source, target == found.source ? nil : target)
        }
        // "100 civilians have been killed and 200 wounded in": a count right before a past form that ends its
        // phrase is that many people to whom it was done, a passive without its "be", not an act of the
        // subject's ("12 besieged areas" is a noun phrase, "in 2019 failed" a year).
        let countedPassive = match.isVerb && match.first > analysis.start && Self.isCount(norms[match.first - 1]) && norms[match.first].hasSuffix("ed")
            && (match.first + 1 >= analysis.end || analysis.isBreak(match.first + 1) || WordClasses.prepositions.contains(norms[match.first + 1])
                || ["and", "or", "today", "yesterday"].contains(norms[match.first + 1]))
        if match.isVerb && (match.isPassive || countedPassive) {
            let subject = analysis.subject(before: match.first, isVerb: isVerb)
            var agent: Int?
            var t = match.head + 1
            while t < analysis.end, t < match.head + 12, !analysis.isBreak(t) {
                if norms[t] == "by", let m = analysis.object(from: t + 1, limit: 3) { agent = m; break }
                t += 1
            }
            // "Three Russians held by the government in Libya were released": with no agent, who held them lets them
            // go, and they are the target.
            if agent == nil, dictionaries.patterns.patterns[match.pattern].code.hasPrefix("0841") {
                guard let subject, let captor = captor(of: match, analysis, excluding: subject) else { return nil }
                return (captor, subject)
            }
            guard let agent else { return nil }
            // "India was accused by Pakistan of aggression", "the army, which had been accused by Pakistan of
            // shelling": the active pattern's target slot ("ACCUSE + of") falls on the agent in the passive, and
            // the target is the subject, when the subject stands right before the passive verb group, or when
            // a relative clause about it stands between ("a cleric who is wanted in the US was accused by British
            // prosecutors of"). Not a subject further back ("India alleges the attack was backed by Pakistan").
            var target = match.targetSlot
            if target == agent, let subject, Self.isPassiveGroup(analysis.mentions[subject].tokens.upperBound..<match.first, norms)
                || matcher.isPassive(match.first, in: analysis) && Self.opensRelativeClause(after: analysis.mentions[subject].tokens, norms) { target = nil }
            if target == nil, let after = analysis.object(from: match.last + 1), after != agent { target = after }
            return (agent, target ?? subject)
        }
        if match.isVerb {
            guard let source = analysis.subject(before: match.first, isVerb: isVerb) else { return nil }
            let target = ownTargetSlot(match, analysis, source: source) ?? unslottedTarget(match, analysis, excluding: source)
            return (source, target == source ? nil : target)
        }
        // Nominal event: the possessor or country adjective, "from X", or the subject of a light verb.
        var source: Int?
        var q = match.first - 1
        var steps = 0
        while q >= analysis.start, steps < 3 {
            if let m = analysis.mention(at: q) {
                if analysis.mentions[m].isModifier || norms[q] == "'s" { source = m }
                break
            }
            if norms[q] == "'s" || norms[q] == "'" { q -= 1; continue }
            if analysis.isBreak(q) || WordClasses.prepositions.contains(norms[q]) { break }
            q -= 1
            steps += 1
        }
        if source == nil {
            var t = match.last + 1
            while t < analysis.end, t <= match.last + 4, !analysis.isBreak(t) {
                if norms[t] == "from" || norms[t] == "by", let m = analysis.object(from: t + 1, limit: 3) { source = m; break }
                t += 1
            }
        }
        if source == nil {
            var t = match.first - 1
            var steps = 0
            while t >= analysis.start, steps < 8, !analysis.isBreak(t), analysis.mention(at: t) == nil {
                if WordClasses.lightVerbs.contains(norms[t]) {
                    source = analysis.subject(before: t, isVerb: isVerb)
                    break
                }
                t -= 1
                steps += 1
            }
        }
        // "a U.S. attack on an Iranian platform", "a police raid": an organisation, a role or a state's
        // abbreviation after "a" and right before the noun, as its modifier, holds it: the verb reading that
        // "a" rules out would have made it the subject. A state's or a city's name there is more often where
        // or what it is about ("a Baghdad rocket attack", "a Moscow visit by Shultz", which "by" above gives to
        // Shultz); after "the", the noun is more often an event already known ("the U.S. invasion of Iraq").
        // So does a state's abbreviation before a plural with no determiner ("three nights of US airstrikes",
        // "U.S. raids killed"); not a role word, which is then an adjective ("military strikes", "criminal charges").
        if source == nil, match.first > analysis.start, let m = analysis.mention(at: match.first - 1), isHolderBeforeNoun(analysis.mentions[m]),
           analysis.opensWithIndefiniteArticle(analysis.mentions[m].tokens.lowerBound) || isBarePlural(match, holder: analysis.mentions[m], analysis) { source = m }
        guard let source else { return nil }
        var target = match.targetSlot ?? unslottedTarget(match, analysis, excluding: source)
        // "Ten soldiers were killed in a Taliban attack": whom the passive harmed is the target of the act it names.
        if target == nil { target = passiveVictim(before: match.first, analysis, matcher: matcher) }
        if target == source { target = nil }
        return (source, target)
    }

    /// Who held those released in an agentless passive: the actor after "held by" before the verb ("who had been
    /// held by the government in Libya"), else the state they were held in, right after a word of captivity
    /// ("held captive in Libya", "released from captivity in Libya"); not a place the release is only told in.
    func captor(of match: PatternMatch, _ analysis: SentenceAnalysis, excluding subject: Int?) -> Int? {
        let norms = analysis.norms
        for t in analysis.start..<match.first where norms[t] == "held" && t + 1 < analysis.end && norms[t + 1] == "by" {
            if let m = analysis.object(from: t + 2, limit: 4), m != subject { return m }
        }
        for t in analysis.start..<analysis.end where ["held", "captivity", "captive", "detained", "imprisoned", "jailed"].contains(norms[t]) {
            for u in (t + 1)..<min(analysis.end, t + 4) where norms[u] == "in" {
                if let m = analysis.mention(at: u + 1), analysis.mentions[m].kind == .state, m != subject { return m }
            }
        }
        return nil
    }

    /// Whether a nominal event's head is a plural with no determiner before its holder, a state ("US airstrikes").
    func isBarePlural(_ match: PatternMatch, holder: ActorMention, _ analysis: SentenceAnalysis) -> Bool {
        guard case .noun(let noun) = dictionaries.patterns.patterns[match.pattern].head else { return false }
        let word = analysis.norms[match.head]
        let start = holder.tokens.lowerBound
        let determined = start > analysis.start && WordClasses.determiners.contains(analysis.norms[start - 1])
        return holder.kind == .state && word != noun && word.hasSuffix("s") && !determined
    }

    /// Past participles of harm done to people or things, whose passive names the victim as its subject.
    static let harmParticiples: Set<String> = ["killed", "wounded", "injured", "hurt", "hit", "struck", "destroyed", "damaged",
                                               "targeted", "attacked", "shot", "bombed", "shelled", "abducted", "kidnapped", "displaced"]

    /// Whether `word` is a number or a count of people ("200", "dozens").
    static func isCount(_ word: String) -> Bool {
        let isYear = word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20"))
        return !word.isEmpty && word.allSatisfy(\.isNumber) && !isYear || countWords.contains(word)
    }

    /// Words that count people ("hundreds wounded", "three injured").
    static let countWords: Set<String> = ["dozens", "hundreds", "thousands", "scores", "several", "many", "two", "three", "four",
                                          "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty"]

    /// The subject of "were killed in", "have been wounded by", "were killed and 200 wounded in" right before a
    /// nominal event at `index` (the preposition, then the event's determiner and holder): the one it harmed.
    func passiveVictim(before index: Int, _ analysis: SentenceAnalysis, matcher: PatternMatcher) -> Int? {
        let norms = analysis.norms
        let isVerb = { (t: Int) in isNonReportingVerb(t, matcher, analysis) }
        var q = index - 1
        while q > analysis.start, q >= index - 5, !["in", "by", "during"].contains(norms[q]) {
            guard analysis.mention(at: q) != nil || WordClasses.determiners.contains(norms[q]) || norms[q].first?.isNumber == true
                    || !isVerb(q) && !analysis.isBreak(q) else { return nil }
            q -= 1
        }
        guard q > analysis.start, ["in", "by", "during"].contains(norms[q]), Self.harmParticiples.contains(norms[q - 1]),
              matcher.isPassive(q - 1, in: analysis) || q - 2 >= analysis.start && Self.isCount(norms[q - 2]) else { return nil }
        return analysis.subject(before: q - 1, isVerb: isVerb)
    }

    /// Whether a pattern's head is the verb "bomb" or the noun "bombing".
    static func isBombing(_ head: EventPattern.Head) -> Bool {
        switch head {
        case .verb(let base): return base == "bomb"
        case .noun(let noun): return noun == "bombing"
        }
    }

    /// Whether `actor` is a state, its government or its armed forces.
    static func isStateOrItsForces(_ actor: Actor) -> Bool {
        guard let country = actor.country, actor.code.hasPrefix(country) else { return false }
        return ["", "MIL", "GOV", "GOVMIL"].contains(String(actor.code.dropFirst(country.count)))
    }

    /// Whether `mention`, right before a noun that names an event, is the one who acts: an organisation or a
    /// role, or a state named by its abbreviation ("U.S.", "UK"), never a pronoun, a person or a place's name.
    func isHolderBeforeNoun(_ mention: ActorMention) -> Bool {
        switch mention.kind {
        case .organisation, .role: return true
        case .state:
            return mention.members.count == 1 && mention.members.allSatisfy { actor in
                actor.text.count <= 5 && actor.text.allSatisfy { $0.isUppercase || $0 == "." }
            }
        case .person, .pronoun, .firstPerson: return false
        }
    }

    /// "rejected the EU proposal": an actor standing between the head and the pattern's last word, or
    /// headed by that word ("freed 37 activists"). Another word the pattern itself names is part of the
    /// event, not an actor: "suspended military aid to Guatemala" is aid to Guatemala, not to the military.
    func mentionInside(_ match: PatternMatch, _ analysis: SentenceAnalysis, excluding source: Int) -> Int? {
        guard match.last > match.head else { return nil }
        for t in (match.head + 1)...match.last {
            guard let m = analysis.mention(at: t), m != source, !sameActors(analysis.mentions[m], analysis.mentions[source]) else { continue }
            let mention = analysis.mentions[m]
            if isSourcesOwn(mention, analysis.mentions[source], analysis.norms) { continue }
            // "met in Paris with the leaders of Germany": a place the act happens in (see `placeInside`).
            if isPlacePhrase(mention, analysis) { continue }
            if mention.tokens.contains(where: match.consumed.contains) {
                // The pattern's own last word heading an actor is whom the act is done to ("released Al Jazeera
                // journalist Mahmoud Hussein", "expelled Russian diplomats"), unless they are the source's own
                // ("withdrew its troops"); a word inside the pattern is part of the event ("suspended military aid to").
                guard mention.tokens.contains(match.last), !isInstrument(mention, of: analysis.mentions[source]) else { continue }
            }
            return m
        }
        return nil
    }

    /// The first actor after "in" or "at" between the pattern's head and its last word ("held talks in Beijing").
    func placeInside(_ match: PatternMatch, _ analysis: SentenceAnalysis, excluding source: Int) -> Int? {
        guard match.last > match.head else { return nil }
        return ((match.head + 1)...match.last).lazy.compactMap { analysis.mention(at: $0) }.first { m in
            m != source && isPlacePhrase(analysis.mentions[m], analysis) && !sameActors(analysis.mentions[m], analysis.mentions[source])
        }
    }

    /// Whether `mention` follows "in" or "at" (with "the" between or not): where, not whom.
    func isPlacePhrase(_ mention: ActorMention, _ analysis: SentenceAnalysis) -> Bool {
        var q = mention.tokens.lowerBound - 1
        if q >= analysis.start, analysis.norms[q] == "the" { q -= 1 }
        return q >= analysis.start && (analysis.norms[q] == "in" || analysis.norms[q] == "at")
    }

    /// The first actor after `index` in the clause that is not the source again ("… in his country").
    func object(after index: Int, _ analysis: SentenceAnalysis, excluding source: Int) -> Int? {
        var from = index
        while let m = analysis.object(from: from) {
            if m != source, !sameActors(analysis.mentions[m], analysis.mentions[source]) { return m }
            from = analysis.mentions[m].tokens.upperBound
        }
        return nil
    }

    func sameActors(_ a: ActorMention, _ b: ActorMention) -> Bool {
        a.members.map(\.code) == b.members.map(\.code)
    }

    /// A cooperative event with no stated partner ("Moscow was ready for this") takes the nearest other
    /// state named before it in the sentence.
    private func implicitPartner(_ analysis: SentenceAnalysis, excluding source: Int, before head: Int) -> Int? {
        let sourceCountries = analysis.mentions[source].countries
        var best: Int?
        for (index, mention) in analysis.mentions.enumerated() where index != source && mention.tokens.upperBound <= head {
            if mention.members.contains(where: { $0.country != nil && !sourceCountries.contains($0.country!) }) { best = index }
        }
        return best
    }

    /// The dates of an event. An article cannot report as done what has not happened yet: for an asserted
    /// event, a later date belongs to another verb ("vowed Saturday to escalate … before talks next week"),
    /// and the event takes the latest date of the sentence not after the article's, else the article's own.
    private func eventDates(_ match: PatternMatch, _ analysis: SentenceAnalysis, dates: [DateExpression], today: SimpleDate?,
                            asserted: Bool) -> [SimpleDate?] {
        let found = datesInClause(match, analysis, dates: dates, today: today)
        guard asserted, let today else { return found }
        return found.map { date in
            guard let date, date.isWhollyAfter(today) else { return date }
            return dates.map(\.date).filter { !$0.isWhollyAfter(today) }.max() ?? today
        }
    }

    /// The dates in an event's clause, else the date of the statement reporting it, else the article's.
    /// Two dates joined by "and" ("in 2023 and 2024") give two events.
    private func datesInClause(_ match: PatternMatch, _ analysis: SentenceAnalysis, dates: [DateExpression], today: SimpleDate?) -> [SimpleDate?] {
        guard !dates.isEmpty else { return [today] }
        func distance(_ d: DateExpression, _ t: Int) -> Int {
            d.tokens.upperBound <= t ? t - d.tokens.upperBound : d.tokens.lowerBound - t
        }
        let clause = analysis.clause(around: match.head)
        // "Five years after Isis swept across Syria, all that remains …" dates only what stands before the comma.
        func reaches(_ d: DateExpression, _ head: Int) -> Bool {
            guard analysis.norms[d.tokens.upperBound - 1] == "after" else { return true }
            let comma = (d.tokens.upperBound..<analysis.end).first { analysis.norms[$0] == "," } ?? analysis.end
            return head > d.tokens.lowerBound && head < comma
        }
        var chosen = dates.enumerated().filter { clause.contains($0.element.tokens.lowerBound) && reaches($0.element, match.head) }
            .min { distance($0.element, match.head) < distance($1.element, match.head) }
        if chosen == nil, let reporting = analysis.reportingToken {
            let reportingClause = analysis.clause(around: reporting)
            chosen = dates.enumerated().filter { reportingClause.contains($0.element.tokens.lowerBound) && reaches($0.element, reporting) && reaches($0.element, match.head) }
                .min { distance($0.element, reporting) < distance($1.element, reporting) }
        }
        guard let (index, expression) = chosen else { return [today] }
        var out: [SimpleDate?] = [expression.date]
        var next = index + 1
        var end = expression.tokens.upperBound
        while next < dates.count, dates[next].tokens.lowerBound <= end + 1,
              (end..<dates[next].tokens.lowerBound).allSatisfy({ analysis.norms[$0] == "and" || analysis.norms[$0] == "," }),
              dates[next].tokens.lowerBound > end {
            out.append(dates[next].date)
            end = dates[next].tokens.upperBound
            next += 1
        }
        return out
    }

    /// The text of an if-clause: from after "if" to the end of its clause.
    private func conditionText(from start: Int, _ analysis: SentenceAnalysis, _ document: Document) -> String {
        var end = start + 1
        while end < analysis.end, !(analysis.norms[end] == "," && end > start + 3), analysis.norms[end] != ".",
              analysis.norms[end] != ";", !(analysis.norms[end] == "then") {
            end += 1
        }
        guard start + 1 < end else { return "" }
        return document.text(document.tokens[start + 1].start, document.tokens[end - 1].end)
    }
}
