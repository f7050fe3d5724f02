/// `{{figure NAME}}` in a narrative or a complex issue: a figure of the period's summary.json,
/// written by Lightboard as the pages show it (docs/content.md, "Figures in the text").
/// References are replaced in the Markdown source before cmark-gfm reads it; any other `{{`
/// is text. The HTML that comes out is given to Mustache as a finished value, which Mustache
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

    /// `text` with each reference replaced by `figure(NAME)`.
    static func replacing(in text: String, _ figure: (String) -> String) -> String {
        guard text.contains("{{") else { return text }
        return text.replacing(reference) { match in figure(String(match.output.1)) }
    }

    /// `text` with every reference taken out, so the numbers left are those typed by hand.
    static func removed(from text: Substring) -> String {
        String(text).replacing(reference, with: "")
    }
}
