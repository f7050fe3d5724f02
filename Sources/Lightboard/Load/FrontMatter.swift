/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines, nil when the file has no front matter.
    var yaml: String?
    /// Lines before the YAML text, so YAML lines map to physical file lines.
    let yamlLineOffset = 1
    var body: String
    /// The file line the body starts on (1 without front matter), so a body line maps to a file line.
    var bodyLine = 1

    /// Splits `text` (LF line breaks). A file that opens with `---` must close it;
    /// otherwise the problem is reported and nil returned.
    ///
    /// The front matter is the lines between the first line and the next line
    /// that is `---` too, the body the lines after it. Lines are found on the
    /// UTF-8 bytes and only the two parts copied: splitting the text into lines
    /// and joining them again cost ~200,000 instructions a file.
    static func split(_ text: String, file: String, diagnostics: inout DiagnosticBag) -> FrontMatter? {
        let utf8 = text.utf8
        let openingEnd = lineEnd(in: utf8, from: utf8.startIndex)
        guard isDelimiter(utf8[..<openingEnd]) else { return FrontMatter(yaml: nil, body: text) }
        var end = openingEnd
        while end < utf8.endIndex {
            let start = utf8.index(after: end)
            end = lineEnd(in: utf8, from: start)
            if isDelimiter(utf8[start..<end]) {
                let yamlStart = utf8.index(after: openingEnd)
                let yaml = start == yamlStart ? "" : String(text[yamlStart..<utf8.index(before: start)])
                let body = end == utf8.endIndex ? "" : String(text[utf8.index(after: end)...])
                let bodyLine = utf8[..<end].reduce(2) { lines, byte in byte == .lineFeed ? lines + 1 : lines }
                return FrontMatter(yaml: yaml, body: body, bodyLine: bodyLine)
            }
        }
        diagnostics.report(file: file, line: 1, "front matter is not closed", hint: #"end it with a line "---""#)
        return nil
    }

    /// Where the line starting at `start` ends: its line feed, or the end of the text.
    private static func lineEnd(in utf8: String.UTF8View, from start: String.Index) -> String.Index {
        utf8[start...].firstIndex(of: .lineFeed) ?? utf8.endIndex
    }

    /// Whether a line is `---` between optional spaces, tabs and carriage returns.
    private static func isDelimiter(_ line: Substring.UTF8View) -> Bool {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == .carriageReturn }
        let content = line.drop(while: isSpace)
        return content.starts(with: "---".utf8) && content.dropFirst(3).allSatisfy(isSpace)
    }
}
