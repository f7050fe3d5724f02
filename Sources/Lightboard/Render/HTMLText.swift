/// Escaping for the HTML, SVG and XML that Lightboard writes itself
/// (charts, feeds, sitemap); templates escape through Mustache.
enum HTMLText {
    /// Escapes `& < > " '`, so the result is safe in text and in quoted attributes.
    /// Works on UTF-8 bytes (the five are ASCII, never part of a multi-byte
    /// character), and returns the text itself when nothing needs escaping.
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { replacement(for: $0) != nil }) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped += bytes[..<first]
            for byte in bytes[first...] {
                if let replacement = replacement(for: byte) { escaped += replacement.utf8 } else { escaped.append(byte) }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
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
