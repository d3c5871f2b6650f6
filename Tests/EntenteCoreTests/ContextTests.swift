import Testing
@testable import EntenteCore

/// Modality, speakers, coreference, dates and conditions on sentences of our own.
@Suite("Context: modality, speakers, coreference, dates, conditions")
struct ContextTests {
    func first(_ text: String, date: String = "2025-01-15") -> Event? { Fixtures.code(text, date: date).first }

    @Test(arguments: [
        ("Israel attacked Gaza.", Modality.asserted),
        ("China imposed sanctions on Lithuania.", .asserted),
        ("Russia does not transfer weapons to Iran.", .negated),
        ("Japan did not impose sanctions on Russia.", .negated),
        ("India never attacked Pakistan.", .negated),
        ("Brazil failed to impose sanctions on Venezuela.", .negated),
        ("Germany no longer supplies weapons to Turkey.", .negated),
        ("Seoul could supply weapons to Ukraine.", .hypothetical),
        ("Iran might attack Israel.", .hypothetical),
        ("France would impose sanctions on Mali.", .hypothetical),
        ("Egypt may host talks with Israel.", .hypothetical),
        ("China will impose sanctions on Taiwan.", .future),
        ("Britain plans to impose sanctions on Iran.", .future),
        ("Russia vowed to retaliate against Ukraine.", .asserted),
        ("Ethiopia allowed the World Food Program to deliver food to Tigray.", .asserted),
        ("Russia is expected to attack Ukraine.", .future),
        ("Poland is set to host talks with Ukraine.", .future),
    ])
    func modality(_ text: String, _ expected: Modality) throws {
        let event = try #require(first(text), "no event in: \(text)")
        #expect(event.modality == expected, "\(text): \(event.modality)")
    }

    @Test func conditionalsAreHypotheticalWithTheirAntecedent() throws {
        let event = try #require(first("Moscow could resume talks with Seoul if South Korea does not supply weapons to Ukraine."))
        #expect(event.modality == .hypothetical)
        let condition = try #require(event.condition)
        #expect(condition.text == "South Korea does not supply weapons to Ukraine")
        let antecedent = try #require(condition.events.first)
        #expect(antecedent.source.country == "KOR" && antecedent.target?.country == "UKR" && antecedent.modality == .negated)
        #expect(antecedent.code.root == "07" || antecedent.code.root == "06")
    }

    @Test func intentCodesStayAsserted() throws {
        let event = try #require(first("Russia promised to provide aid to Syria."))
        #expect(event.code.root == "03")
        #expect(event.modality == .asserted)
    }

    @Test(arguments: [
        ("The Chinese foreign ministry said Japan had imposed sanctions on China.", "CHN"),
        ("Japan had imposed sanctions on China, the Chinese foreign ministry said.", "CHN"),
        ("According to the Iranian foreign minister, Israel attacked Syria.", "IRN"),
        ("Israel attacked Syria, according to Iranian officials.", "IRN"),
        ("The Turkish president noted that Greece had attacked Turkey.", "TUR"),
        ("A Ukrainian official stressed that Russia attacked Ukraine.", "UKR"),
        ("Said Russian officials: Ukraine attacked Russia.", "RUS"),
        ("The French ambassador told reporters that Mali expelled France's troops.", "FRA"),
        ("Indian officials claimed that Pakistan attacked India.", "IND"),
        ("German diplomats insisted that Russia threatened Poland.", "DEU"),
    ])
    func speakers(_ text: String, _ country: String) throws {
        let event = try #require(Fixtures.code(text).first { !$0.code.code.hasPrefix("01") }, "no event in: \(text)")
        #expect(event.speaker?.country == country, "\(text): speaker \(event.speaker?.code ?? "none")")
    }

    @Test func anUnresolvedSpeakerIsNoSpeaker() throws {
        let event = try #require(Fixtures.code("According to him, Seoul does not support Ukraine with lethal weapons.").first)
        #expect(event.speaker == nil)
    }

