import Foundation

/// The main text of a page chosen by its content, as readability-style extractors choose it: each paragraph
/// of running text scores for the container (`article`, `main`, `section`, `div`) around it, and half as
/// much for the one around that; a container's score is discounted by the share of its text in links; the
/// best container is the article, with those of its siblings that plainly continue it. Teasers, related stories and comments,
/// `<article>` elements or not, lose to the story that holds the most running text.
enum MainText {
    /// Elements that can hold the article.
    static let containers: Set<String> = ["article", "main", "section", "div"]
    /// A paragraph shorter than this (in characters other than white space) is not running text.
    static let shortestParagraph = 25
    /// A paragraph more than this share of whose text is in links is a list of links.
    static let linkDenseParagraph = 0.5
    /// A sibling of the best container scoring at least this share of its score continues the article.
    static let siblingShare = 0.2

    /// A container or paragraph of the page.
    struct Block {
        var name: String
        var start: Int
        var end = 0
        /// The enclosing container's index in `blocks`; nil for the page itself.
        var parent: Int?
        var hasBlocks = false
        /// Characters (other than white space) of all the text in it, and of the text in links.
        var text = 0
        var linkText = 0
        /// The sum of its paragraphs' contributions, nearest paragraphs counting most.
        var score = 0.0

        var isParagraph: Bool { name == "p" }
        var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }
        var finalScore: Double { score * (1 - linkDensity) }
    }

    /// The ranges of `pieces` that hold the main text, in order; nil when no container holds a paragraph of
    /// running text (a page of bare text, say), for the caller to fall back on the page's structure.
    static func ranges(_ pieces: [MarkupPiece]) -> [Range<Int>]? {
        var blocks: [Block] = []
        var page = Block(name: "", start: 0, end: pieces.count)
        var open: [Int] = []           // indices of open blocks, innermost last
        var dropped: [String] = []     // open dropped elements, innermost last
        var linkDepth = 0

        /// Adds `amount` to the score of `parent`, and half of it to the container around that, unless
        /// `parent` is an `<article>`: a story's paragraphs are its own, and a list of twenty teasers is not
        /// a story of twenty paragraphs. Containers further out get nothing, so that the page around
        /// everything does not win by holding it.
        func credit(_ amount: Double, from parent: Int?) {
            guard let parent else { page.score += amount; return }
            blocks[parent].score += amount
            guard blocks[parent].name != "article" else { return }
            if let grandparent = blocks[parent].parent { blocks[grandparent].score += amount / 2 } else { page.score += amount / 2 }
        }

        func close(_ index: Int, at end: Int) {
            blocks[index].end = end
            let block = blocks[index]
            if let parent = block.parent {
                blocks[parent].text += block.text
                blocks[parent].linkText += block.linkText
            } else {
                page.text += block.text
                page.linkText += block.linkText
            }
            // A paragraph, or a container of bare text (no blocks inside), is running text.
            if block.isParagraph || !block.hasBlocks, block.text >= shortestParagraph, block.linkDensity <= linkDenseParagraph {
                credit(Double(block.text), from: block.parent)
            }
        }

        for (index, piece) in pieces.enumerated() {
            switch piece {
            case let .open(name, attributes, selfClosing):
                if name == "body" { dropped.removeAll() }   // a page whose <head> never closes
                if selfClosing || HTMLText.voidElements.contains(name) { continue }
                if !dropped.isEmpty || HTMLText.droppedElements.contains(name) || HTMLText.isBoilerplate(attributes) {
                    dropped.append(name)
                    continue
                }
                if name == "a" { linkDepth += 1; continue }
                // A block ends an open paragraph, as in HTML.
                if HTMLText.blockElements.contains(name), let last = open.last, blocks[last].isParagraph {
                    close(last, at: index)
                    open.removeLast()
                }
                guard name == "p" || containers.contains(name) else { continue }
                if let last = open.last { blocks[last].hasBlocks = true }
                blocks.append(Block(name: name, start: index, parent: open.last))
                open.append(blocks.count - 1)
            case let .close(name):
                if !dropped.isEmpty {
                    if let last = dropped.lastIndex(of: name) { dropped.removeSubrange(last...) }
                    continue
                }
                if name == "a" { linkDepth = max(0, linkDepth - 1); continue }
                guard name == "p" || containers.contains(name),
                      let position = open.lastIndex(where: { blocks[$0].name == name }) else { continue }
                for inner in open[position...].reversed() { close(inner, at: index + 1) }
                open.removeSubrange(position...)
            case let .text(text):
                guard dropped.isEmpty else { continue }
                var count = 0
                for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { count += 1 }
                if let last = open.last {
                    blocks[last].text += count
                    if linkDepth > 0 { blocks[last].linkText += count }
                } else {
                    page.text += count
                    if linkDepth > 0 { page.linkText += count }
                }
            }
        }
        for inner in open.reversed() { close(inner, at: pieces.count) }

        var best: Int?
        var bestScore = page.finalScore
        for (index, block) in blocks.enumerated() where !block.isParagraph && block.finalScore > bestScore {
            best = index
            bestScore = block.finalScore
        }
        guard bestScore > 0 else { return nil }
        guard let best else { return [0..<pieces.count] }
        // An <article> is a story of its own; a container of another kind may be continued by its siblings:
        // containers that score well, paragraphs of running text.
        if blocks[best].name == "article" { return [blocks[best].start..<blocks[best].end] }
        let parent = blocks[best].parent
        var ranges: [Range<Int>] = []
        for (index, block) in blocks.enumerated() where block.parent == parent {
            let continues: Bool
            if index == best {
                continues = true
            } else if block.name == "article" {
                continues = false
            } else if block.isParagraph {
                continues = block.text >= 80 && block.linkDensity < 0.25 || block.text >= shortestParagraph && block.linkText == 0
            } else {
                continues = block.finalScore >= max(10, bestScore * siblingShare)
            }
            if continues { ranges.append(block.start..<block.end) }
        }
        return ranges
    }
}
