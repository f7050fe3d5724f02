import Mustache
import Synchronization

/// A template rendered through swift-mustache once per shape of its view model,
/// with a marker in place of each string, and then filled in for every model of
/// that shape: the bytes swift-mustache gives, without its look-ups.
///
/// Why: swift-mustache spends ~10,000 instructions on each `{{name}}` (a name
/// split and five to eight protocol casts; callgrind, medium build), and the
/// layout alone makes ~45 of them on every page, a sixth of all look-ups of a
/// build (docs/performance.md, 2026-12-04 speed4). Its shape (which lists hold how
/// many items, which flags are set, which strings are empty) is the same on
/// almost every page; only the strings differ. This is `RedPostTemplates`'s
/// method for any view model: its fields are walked through `templateFields`,
/// so a new field needs nothing here.
///
/// A template that does anything else with a string — a transform like
/// `{{uppercased(title)}}`, or a marker cut apart — keeps going through
/// swift-mustache for that shape: the cut must come out the same for two
/// markers of different lengths and letter cases, and the first model of each
/// shape must come out exactly as swift-mustache renders it.
final class MarkedTemplate: Sendable {
    private let name: String
    private let templates: TemplateLibrary
    private let strings: UIStrings
    /// By shape; nil for a shape whose models go through swift-mustache.
    private let cuts = Mutex<[[Int]: MarkedCut?]>([:])
    /// Shapes kept at most: a template whose shapes never repeat stops being cut.
    private static let shapeLimit = 64

    init(_ name: String, _ templates: TemplateLibrary, language: String) {
        self.name = name
        self.templates = templates
        strings = templates.strings[language]!
    }

    func html(_ model: any TemplateFields) -> String {
        var walk = ModelWalk()
        walk.visit(model)
        let shape = walk.shape
        let known: MarkedCut?? = cuts.withLock { cuts in
            if let cut = cuts[shape] { return .some(cut) }
            return cuts.count >= Self.shapeLimit ? .some(nil) : .none
        }
        let cut: MarkedCut?
        if let known {
            cut = known
        } else {
            cut = MarkedCut(of: model, strings: walk.strings, render: { templates.render(name, parent: $0, strings: strings) },
                            expected: templates.render(name, model, strings: strings))
            cuts.withLock { $0[shape] = cut }
        }
        return cut?.fill(walk.strings) ?? templates.render(name, model, strings: strings)
    }
}

/// A view model's strings in the order of its fields (depth first), and its shape:
/// for each flag its value, for each list its length, for each string whether it is empty or holds a line break.
struct ModelWalk {
    var strings: [String] = []
    var shape: [Int] = []

    mutating func visit(_ model: any TemplateFields) {
        for field in type(of: model).templateFields {
            visit(model.field(named: field.name), kind: field.kind)
        }
    }

    private mutating func visit(_ value: Any?, kind: TemplateValueKind) {
        switch kind {
        case .text:
            let text = Self.text(value)
            // A line break too makes a shape of its own: swift-mustache indents the lines of a standalone partial.
            shape.append(text.isEmpty ? 0 : text.utf8.contains(UInt8(ascii: "\n")) ? 2 : 1)
            strings.append(text)
        case .flag: shape.append(value as! Bool ? 1 : 0)
        case .model: visit(value as! any TemplateFields)
        case .list(let element):
            let items = value as! [Any]
            shape.append(items.count)
            for item in items { visit(item, kind: element) }
        }
    }

    /// A string field comes as `TemplateText`; a list's strings come as they are.
    static func text(_ value: Any?) -> String {
        (value as? TemplateText)?.renderText ?? value as! String
    }
}

/// A template's output for one shape of model, cut at the model's strings.
struct MarkedCut: Sendable {
    private enum Piece: Equatable {
        case text(String)
        case string(Int, escaped: Bool)
    }

    private let pieces: [Piece]

    /// `render` renders a look-up tree in place of the model; `expected` is the model as swift-mustache renders it.
    init?(of model: any TemplateFields, strings: [String], render: (any MustacheParent) -> String, expected: String) {
        guard let pieces = Self.cut(render(MarkedNode(model, variant: 0)), variant: 0),
              Self.cut(render(MarkedNode(model, variant: 1)), variant: 1) == pieces
        else { return nil }
        self.pieces = pieces
        guard fill(strings) == expected else { return nil }
    }

    func fill(_ strings: [String]) -> String {
        var html = ""
        for piece in pieces {
            switch piece {
            case .text(let text): html += text
            case .string(let index, let escaped): html += escaped ? HTMLText.escape(strings[index]) : strings[index]
            }
        }
        return html
    }

    // A marker is `\u{E000}&N\u{E001}` around the string's index N, in two variants of
    // different lengths and cases; `&` comes out as `&amp;` where the template escapes.
    static let open: Character = "\u{E000}", close: Character = "\u{E001}"
    static func tail(_ variant: Int) -> String { variant == 0 ? "aB" : "aBcD" }
    static func marker(_ index: Int, variant: Int) -> String { "\(open)&\(index)\(tail(variant))\(close)" }

    /// The pieces of an output rendered with markers, or nil when a marker is not whole.
    private static func cut(_ html: String, variant: Int) -> [Piece]? {
        let chunks = html.split(separator: open, omittingEmptySubsequences: false)
        var pieces: [Piece] = chunks[0].isEmpty ? [] : [.text(String(chunks[0]))]
        let tail = Self.tail(variant) + String(close)
        for chunk in chunks.dropFirst() {
            let escaped = chunk.hasPrefix("&amp;")
            guard chunk.hasPrefix("&") else { return nil }
            var rest = chunk.dropFirst(escaped ? 5 : 1)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let index = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            guard rest.hasPrefix(tail) else { return nil }
            pieces.append(.string(index, escaped: escaped))
            if rest.count > tail.count { pieces.append(.text(String(rest.dropFirst(tail.count)))) }
        }
        return pieces.contains { if case .text(let text) = $0 { text.contains(close) } else { false } } ? nil : pieces
    }
}

/// A view model with a marker in place of each string that is not empty (an empty one stays empty),
/// numbered in `ModelWalk`'s order; flags and list lengths as in the model.
private struct MarkedNode: MustacheParent {
    private let fields: [String: Any]

    init(_ model: any TemplateFields, variant: Int) {
        var next = 0
        self.init(model, variant: variant, next: &next)
    }

    private init(_ model: any TemplateFields, variant: Int, next: inout Int) {
        var fields: [String: Any] = [:]
        for field in type(of: model).templateFields {
            fields[field.name] = Self.marked(model.field(named: field.name), kind: field.kind, isField: true, variant: variant, next: &next)
        }
        self.fields = fields
    }

    /// Strings keep their type: `TemplateText` as a field, `String` in a list.
    private static func marked(_ value: Any?, kind: TemplateValueKind, isField: Bool, variant: Int, next: inout Int) -> Any {
        switch kind {
        case .text:
            let text = ModelWalk.text(value).isEmpty ? "" : MarkedCut.marker(next, variant: variant)
            next += 1
            return isField ? TemplateText(text) : text
        case .flag: return value as! Bool
        case .model: return MarkedNode(value as! any TemplateFields, variant: variant, next: &next)
        case .list(let element):
            return (value as! [Any]).map { marked($0, kind: element, isField: false, variant: variant, next: &next) }
        }
    }

    func child(named name: String) -> Any? { fields[name] }
}