    @Test func speakerNamedInTheNextSentence() throws {
        let events = Fixtures.code("\"Seoul has imposed sanctions on our country.\" This was stated by Georgy Zinoviev, the Russian Ambassador to Seoul.")
        let sanction = try #require(events.first { $0.code.root == "16" })
        #expect(sanction.speaker?.code == "RUSGOVDIP")
        #expect(sanction.target?.country == "RUS", "our country said by a Russian diplomat is Russia")
    }

    @Test func reportedSpeechContinuesUnderOneSpeaker() throws {
        let events = Fixtures.code("Georgy Zinoviev, the Russian Ambassador, said relations were poor. He noted that Japan had imposed sanctions on Russia. In contrast, the DPRK has fully supported Russia.")
        #expect(events.first { $0.code.root == "16" }?.speaker?.code == "RUSGOVDIP")
        #expect(events.first { $0.code.root == "05" }?.speaker?.code == "RUSGOVDIP")
    }

    @Test(arguments: [
        ("The Russian ambassador arrived. He accused Japan of spying.", "RUSGOVDIP"),
        ("Chancellor Olaf Scholz spoke on Monday. He criticised Hungary.", "DEUGOV"),
        ("The Iranian foreign minister met reporters. She condemned Israel.", "IRNGOV"),
        ("Russia and China met in Beijing. They condemned NATO.", "RUS"),
        ("Egyptian troops entered the town. They attacked rebels.", "EGYMIL"),
        ("The European Union met on Monday. It imposed sanctions on Iran.", "IGOEEC"),
        ("The Nigerian army said it killed militants.", "NGAMIL"),
        ("Turkey said its forces attacked Syria.", "TURMIL"),
        ("The Russian ambassador said our country will not attack Ukraine.", "RUS"),
        ("A South Korean diplomat said we have imposed sanctions on Russia.", "KOR"),
        ("Iran was quiet on Monday. The country has threatened Israel.", "IRN"),
        ("NATO met in Brussels. The alliance condemned Russia.", "IGONAT"),
        ("Russian Foreign Minister Sergei Lavrov arrived in Ankara. The minister criticised NATO.", "RUSGOV"),
        ("Japan's foreign ministry summoned envoys. The ministry condemned China.", "JPNGOV"),
    ])
    func coreference(_ text: String, _ source: String) throws {
        let event = try #require(Fixtures.code(text, date: "2023-06-01").first { !$0.code.code.hasPrefix("01") }, "no event in: \(text)")
        #expect(event.source.code == source, "\(text): \(event.source.code)")
    }

    @Test func aPossessiveAgreesInNumberWithItsAntecedent() {
        // "Greek jets" are plural: "its airspace" is Turkey's.
        #expect(Fixtures.summary("Turkey said that Greek jets had violated its airspace.").first == "150 GRC>TUR")
        // "their" is the jets' country.
        #expect(Fixtures.summary("Russian jets renewed their bombardment of the city.").first?.hasPrefix("194 RUS") == true)
    }

