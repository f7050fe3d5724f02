/// Escaping for the HTML, SVG and XML that Lightboard writes itself
/// (charts, feeds, sitemap); templates escape through Mustache.
public enum HTMLText {
    /// Escapes `& < > " '`, so the result is safe in text and in quoted attributes.
    /// Works on UTF-8 bytes (the five are ASCII, never part of a multi-byte
    /// character), and returns the text itself when nothing needs escaping.
    public static func escape(_ text: String) -> String {
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
    /// below `level`, the heading it appears under (1 = the page's h1); levels
    /// stop at h6. A heading tag is `<hN>`, `<hN ` (with attributes) or `</hN>`,
    /// N in 1...6; the highest level is taken from opening tags only.
    ///
    /// One pass over the UTF-8 bytes to find the highest level, one to copy with
    /// the digits changed: the tags are ASCII, so a byte match is a tag match
    /// (a search by `Character` missed `<h1>` before a combining mark).
    static func nestingHeadings(_ html: String, below level: Int) -> String {
        var html = html
        return html.withUTF8 { bytes -> String? in
            var highest = Int.max  // no opening tag: nothing to move
            forEachHeadingTag(in: bytes) { digitIndex, isClosing in
                if !isClosing { highest = min(highest, Int(bytes[digitIndex] - UInt8(ascii: "0"))) }
            }
            guard highest <= level else { return nil }
            let shift = level + 1 - highest
            var nested = Array(bytes)
            forEachHeadingTag(in: bytes) { digitIndex, _ in
                let target = min(Int(bytes[digitIndex] - UInt8(ascii: "0")) + shift, 6)
                nested[digitIndex] = UInt8(ascii: "0") + UInt8(target)
            }
            return String(decoding: nested, as: UTF8.self)
        } ?? html
    }

    /// Calls `body` with the index of the level digit of every heading tag in `bytes`.
    private static func forEachHeadingTag(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ digitIndex: Int, _ isClosing: Bool) -> Void) {
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let isClosing = open + 1 < bytes.count && bytes[open + 1] == UInt8(ascii: "/")
            let digitIndex = open + (isClosing ? 3 : 2)
            index = open + 1
            guard digitIndex + 1 < bytes.count, bytes[digitIndex - 1] == UInt8(ascii: "h"),
                  (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[digitIndex]) else { continue }
            let after = bytes[digitIndex + 1]
            if after == UInt8(ascii: ">") || (after == UInt8(ascii: " ") && !isClosing) { body(digitIndex, isClosing) }
        }
    }
}
