/// Interface strings written into a language's copy of a template before it is
/// parsed. A `{{t.key}}` costs swift-mustache two look-ups on the context stack
/// (`t`, then `key`) with their protocol casts; the string is the same on every
/// page of a language, so its escaped text can stand in the template instead.
///
/// Only what renders identically is replaced: a plain `{{t.key}}` (or `{{ t.key }}`)
/// whose string is in the file, is not blank and has no line break (text with a
/// line break, or none, could change which neighbouring tags stand alone on their
/// line). Everything else — `{{{t.key}}}`, `{{&t.key}}`, sections, comments, and
/// every tag of a template that changes its delimiters — is left to swift-mustache.
extension UIStrings {
    func inlined(into template: String) -> String {
        let source = Array(template.utf8)
        guard !source.isEmpty, !Self.containsSetDelimiter(source) else { return template }
        var result: [UInt8] = []
        result.reserveCapacity(source.count)
        var index = 0
        while let open = Self.find(Self.openTag, in: source, from: index) {
            result += source[index..<open]
            let isTriple = open + 2 < source.count && source[open + 2] == UInt8(ascii: "{")
            guard let close = Self.find(isTriple ? Self.closeTriple : Self.closeTag, in: source, from: open + 2) else {
                index = open
                break
            }
            let end = close + (isTriple ? 3 : 2)
            if !isTriple, let replacement = replacement(forTag: source[(open + 2)..<close]) {
                result += replacement
            } else {
                result += source[open..<end]
            }
            index = end
        }
        result += source[index...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The escaped string for the inside of a `{{t.key}}` tag, or nil to keep the tag.
    private func replacement(forTag inside: ArraySlice<UInt8>) -> [UInt8]? {
        let name = inside.drop { $0 == UInt8(ascii: " ") }.reversed().drop { $0 == UInt8(ascii: " ") }.reversed()
        guard name.starts(with: Self.stringsPrefix) else { return nil }
        let key = name.dropFirst(Self.stringsPrefix.count)
        guard !key.isEmpty, key.allSatisfy(Self.isKeyByte), let text = values[String(decoding: key, as: UTF8.self)],
              text.contains(where: { !$0.isWhitespace }), !text.contains(where: \.isNewline) else { return nil }
        // `{` is written as a character reference, so the text can never form a tag.
        return HTMLText.escape(text).utf8.flatMap { $0 == UInt8(ascii: "{") ? Array("&#123;".utf8) : [$0] }
    }

    private static let openTag = Array("{{".utf8)
    private static let closeTag = Array("}}".utf8)
    private static let closeTriple = Array("}}}".utf8)
    private static let stringsPrefix = Array("t.".utf8)

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    private static func containsSetDelimiter(_ source: [UInt8]) -> Bool {
        var index = 0
        while let open = find(openTag, in: source, from: index) {
            let name = source[(open + 2)...].drop { $0 == UInt8(ascii: " ") }
            if name.first == UInt8(ascii: "=") { return true }
            index = open + 2
        }
        return false
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