    /// A place named after "in" does not take "its" from the actor the sentence already named.
    @Test func aPlaceIsNotTheAntecedentOfItsOverTheSubject() {
        #expect(Fixtures.summary("Washington has a role in talks in Geneva and Astana and has focused its energies on fighting Isis.")
            .contains("190 USA>IMGMOSISI"))
        // With no actor before it in the sentence, a place may still be one.
        #expect(Fixtures.summary("Talks opened in Moscow. Its officials criticized Turkey.").contains { $0.hasPrefix("111 RUS") })
    }

    @Test func theTwoSidesAreBothStates() {
        let events = Fixtures.code("Armenia and Azerbaijan met in Moscow. The two sides signed a peace agreement.")
        let agreements = events.filter { $0.sentence == 1 }
        #expect(Set(agreements.map(\.source.code)) == ["ARM", "AZE"], "\(agreements.map { $0.source.code })")
    }

    @Test(arguments: [
        ("Russia attacked Ukraine on February 24, 2022.", "2022-02-24"),
        ("On 3 March 2021 Israel attacked Syria.", "2021-03-03"),
        ("Israel attacked Syria last year.", "2024"),
        ("Israel attacked Syria on Tuesday.", "2025-01-14"),
        ("Israel attacked Syria earlier this month.", "2025-01"),
        ("Israel attacked Syria two weeks ago.", "2025-01-01"),
        ("Israel attacked Syria yesterday.", "2025-01-14"),
        ("In March 2023, Israel attacked Syria.", "2023-03"),
        ("Israel attacked Syria in 2019.", "2019"),
        ("Israel attacked Syria.", "2025-01-15"),
        ("Israel attacked Syria last month.", "2024-12"),
    ])
    func dates(_ text: String, _ date: String) throws {
        let event = try #require(first(text), "no event in: \(text)")
        #expect(event.date?.description == date, "\(text): \(event.date?.description ?? "-")")
    }

    @Test func twoYearsGiveTwoEvents() {
        let events = Fixtures.code("Japan imposed sanctions on Russia in 2023 and 2024.").filter { $0.code.root == "16" }
        #expect(events.map { $0.date?.description ?? "" } == ["2023", "2024"])
    }

    @Test func reportedEventsTakeTheDateOfTheStatement() throws {
        let event = try #require(Fixtures.code("Putin stated last year that Moscow was ready for talks with Seoul.").first)
        #expect(event.date?.description == "2024")
    }
}

/// A speaker goes on to the next sentence of its paragraph only where that sentence goes on with the report.
@Suite("Speakers: carried to the next sentence only when it continues the report")
struct SpeakerCarryTests {
    func speakers(_ text: String) -> [String] {
        Fixtures.code(text).map { "\($0.sentence) \($0.code.code) \($0.speaker?.code ?? "-")" }
    }

    @Test func aPlainStatementAfterAReportIsTheNarrators() {
        #expect(speakers("The Russian foreign ministry said relations had worsened. The DPRK has fully supported Russia.").contains("1 051 -"))
        #expect(Fixtures.code("General Colin Powell said on Wednesday NATO would need to remain strong. Seoul imposed sanctions on Moscow.")
            .filter { $0.code.code == "163" }.allSatisfy { $0.speaker == nil })
    }

    /// "which Damascus believes", "which he said": a reporting verb in a relative clause attributes no event of the main clause.
    @Test func aRelativeClausesReportIsNoSpeakerOfTheSentence() {
        #expect(speakers("Japan has also attacked OECD forecasts, which it says ignore the strong yen.").contains("0 190 -"))
        #expect(speakers("Japan has also attacked OECD forecasts, Tokyo says.").contains("0 190 JPN"))
    }

    @Test func aConnectiveAQuoteOrTheFirstPersonCarriesTheSpeaker() {
        let report = "The Russian foreign ministry said relations had worsened. "
        for next in ["In contrast, the DPRK has fully supported Russia.", "\"North Korea has fully supported our country.\"",
                     "North Korea has fully supported our country."] {
            #expect(speakers(report + next).contains("1 051 RUSGOV"), "\(next)")
        }
    }
}

/// The forms of one modality read alike, and a noun's own adjectives give a nominal event its modality.
@Suite("Modality: contractions and nominal events")
struct ModalityFormTests {
    func modalities(_ text: String) -> [String] { Fixtures.code(text).map { "\($0.code.code) \($0.modality.rawValue)" } }

