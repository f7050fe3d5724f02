/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines, nil when the file has no front matter.
    var yaml: String?
    /// Lines before the YAML text, so YAML lines map to physical file lines.
    let yamlLineOffset = 1
    var body: String

    /// Splits `text` (LF line breaks). A file that opens with `---` must close it;
    /// otherwise the problem is reported and nil returned.
    static func split(_ text: String, file: String, diagnostics: inout DiagnosticBag) -> FrontMatter? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingSpaces == "---" else {
            return FrontMatter(yaml: nil, body: text)
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingSpaces == "---" }) else {
            diagnostics.report(file: file, line: 1, "front matter is not closed", hint: #"end it with a line "---""#)
            return nil
        }
        return FrontMatter(yaml: lines[..<closing].joined(separator: "\n"),
                           body: lines[(closing + 1)...].joined(separator: "\n"))
    }
}

extension Substring {
    var trimmingSpaces: Substring { String(self).trimmingSpaces }
}
