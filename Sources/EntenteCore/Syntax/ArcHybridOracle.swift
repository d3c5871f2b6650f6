/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): from any state, the moves
/// that lose no arc of the gold tree still reachable.
enum ArcHybridOracle {
    /// The zero-cost moves (class numbers, as in `DependencyParser`); empty when every move costs.
    static func zeroCost(_ state: ArcHybridState, _ gold: [Int32], _ goldLabels: [UInt8], _ labelCount: Int) -> [Int] {
        let n = state.n
        var shift = state.canShift, left = state.canLeft, right = state.canRight
        if state.stack.isEmpty { return shift ? [0] : [] }
        let s0 = state.s0
        if shift && Int(gold[state.b0]) == s0 { return [0] }
        if Int(gold[s0]) == state.b0 {
            return [state.b0 >= n ? 1 : 1 + Int(goldLabels[s0])]
        }
        let s1 = state.s1
        if s1 >= 0 && Int(gold[s0]) == s1 { left = false }
        if shift {
            // Pushing the buffer's first word loses its arcs with the words on the stack.
            let b0 = state.b0
            for k in state.stack where Int(gold[Int(k)]) == b0 || Int(gold[b0]) == Int(k) {
                if state.heads[Int(k)] < 0 { shift = false; break }
            }
        }
        // Popping the stack's top loses its arcs with the rest of the buffer (the root included).
        if Int(gold[s0]) > state.b0 { left = false; right = false }
        if left || right {
            for k in (state.b0 + 1)..<max(state.b0 + 1, n) where Int(gold[k]) == s0 { left = false; right = false; break }
        }
        var moves: [Int] = []
        if shift { moves.append(0) }
        if left {
            if state.b0 >= n { moves.append(1) } else { moves.append(contentsOf: (1..<labelCount).map { 1 + $0 }) }
        }
        if right {
            if s1 >= 0 && Int(gold[s0]) == s1 {
                moves.append(1 + labelCount + Int(goldLabels[s0]))
            } else {
                moves.append(contentsOf: (1..<labelCount).map { 1 + labelCount + $0 })
            }
        }
        return moves
    }
}