    @Test func cannotCanNotAndCantReadAlike() {
        let forms = ["Russia cannot supply weapons to Syria.", "Russia can not supply weapons to Syria.", "Russia can't supply weapons to Syria.",
                     "Russia can’t supply weapons to Syria."]
        let readings = forms.map(modalities)
        #expect(!readings[0].isEmpty)
        for reading in readings { #expect(reading == readings[0]) }
        #expect(modalities("Iran won't attack Israel.") == modalities("Iran will not attack Israel."))
    }

    /// A cooperative act the subject refuses ("will not", "refused to") is CAMEO's refusal of it, asserted; an
    /// act that did not happen, or that would not, stays itself, negated.
    @Test(arguments: [
        ("Britain will not lift the ban on the Tamil Tigers.", "1241", Modality.asserted),
        ("Europe has made it clear it will not lift the embargo on China.", "1244", .asserted),
        ("Iran won't release the British sailors.", "1243", .asserted),
        ("Iran will not negotiate with the United States.", "125", .asserted),
        ("China refused to lift its embargo on Japanese seafood.", "1244", .asserted),
        ("The Taliban have refused direct talks with the Afghan government.", "125", .asserted),
        ("Israel did not release the prisoners.", "0841", .negated),
        ("Brazil failed to impose sanctions on Venezuela.", "163", .negated),
        ("Russia would not attack Ukraine.", "190", .hypothetical),
    ])
    func aRefusalIsCodedAsOne(_ text: String, _ code: String, _ modality: Modality) throws {
        let event = try #require(Fixtures.code(text).first, "no event in: \(text)")
        #expect(event.code.code == code && event.modality == modality, "\(text): \(event.code.code) \(event.modality)")
        // The refusal is what happened; what did not, or would not, is its own act negated.
        #expect(event.negated == (modality != .asserted), "\(text)")
    }

    /// What a speaker says another state must or should do is the speaker's demand of it (CAMEO 10); the act
    /// itself has not happened.
    @Test(arguments: [
        ("Russia says Israel must end attacks on Syria.", "1056", "RUS", "ISR"),
        ("Egypt said Turkey must mediate the peace talks.", "108", "EGY", "TUR"),
        ("The United States said Iran must release the detained sailors.", "1053", "USA", "IRN"),
        ("China insisted that Japan should withdraw its ships from the disputed waters.", "1056", "CHN", "JPN"),
    ])
    func whatAnotherMustDoIsTheSpeakersDemand(_ text: String, _ code: String, _ source: String, _ target: String) throws {
        let event = try #require(Fixtures.code(text).first, "no event in: \(text)")
        #expect(event.code.code == code && event.source.code == source && event.target?.code == target && event.modality == .asserted,
                "\(text): \(Fixtures.summary(text)) \(event.modality)")
    }

    /// A report of what another must do, whose act no pattern names, is still a demand of them.
    @Test func aReportOfWhatAnotherMustDoIsADemand() {
        #expect(Fixtures.summary("The Egyptian foreign minister said the Israeli government must ensure the safety of civilians.").first == "100 EGYGOV>ISRGOV")
        #expect(Fixtures.summary("Russia said it must protect its citizens.").allSatisfy { !$0.hasPrefix("100") })
        #expect(Fixtures.summary("The EU says military intervention in Venezuela must be avoided.").allSatisfy { !$0.hasPrefix("100") })
    }

    @Test func anObligationWithoutASpeakerOrOfOnesOwnStateIsNoDemand() throws {
        let bare = try #require(Fixtures.code("Iran must release the sailors.").first)
        #expect(bare.code.code == "0841" && bare.modality == .hypothetical)
        let own = try #require(Fixtures.code("Poland should pull its troops out of Iraq, Prime Minister Marek Belka said.").first)
        #expect(!own.code.code.hasPrefix("10"))
    }

    /// What is promised, pledged, vowed or threatened has not been done yet: the act after the promise is future.
    /// What another is allowed, asked or urged to do has not happened.
    @Test func whatAnotherIsAllowedToDoIsHypothetical() {
        let events = Fixtures.code("Ethiopia allowed the World Food Program to deliver food to Tigray.")
        #expect(events.contains { $0.code.root == "07" && $0.modality == .hypothetical } && !events.contains { $0.code.root == "07" && $0.modality == .asserted })
    }

