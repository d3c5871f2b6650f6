/// The syntax of a document's tokens: a Penn Treebank tag, a head and a dependency label for each,
/// one tree per sentence. Heads are document token indices; a sentence's root has head -1.
public struct SyntaxParse: Sendable {
    public var tags: [UInt8]
    public var heads: [Int32]
    public var labels: [UInt8]
    /// Names of the tag and label numbers, shared with the model.
    public let tagNames: [String]
    public let labelNames: [String]

    public init(tags: [UInt8], heads: [Int32], labels: [UInt8], tagNames: [String], labelNames: [String]) {
        self.tags = tags
        self.heads = heads
        self.labels = labels
        self.tagNames = tagNames
        self.labelNames = labelNames
    }

    /// The tag of token `t`.
    public func tag(_ t: Int) -> String { Int(tags[t]) < tagNames.count ? tagNames[Int(tags[t])] : "XX" }

    /// The dependency label of token `t` ("ROOT" for a sentence's root).
    public func label(_ t: Int) -> String { Int(labels[t]) < labelNames.count ? labelNames[Int(labels[t])] : "dep" }

    /// Whether the tokens `sentence` were parsed: a sentence left out (`SyntaxModel.parse(_:sentences:)`) has no
    /// labelled token, not even a root.
    public func covers(_ sentence: Range<Int>) -> Bool {
        sentence.contains { Int(labels[$0]) < labelNames.count }
    }

    /// The head of token `t`, or nil for a root.
    public func head(_ t: Int) -> Int? { heads[t] < 0 ? nil : Int(heads[t]) }

    /// The children of token `t`, in order.
    public func children(of t: Int, in sentence: Range<Int>) -> [Int] {
        sentence.filter { heads[$0] == Int32(t) }
    }
}
