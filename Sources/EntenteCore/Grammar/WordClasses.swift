/// Closed classes of English words the shallow grammar relies on.
enum WordClasses {
    /// Words that end a clause for the purpose of finding subjects and targets.
    static let clauseBreaks: Set<String> = [
        ";", ":", "--", "(", ")", "while", "whereas", "but", "although", "though", "because", "which", "who",
        "whom", "whose", "where", "if", "unless", "whether", "since", "despite", "amid", "?", "!", ".",
    ]
    /// Prepositions whose object is not the subject of the following verb.
    static let prepositions: Set<String> = [
        "of", "to", "with", "for", "against", "on", "in", "from", "by", "between", "at", "into", "over", "about",
        "toward", "towards", "among", "across", "near", "than", "like", "under", "after", "before", "through",
        "upon", "within", "without", "including", "via", "amid",
    ]
    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "get", "got", "gets", "getting", "gotten"]
    static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any", "no",
        "some", "every", "each", "'s", "'", "my", "your",
    ]
    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "nothing", "without", "cannot"]
    /// Modals of obligation: what "must" or "should" happen has not happened, and a speaker who says so demands it.
    static let obligationModals: Set<String> = ["must", "should", "ought"]
    static let hypotheticalModals: Set<String> = ["could", "would", "might", "may", "must", "should", "ought", "can", "cannot", "possibly", "perhaps", "maybe", "possibility", "possible", "potential", "potentially", "if", "unless", "whether", "hypothetically"]
    static let futureMarkers: Set<String> = ["will", "'ll", "shall"]
    /// Verbs of the "X plans to do" kind that put what follows in the future.
    static let futureVerbs: Set<String> = [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "expect", "expected",
        "set", "going", "aim", "aims", "aimed", "scheduled", "due", "prepare", "prepares", "preparing", "prepared",
        "about",
        // Promises, offers and threats: what is promised to be done has not been done yet.
        "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed",
        "vowing", "agree", "agrees", "agreed", "agreeing", "offer", "offers", "offered", "offering", "undertake", "undertakes",
        "undertook", "undertaken", "threaten", "threatens", "threatened", "threatening",
    ]
    /// Verbs that ask, allow or push another to do what follows ("allowed the WFP to deliver food", "urged
    /// Israel to release"): what follows has not happened.
    static let directiveVerbs: Set<String> = [
        "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting", "authorize", "authorizes",
        "authorized", "authorise", "authorises", "authorised", "let", "lets", "ask", "asks", "asked", "asking", "urge", "urges",
        "urged", "urging", "invite", "invites", "invited", "inviting", "encourage", "encourages", "encouraged", "press",
        "pressed", "pressing", "persuade", "persuaded", "request", "requested", "want", "wants", "wanted", "enable", "enabled",
    ]
    /// Verbs by which the subject commits itself to what follows: an expression of intent (or a threat).
    static let promisingVerbs: Set<String> = [
        "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed",
        "vowing", "agree", "agrees", "agreed", "agreeing", "offer", "offers", "offered", "offering", "undertake", "undertakes",
        "undertook", "undertaken",
    ]
    /// Verbs of the "X refused to do" kind that negate what follows.
    /// The negating verbs that say the subject will not do what follows: a refusal, not a failure or a stop.
    static let refusingVerbs: Set<String> = ["refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "reject", "rejected"]
    static let negatingVerbs: Set<String> = [
        "refuse", "refused", "refuses", "refusing", "fail", "failed", "fails", "failing", "decline", "declined",
        "declines", "deny", "denied", "denies", "denying", "reject", "rejected", "ceased", "stopped", "halted",
    ]
    /// Verbs that introduce reported speech; their subject is the speaker of what they report.
    static let reportingVerbs: Set<String> = [
        "say", "state", "note", "add", "tell", "explain", "stress", "emphasize", "emphasise", "point", "acknowledge",
        "announce", "declare", "claim", "insist", "report", "reiterate", "remark", "comment", "mention",
        "underline", "underscore", "confirm", "argue", "assert", "warn", "write", "suggest", "recall", "observe",
        "believe", "think", "continue", "repeat", "maintain", "admit", "reveal", "indicate", "quote", "signal",
    ]
    /// Nouns of nominal events that take a light verb ("gave support to", "expressed support for").
    static let lightVerbs: Set<String> = [
        "give", "gave", "given", "gives", "giving", "offer", "offered", "offers", "offering", "provide", "provided",
        "provides", "providing", "express", "expressed", "expresses", "voice", "voiced", "extend", "extended",
        "pledge", "pledged", "announce", "announced", "launch", "launched", "launches", "carry", "carried", "stage",
        "staged", "hold", "held", "holds", "make", "made", "makes", "conduct", "conducted", "impose", "imposed",
        "issue", "issued", "lend", "lent", "reaffirm", "reaffirmed", "show", "showed", "shown", "signal",
        "signalled", "signaled", "receive", "received", "take", "took", "taken", "deliver", "delivered", "send",
        "sent", "mount", "mounted", "step", "stepped", "begin", "began", "start", "started", "continue", "continued",
        "have", "has", "had",
        // Journeys and talks are paid, kicked off, wrapped up, embarked on, resumed.
        "pay", "paid", "pays", "kick", "kicked", "kicks", "wrap", "wrapped", "wraps", "conclude", "concluded", "concludes",
        "complete", "completed", "resume", "resumed", "resumes", "embark", "embarked", "embarks", "open", "opened", "opens",
        "undertake", "undertook", "undertaken", "lead", "led", "leads",
    ]
    /// Words before a head that show it is used as a noun, not a verb.
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "'s", "'", "new", "further",
        "of", "for", "any", "no", "such", "major", "fresh", "first", "latest", "last", "recent", "possible",
        "military", "economic", "financial", "political", "full", "strong", "international", "joint", "tough",
    ]

    /// Words of the compass before a place's name: "in northern Ethiopia", "in north-east Syria". Not the bare
    /// "west" or "south", which as often begin a name ("West German", "South African").
    static let compass: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
    ]
    /// The bare points, read as the compass only right after "in" ("in south Lebanon").
    static let compassPoints: Set<String> = ["north", "south", "east", "west"]

    /// Nouns of places whose infinitive says what one may do there, not what anyone did: "a pleasant place
    /// to visit", "a safe destination to invest in".
    static let destinationNouns: Set<String> = ["place", "places", "destination", "destinations", "spot", "spots", "venue", "location"]

    /// Words after which a verb's base form ("launch", "state") is a verb, not a noun.
    static let baseFormContexts: Set<String> = [
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "not",
        "n't", "also", "and", "or", "they", "we", "i", "you", "jointly", "then", "never", "'ll", "cannot", "let", "help",
        "helps", "helped", "make", "made", "officials", "leaders", "countries", "nations", "states", "sides", "both",
        "allies", "who", "which", "that", "\"", "'", "further", "again", "still", "now", "to", "yet", "formally", "ever",
    ]
}
