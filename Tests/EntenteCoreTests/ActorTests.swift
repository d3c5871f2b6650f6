import Testing
@testable import EntenteCore

@Suite("Actors: states, organisations, roles, office holders")
struct ActorTests {
    /// Codes of the actors found in `text`, in order.
    func actors(_ text: String, date: String? = "2025-01-15") -> [String] {
        let document = Document(article: Article(id: "t", date: date.flatMap(SimpleDate.init(iso:)), text: text))
        var recognizer = ActorRecognizer(lexicon: Fixtures.dictionaries.actors, document: document,
                                         norms: document.tokens.map(\.norm), date: document.article.date)
        recognizer.verbForms = Fixtures.coder.verbForms
        return document.sentences.flatMap { recognizer.mentions(in: $0) }.flatMap { $0.members.map(\.code) }
    }

    /// A name headed by a word for a body is an organisation of that sector, and a state's or an
    /// organisation's when one is named right before it.
    @Test func aNamedBodyNoDictionaryKnowsIsAnOrganisationOfItsSector() {
        #expect(actors("The California Farm Bureau Federation said it was skeptical.").first == "NGO")
        #expect(actors("The Green Party submitted petitions.") == ["PTY"])
        #expect(actors("The British High Commission has asked the Indian government for access.") == ["GBRGOV", "INDGOV"])
        #expect(actors("The U.N. Conciliation Commission ended mediation efforts.") == ["IGOUNO"])
        #expect(actors("The Earth Liberation Front claimed responsibility.") == ["REB"])
        #expect(actors("Researchers at Cologne University found no radiation.") == ["EDU", "EDU"])
        // A single capitalised word after no "the" is not enough: "Department" alone opens many sentences' names.
        #expect(actors("Officials said Party members met.").allSatisfy { $0 != "PTY" })
    }

    /// A role word before a noun modifies it ("a military base", "civilian casualties"); before a preposition
    /// or a word of time it is the actor ("civilians during the war", "protesters yesterday").
    @Test func aRoleWordIsAnActorUnlessItModifiesANoun() {
        #expect(actors("Syrian forces killed civilians during the war.") == ["SYRMIL", "CVL"])
        #expect(actors("Syrian forces killed civilians throughout the war.") == ["SYRMIL", "CVL"])
        #expect(actors("Police arrested protesters yesterday.") == ["COP", "OPP"])
        #expect(actors("Rebels attacked a military base.") == ["REB"])
        #expect(actors("The strike caused civilian casualties.") == [])
    }

    /// Adjectives in -an and -i name their people in the plural; "the French" and "the Chinese" are no such plurals.
    @Test func aPeopleInThePluralIsItsState() {
        #expect(actors("Israeli troops killed three Palestinians.") == ["ISRMIL", "PSE"])
        #expect(actors("The authorities deported 165 Venezuelans and two Iraqis.") == ["GOV", "VEN", "IRQ"])
        #expect(actors("The Americans met the Afghans.") == ["USA", "AFG"])
    }

    /// A leader's role words are their state's: "Assad's forces", "the Putin government".
    @Test func aLeadersForcesAreTheirStates() {
        #expect(actors("Bashar al-Assad's forces attacked the town.", date: "2018-04-01") == ["SYRMIL"])
        #expect(actors("The Putin government condemned the attack.", date: "2018-04-01") == ["RUSGOV"])
    }

    /// "Opponents of the Maldives government" is one actor: the opposition of the Maldives.
    @Test func aRoleOfAStatesRoleIsOnePhrase() {
        #expect(actors("Political opponents of the Maldives government clashed with police.") == ["MDVOPP", "COP"])
    }

    /// A role of a list of states is that role of each ("diplomats from Poland, Germany and Sweden"); a comma
    /// with no "and" after it closes no list.
    @Test func aRoleOfAListOfStatesIsThatRoleOfEach() {
        #expect(Set(Fixtures.summary("Russia expelled diplomats from Poland, Germany and Sweden.")) == ["161 RUS>POLGOVDIP", "161 RUS>DEUGOVDIP", "161 RUS>SWEGOVDIP"])
        #expect(actors("The armies of Brazil and Argentina held joint exercises.") == ["BRAMIL", "ARGMIL"])
        #expect(actors("The president of Syria, Russia said, would attend.").allSatisfy { !$0.contains("RUSGOV") })
    }

    /// A name no dictionary knows, with its particles ("Karim al-Fulani"), followed by "of" and a state is a
    /// person of that state; alone, it is no actor.
    @Test func aNamedPersonOfAStateIsOfThatState() {
        #expect(actors("Karim al-Fulani of Sudan expelled aid workers.") == ["SDN", "NGO"])
        #expect(actors("Ahmad al-Fulani met Karim el-Badawi.", date: "2010-01-01").isEmpty)
    }

    /// A name that opens with a particle in lower case is a name: "al-Qaeda", "al-Bashir".
    @Test func aNameMayOpenWithAParticleInLowerCase() {
        #expect(actors("Pakistan says it dealt a major blow to al-Qaeda.") == ["PAK", "IMGMOSALQ"])
    }

