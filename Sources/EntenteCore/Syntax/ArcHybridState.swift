/// The configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
/// over one sentence of `n` tokens, with the root as a last token `n` that is never shifted.
///
/// Moves: SHIFT pushes the first word of the buffer; LEFT-l makes it the head of the top of the stack
/// and pops that; RIGHT-l makes the word below the top the head of the top, and pops it.
struct ArcHybridState {
    private(set) var n: Int
    var stack: [Int32] = []
    var b0 = 0
    /// Head of each token (n for the root), or -1 while it has none.
    var heads: [Int32]
    var labels: [UInt8]
    /// Leftmost and second leftmost, rightmost and second rightmost children of each token, or -1.
    var left1: [Int32], left2: [Int32], right1: [Int32], right2: [Int32]
    var leftCount: [UInt8], rightCount: [UInt8]
    /// The labels of each token's left and right children, as bit sets.
    var leftLabels: [UInt64], rightLabels: [UInt64]

    init(n: Int) {
        self.n = n
        stack.reserveCapacity(n)
        heads = [Int32](repeating: -1, count: n)
        labels = [UInt8](repeating: 0, count: n)
        left1 = [Int32](repeating: -1, count: n + 1)
        left2 = left1
        right1 = left1
        right2 = left1
        leftCount = [UInt8](repeating: 0, count: n + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n + 1)
        rightLabels = leftLabels
    }

    /// A state of no sentence, to stand in while a parse holds the real one.
    static let empty = ArcHybridState(n: 0)

    /// The start state of a sentence of `n` tokens, reusing the arrays' storage.
    mutating func reset(n: Int) {
        self.n = n
        stack.removeAll(keepingCapacity: true)
        b0 = 0
        func fill<T>(_ array: inout [T], _ value: T, _ count: Int) {
            array.removeAll(keepingCapacity: true)
            array.append(contentsOf: repeatElement(value, count: count))
        }
        fill(&heads, -1, n)
        fill(&labels, 0, n)
        fill(&left1, -1, n + 1)
        fill(&left2, -1, n + 1)
        fill(&right1, -1, n + 1)
        fill(&right2, -1, n + 1)
        fill(&leftCount, 0, n + 1)
        fill(&rightCount, 0, n + 1)
        fill(&leftLabels, 0, n + 1)
        fill(&rightLabels, 0, n + 1)
    }

    var isTerminal: Bool { stack.isEmpty && b0 >= n }
    var s0: Int { stack.isEmpty ? -1 : Int(stack[stack.count - 1]) }
    var s1: Int { stack.count < 2 ? -1 : Int(stack[stack.count - 2]) }
    var s2: Int { stack.count < 3 ? -1 : Int(stack[stack.count - 3]) }

    var canShift: Bool { b0 < n }
    var canLeft: Bool { !stack.isEmpty }
    var canRight: Bool { stack.count >= 2 }

    mutating func shift() {
        stack.append(Int32(b0))
        b0 += 1
    }

    mutating func left(_ label: UInt8) {
        let child = Int(stack.removeLast())
        attach(child, to: b0, label)
    }

    mutating func right(_ label: UInt8) {
        let child = Int(stack.removeLast())
        attach(child, to: Int(stack[stack.count - 1]), label)
    }

    private mutating func attach(_ child: Int, to head: Int, _ label: UInt8) {
        heads[child] = Int32(head)
        labels[child] = label
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        let c = Int32(child)
        if child < head {
            if left1[head] < 0 || c < left1[head] { left2[head] = left1[head]; left1[head] = c }
            else if left2[head] < 0 || c < left2[head] { left2[head] = c }
            leftCount[head] &+= 1
            leftLabels[head] |= bit
        } else {
            if c > right1[head] { right2[head] = right1[head]; right1[head] = c }
            else if c > right2[head] { right2[head] = c }
            rightCount[head] &+= 1
            rightLabels[head] |= bit
        }
    }
}
