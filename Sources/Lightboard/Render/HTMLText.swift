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

    /// Moves the headings of Markdown output down so the highest one sits right
    /// below `level`, the heading it appears under (1 = the page's h1).
    static func nestingHeadings(_ html: String, below level: Int) -> String {
        guard let highest = (1...6).first(where: { html.contains("<h\($0)>") || html.contains("<h\($0) ") }),
              highest <= level else { return html }
        let shift = level + 1 - highest
        var result = html
        for current in stride(from: 6, through: 1, by: -1) {
            let target = min(current + shift, 6)
            guard target != current else { continue }
            result = result
                .replacingOccurrences(of: "<h\(current)>", with: "<h\(target)>")
                .replacingOccurrences(of: "<h\(current) ", with: "<h\(target) ")
                .replacingOccurrences(of: "</h\(current)>", with: "</h\(target)>")
        }
        return result
    }
}
