/// Escaping for the HTML, SVG and XML that Lightboard writes itself
/// (charts, feeds, sitemap); templates escape through Mustache.
enum HTMLText {
    /// Escapes `& < > " '`, so the result is safe in text and in quoted attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Markdown output sits under the page's h1, so its headings move one level down
    /// when the author started at `#`.
    static func demotingHeadings(_ html: String) -> String {
        guard html.contains("<h1") else { return html }
        var result = html
        for level in stride(from: 5, through: 1, by: -1) {
            result = result
                .replacingOccurrences(of: "<h\(level)>", with: "<h\(level + 1)>")
                .replacingOccurrences(of: "<h\(level) ", with: "<h\(level + 1) ")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(level + 1)>")
        }
        return result
    }
}
