import Synchronization

/// `partials/red-posts` and `partials/red-post` of one language, with a fast
/// path for the rows that gives the bytes swift-mustache gives.
///
/// Why: the red-light page names every red post, hundreds of thousands on a
/// national board (large benchmark: 215,000 per language), and swift-mustache
/// spends ~20 µs on a row (ten look-ups, a partial, their casts): twice the rest
/// of the large build (docs/performance.md, step 27). A row's output depends on
/// its strings only where it prints them, once the row's shape is fixed (public
/// or not, with a link or not, a fallback title or not, which strings are
/// empty): so the row partial is rendered once per shape with a marker in place
/// of each string, cut at the markers, and each post's strings are put where
/// the markers stood, escaped where the marker came out escaped.
///
/// A partial that does anything else with a string — a transform like
/// `{{uppercased(posted)}}`, or anything the markers cannot show — renders every
/// row of that shape through swift-mustache instead: the cut must come out the
/// same for two markers of different lengths and letter cases, and the first
/// post of each shape must come out exactly as swift-mustache renders it.
final class RedPostTemplates: Sendable {
    let list: Partial<RedPostList>
    private let row: Partial<RedPostRow>
    /// Nil for a shape whose rows go through swift-mustache.
    private let cuts = Mutex<[Int: MarkedRow?]>([:])

    init(_ templates: TemplateLibrary, language: String) {
        list = Partial("red-posts", templates, language: language)
        row = Partial("red-post", templates, language: language)
    }

    func html(_ post: RedPostRow) -> String {
        guard let shape = post.shape else { return row.html(post) }
        let cut = cuts.withLock { $0[shape] } ?? {
            let cut = MarkedRow(row, example: post)
            cuts.withLock { $0[shape] = cut }
            return cut
        }()
        return cut?.html(post) ?? row.html(post)
    }
}

/// `partials/red-post` for one shape of row: its text cut at the row's strings.
struct MarkedRow: Sendable {
    private enum Piece: Equatable {
        case text(String)
        case string(Int, escaped: Bool)
    }

    private let pieces: [Piece]

    init?(_ partial: Partial<RedPostRow>, example: RedPostRow) {
        guard let pieces = Self.cut(partial.html(example.marked(variant: 0)), variant: 0),
              Self.cut(partial.html(example.marked(variant: 1)), variant: 1) == pieces
        else { return nil }
        self.pieces = pieces
        guard html(example) == partial.html(example) else { return nil }
    }

    func html(_ post: RedPostRow) -> String {
        var html = ""
        for piece in pieces {
            switch piece {
            case .text(let text): html += text
            case .string(let index, let escaped): html += escaped ? HTMLText.escape(post.string(index)) : post.string(index)
            }
        }
        return html
    }

    // A marker is `\u{E000}&N\u{E001}` around the string's index N, in two
    // variants of different lengths and cases; `&` comes out as `&amp;` where
    // the partial escapes, so the cut knows which strings to escape.
    static let open: Character = "\u{E000}", close: Character = "\u{E001}"
    static func marker(_ index: Int, variant: Int) -> String {
        "\(open)&\(index)\(variant == 0 ? "aB" : "aBcD")\(close)"
    }

    /// The pieces of a row rendered with markers, or nil when a marker is not whole.
    private static func cut(_ html: String, variant: Int) -> [Piece]? {
        let chunks = html.split(separator: open, omittingEmptySubsequences: false)
        var pieces: [Piece] = chunks[0].isEmpty ? [] : [.text(String(chunks[0]))]
        for chunk in chunks.dropFirst() {
            let escaped = chunk.hasPrefix("&amp;")
            var rest = chunk.dropFirst(escaped ? 5 : 1)
            guard chunk.hasPrefix("&"), let digit = rest.first?.wholeNumberValue else { return nil }
            rest = rest.dropFirst()
            let tail = (variant == 0 ? "aB" : "aBcD") + String(close)
            guard rest.hasPrefix(tail) else { return nil }
            pieces.append(.string(digit, escaped: escaped))
            if rest.count > tail.count { pieces.append(.text(String(rest.dropFirst(tail.count)))) }
        }
        return pieces.contains { if case .text(let text) = $0 { text.contains(close) } else { false } } ? nil : pieces
    }
}

extension RedPostRow {
    /// The row's strings by index, as the markers name them.
    func string(_ index: Int) -> String {
        switch index {
        case 0: title.text
        case 1: title.lang
        case 2: url.first ?? ""
        case 3: posted
        default: waiting
        }
    }

    private static let stringCount = 5

    /// What the partial's sections can see: the flags and which strings are empty; nil for more than one url.
    var shape: Int? {
        guard url.count <= 1 else { return nil }
        var shape = (isPublic ? 1 : 0) | (title.isFallback ? 2 : 0) | (url.isEmpty ? 0 : 4)
        for index in 0..<Self.stringCount where string(index).isEmpty { shape |= 8 << index }
        return shape
    }

    /// The row with a marker in place of each string that is not empty (an empty one stays empty).
    func marked(variant: Int) -> RedPostRow {
        func marker(_ index: Int) -> String { string(index).isEmpty ? "" : MarkedRow.marker(index, variant: variant) }
        return RedPostRow(isPublic: isPublic, title: DisplayText(text: marker(0), lang: marker(1), isFallback: title.isFallback),
                          url: url.isEmpty ? [] : [marker(2)], posted: marker(3), waiting: marker(4))
    }
}