    @Test func aPromisedActIsFuture() {
        let events = Fixtures.code("Japan promised to hand over medical supplies to Ukraine.")
        #expect(events.contains { $0.code.root == "03" && $0.modality == .asserted })
        #expect(events.filter { $0.code.root == "07" }.allSatisfy { $0.modality == .future } && events.contains { $0.code.root == "07" })
    }

    /// What a speaker says it will do itself is its intent (or threat), asserted that day, before the act,
    /// which stays future; in reported speech "would" is that "will". What it says another will do is no intent.
    @Test func whatTheSpeakerSaysItWillDoIsItsIntent() {
        let release = Fixtures.code("The ELN has said it will release the Colombian sergeant.")
        #expect(release.first.map { "\($0.code.code) \($0.modality)" } == "0353 asserted")
        #expect(release.contains { $0.code.code == "0841" && $0.modality == .future })
        let aid = Fixtures.code("Germany said it would provide military aid to Mali.")
        #expect(aid.first.map { "\($0.code.code) \($0.source.code)>\($0.target?.code ?? "-") \($0.modality)" } == "0332 DEU>MLI asserted")
        #expect(aid.contains { $0.code.code == "072" && $0.modality == .future })
        let threat = Fixtures.code("Turkey said it will attack the Kurdish fighters.")
        #expect(threat.first?.code.root == "13")
        let forecast = Fixtures.code("Biden said Russia will attack Ukraine.")
        #expect(!forecast.contains { $0.code.root == "13" } && forecast.contains { $0.code.root == "19" && $0.modality == .future })
        // The intent is said by the article's day; the act keeps its own date, ahead.
        let dated = Fixtures.code("Turkey said it will attack the Kurdish fighters next week.", date: "2025-02-10")
        #expect(dated.first { $0.code.root == "13" }?.date?.description == "2025-02-10")
        #expect(dated.first { $0.code.root == "19" }.map { "\($0.date?.description ?? "-") \($0.modality)" } == "2025-02-17 future")
    }

    /// "possible US sanctions", read as a verb after its subject, is a noun phrase: possible, not done.
    @Test func anAdjectiveBeforeTheSubjectMakesANounPhrase() {
        #expect(modalities("The EU discussed possible US sanctions on Iran.").contains("163 hypothetical"))
        #expect(modalities("The EU discussed a possible US blockade of Iran.").contains("191 hypothetical"))
    }

    @Test func aRefusalUnderAConditionStaysHypothetical() throws {
        let event = try #require(Fixtures.code("Hezbollah will not release the soldiers unless Israel releases the Lebanese detainees.").first)
        #expect(event.code.code == "1243" && event.modality == .hypothetical && event.condition != nil)
    }

    @Test func aPossibleOrPlannedEventNamedByANoun() {
        #expect(modalities("A possible Chinese blockade of Taiwan worries Japan.").contains("191 hypothetical"))
        #expect(modalities("Japan condemned the Chinese blockade of Taiwan.").contains("191 asserted"))
        // What a risk, a fear or a prospect is of has not happened.
        #expect(modalities("The risk of an Iranian attack on U.S. warships is rated as low.").contains("190 hypothetical"))
        #expect(modalities("Fears of a Chinese blockade of Taiwan grew.").contains("191 hypothetical"))
    }
}

/// Conditions opened by more than "if" and "unless".
@Suite("Conditions: provided that, as long as")
struct ConditionOpenerTests {
    @Test func everyOpenerGivesTheConditionAndAHypotheticalConsequent() {
        for opener in ["if", "provided that", "as long as", "on condition that"] {
            let events = Fixtures.code("Russia will restore ties with South Korea \(opener) Seoul stops sanctions against Moscow.")
            let restore = events.first { $0.source.code == "RUS" }
            #expect(restore?.modality == .hypothetical, "\(opener)")
            #expect(restore?.condition?.text == "Seoul stops sanctions against Moscow", "\(opener)")
            #expect(!events.contains { $0.source.code == "KOR" && $0.modality == .asserted }, "\(opener)")
        }
    }
}
