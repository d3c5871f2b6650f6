import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension EventTriple: Comparable, CustomStringConvertible {
    /// PETRARCH's order: source, target, code; `---` for a missing actor.
    public var description: String { "\(source) \(target) \(code)" }
    public static func < (a: EventTriple, b: EventTriple) -> Bool { a.description < b.description }
}

/// One `<Sentence>` of a PETRARCH validation file, with the options in force where it stands.
public struct ValidationRecord: Sendable {
    public var id: String
    public var category: String
    /// Whether the record is scored (`sentence="true"`, or `valid="true"` in the older schema).
    public var scored: Bool
    public var date: SimpleDate?
    public var text: String
    public var expected: [EventTriple]
    /// `noevents="True"`: the record expects no event.
    public var expectsNoEvents: Bool
    /// `error="…"`: the record expects this error and no event.
    public var expectedError: String?
    /// The record's `<Parse>`, if it has one (Entente codes from the text; the parse is only checked).
    public var parse: String?
    public var options: CodingOptions
    public var line: Int
}

/// A PETRARCH validation file: its `<Environment>` (dictionary files, options) and its records.
public struct ValidationSuite: Sendable {
    /// `Verbfile`, `Actorfile`, `Agentfile`, `Discardfile` and other environment entries.
    public var environment: [String: String] = [:]
    public var records: [ValidationRecord] = []

    /// Reads the file at `path`; `options` are those in force before its first `<Config>`.
    public static func read(_ path: String, options: CodingOptions = .petrarch) throws(EntenteError) -> ValidationSuite {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EntenteError(.unreadable, file: path, line: nil, "cannot read the validation records")
        }
        let reader = ValidationXMLReader(file: path, options: options)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse(), reader.error == nil else {
            throw reader.error ?? EntenteError(.malformedDictionary, file: path, line: parser.lineNumber,
                                               "malformed XML: \(parser.parserError?.localizedDescription ?? "unknown error")")
        }
        return reader.suite
    }
}

/// The XMLParser delegate that collects records; `<Config>` elements change the options of the records after them.
final class ValidationXMLReader: NSObject, XMLParserDelegate {
    let file: String
    var options: CodingOptions
    var suite = ValidationSuite()
    var error: EntenteError?
    private var current: ValidationRecord?
    private var text = ""
    private var inEnvironment = false

    init(file: String, options: CodingOptions) {
        self.file = file
        self.options = options
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        text = ""
        switch name {
        case "Environment": inEnvironment = true
        case "Config":
            guard let option = attributes["option"], let value = attributes["value"] else {
                fail(parser, "expected <Config option=\"…\" value=\"…\">")
                return
            }
            // Options the coder does not use (stop_on_error) are accepted and have no effect.
            options.set(option, value)
        case "Sentence":
            guard let id = attributes["id"] else { fail(parser, "expected an id on <Sentence>"); return }
            var date: SimpleDate?
            if let raw = attributes["date"] {
                guard raw.count == 8, let value = Int(raw) else { fail(parser, "expected date=\"YYYYMMDD\" on <Sentence id=\"\(id)\">"); return }
                date = SimpleDate(year: value / 10000, month: value / 100 % 100, day: value % 100)
            }
            let scored = (attributes["sentence"] ?? attributes["valid"] ?? "true").lowercased() == "true"
            current = ValidationRecord(id: id, category: attributes["category"] ?? "", scored: scored, date: date, text: "", expected: [],
                                       expectsNoEvents: false, expectedError: nil, parse: nil, options: options, line: parser.lineNumber)
        case "EventCoding":
            guard current != nil else { fail(parser, "<EventCoding> outside a <Sentence>"); return }
            if let error = attributes["error"] {
                current?.expectedError = error
            } else if attributes["noevents"] != nil {
                current?.expectsNoEvents = true
            } else if let source = attributes["sourcecode"], let target = attributes["targetcode"], let code = attributes["eventcode"] {
                current?.expected.append(EventTriple(code: code, source: source, target: target))
            } else {
                fail(parser, "expected sourcecode, targetcode and eventcode, noevents or error on <EventCoding>")
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        switch name {
        case "Environment": inEnvironment = false
        case "Text": current?.text = value
        case "Parse": current?.parse = text
        case "Sentence":
            if let record = current { suite.records.append(record) }
            current = nil
        default:
            if inEnvironment, !value.isEmpty { suite.environment[name] = value }
        }
        text = ""
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if error == nil { error = EntenteError(.malformedDictionary, file: file, line: parser.lineNumber, message) }
        parser.abortParsing()
    }
}
