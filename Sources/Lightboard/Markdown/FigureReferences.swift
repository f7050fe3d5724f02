/// `{{figure NAME}}` in a narrative or a complex issue: a figure of the period's summary.json,
/// written by Lightboard as the pages show it (docs/content.md, "Figures in the text").
/// References are replaced by placeholders in the Markdown source and by the figures in the
/// HTML cmark-gfm makes of it, so a figure is never read as Markdown; any other `{{` is text. The HTML that comes out is given to Mustache as a finished value, which Mustache
/// never reads for tags, so a `{{` left in the text cannot reach the templates.
public struct FigureReference: Hashable, Sendable {
    public var name: String
    /// 1-based line within the Markdown text.
    public var line: Int
}

enum FigureReferences {
    /// `{{figure NAME}}`, with spaces or tabs allowed inside the braces; NAME is a key or a dotted path.
    nonisolated(unsafe) static let reference = #/\{\{[ \t]*figure[ \t]+([A-Za-z0-9_.]+)[ \t]*\}\}/#
    /// What starts a reference, to find the ones that are not well formed (`{{figure}}`, `{{figure green rate}}`).
    nonisolated(unsafe) static let opening = #/\{\{[ \t]*figure\b/#

    /// The well-formed references of `text`, and the lines with an opening that is not one.
    static func scan(_ text: String) -> (references: [FigureReference], malformedLines: [Int]) {
        var references: [FigureReference] = []
        var malformedLines: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains("{{") else { continue }
            let found = line.matches(of: reference)
            references += found.map { FigureReference(name: String($0.output.1), line: index + 1) }
            if line.matches(of: opening).count > found.count { malformedLines.append(index + 1) }
        }
        return (references, malformedLines)
    }

    /// A reference's stand-in while cmark reads the source: private-use characters around its number,
    /// which Markdown reads as letters (`{{figure departments}}. …` at a line start stays no list).
    nonisolated(unsafe) private static let placeholder = #/\u{E000}([0-9]+)\u{E001}/#

    /// The HTML `render` makes of `markdown`, each reference outside code as `figure(NAME)`, escaped;
    /// inside a code span or a fenced block a reference stays as written, like any code.
    static func html(from markdown: String, render: (String) -> String, figure: (String) -> String) -> String {
        guard markdown.contains("{{") else { return render(markdown) }
        var references: [(name: String, written: String)] = []
        let source = markdown.replacing(reference) { match in
            references.append((String(match.output.1), String(match.output.0)))
            return "\u{E000}\(references.count - 1)\u{E001}"
        }
        let html = render(source)
        guard !references.isEmpty else { return html }
        let codeStarts = html.ranges(of: "<code").map(\.lowerBound)
        let codeEnds = html.ranges(of: "</code>").map(\.lowerBound)
        func isInCode(_ index: String.Index) -> Bool {
            guard let start = codeStarts.last(where: { $0 < index }) else { return false }
            return !codeEnds.contains { $0 > start && $0 < index }
        }
        return html.replacing(placeholder) { match in
            guard let number = Int(match.output.1), references.indices.contains(number) else { return String(match.output.0) }
            let reference = references[number]
            return HTMLText.escape(isInCode(match.range.lowerBound) ? reference.written : figure(reference.name))
        }
    }

    /// `text` with every reference taken out, so the numbers left are those typed by hand.
    static func removed(from text: Substring) -> String {
        // Most lines name no figure: no regex for them.
        text.contains("{{") ? String(text).replacing(reference, with: "") : String(text)
    }
}