    /// A title the text gives holds where the dictionary knows no term of that date ("Greek Prime Minister
    /// Andreas Papandreou" in 1987, the files knowing only a namesake's later term); "former" keeps ELI.
    @Test func aTitleInTheTextHoldsWhereTheDictionaryKnowsNoTerm() {
        #expect(actors("Greek Prime Minister Andreas Papandreou criticized Turkey.", date: "1987-03-28") == ["GRCGOV", "TUR"])
        #expect(actors("Former secretary of state Rex Tillerson criticized Turkey.", date: "2019-03-01") == ["USAELI", "TUR"])
        // A title of one state over another state's office holder's surname, with another first name: a namesake.
        #expect(actors("Syria's UN ambassador Bashar Jaafari criticized Turkey.", date: "2018-04-10") == ["SYRGOVDIP", "TUR"])
        // The dictionary's own office holder keeps their code, whatever place stands before the title.
        #expect(actors("LONDON President Vladimir Putin criticized Turkey.", date: "2004-09-07") == ["RUSGOV", "TUR"])
    }

    /// A state's envoy to an organisation is the state's diplomat; the organisation's own envoy is its.
    @Test func aStatesEnvoyToAnOrganisationIsTheStates() {
        #expect(actors("Russia's UN envoy criticized Turkey.") == ["RUSGOVDIP", "TUR"])
        #expect(actors("The Greek U.N. representative criticized Turkey.") == ["GRCGOVDIP", "TUR"])
        #expect(actors("The UN special envoy criticized Turkey.") == ["IGOUNOGOVDIP", "TUR"])
    }

    /// A rank word may stand between a state and its role: "India's deputy high commissioner".
    @Test func aRankBetweenAStateAndItsRole() {
        #expect(actors("Pakistan summoned India's deputy high commissioner.") == ["PAK", "INDGOVDIP"])
    }

    @Test func namesOfStates() {
        #expect(actors("The DPRK and the Democratic People's Republic of Korea are North Korea.") == ["PRK", "PRK", "PRK"])
        #expect(actors("The Republic of Korea, South Korea and the Russian Federation.") == ["KOR", "KOR", "RUS"])
        #expect(actors("Talks in Seoul, Pyongyang, Kiev and Kyiv.") == ["KOR", "PRK", "UKR", "UKR"])
        #expect(actors("The Kremlin, the White House and Downing Street replied.") == ["RUS", "USA", "GBR"])
        #expect(actors("Taiwan and Kosovo") == ["TWN", "KSV"])
    }

    @Test func shortNamesNeedCapitals() {
        #expect(actors("The US told us nothing.") == ["USA"])
        #expect(actors("It is what the UN said.") == ["IGOUNO"])
    }

    @Test func organisations() {
        for (text, code) in [("NATO", "IGONAT"), ("the European Union", "IGOEEC"), ("the IAEA", "IGOUNOIAE"),
                             ("the International Monetary Fund", "IGOIMF"), ("ASEAN", "IGOASN"), ("the World Bank", "IGOUNOWBK")] {
            #expect(actors("Officials from \(text) arrived.").contains(code), "\(text)")
        }
    }

    @Test func rolesCombineWithCountries() {
        #expect(actors("Russian troops crossed the border.") == ["RUSMIL"])
        #expect(actors("Syria's army advanced.") == ["SYRMIL"])
        #expect(actors("The army of Syria advanced.") == ["SYRMIL"])
        #expect(actors("Syrian rebels fled.") == ["SYRREB"])
        #expect(actors("Israeli police detained him.") == ["ISRCOP"])
        #expect(actors("Rebels fled.") == ["REB"])
    }

    /// "the government", "the army" with no country are the bodies of the state the story last named.
    @Test func aStatesBodyWithNoCountryIsTheLastNamedStates() {
        func targets(_ text: String) -> [String] { Fixtures.code(text).compactMap { $0.target?.code } }
        #expect(targets("An IMF mission discussing Jordan's financial crisis will press the government to balance its budget.").contains("JORGOV"))
        #expect(targets("Rebels in Lebanon attacked the army on Monday.") == ["LBNMIL"])
        #expect(Fixtures.code("The government said the army attacked rebels.").first?.source.code == "MIL")
    }

    @Test func officeHoldersByDate() {
        #expect(actors("President Putin spoke.", date: "2025-01-15") == ["RUSGOV"])
        #expect(actors("Putin spoke.", date: "2010-01-15") == ["RUSGOV"])
        #expect(actors("Barack Obama spoke.", date: "2012-05-01") == ["USAGOV"])
        #expect(actors("Barack Obama spoke.", date: "2019-05-01") == ["USAELI"])
        #expect(actors("Russian Foreign Minister Sergei Lavrov spoke.") == ["RUSGOV"])
    }

    @Test func appositionsGiveTheTitlesCode() {
        #expect(actors("Georgy Zinoviev, the Russian Ambassador to Seoul, said so.") == ["RUSGOVDIP"])
        #expect(actors("The Russian Ambassador to South Korea, Georgy Zinoviev, said so.") == ["RUSGOVDIP"])
    }

    @Test func coordinationsKeepEveryMember() {
        #expect(actors("Russia and China vetoed it.") == ["RUS", "CHN"])
        #expect(actors("France, Germany and Britain agreed.") == ["FRA", "DEU", "GBR"])
    }
}
