/// One Mustache tag of a template file, where the press officer wrote it.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable          // {{name}}
        case unescaped         // {{{name}}} and {{&name}}
        case section           // {{#name}}
        case invertedSection   // {{^name}}
        case close             // {{/name}}
        case partial           // {{> name}}
        case parent            // {{< name}} (inheritance)
        case block             // {{$name}}
        case comment           // {{! ... }}
        case pragma            // {{%NAME: value}}
        case setDelimiter      // {{=<% %>=}}
    }

    var kind: Kind
    /// The name as written, spaces around it removed.
    var name: String
    /// Of the name's first character, 1-based (columns count Unicode scalars).
    var line: Int
    var column: Int
}

extension TemplateTag {
    /// The tags of `source`, read as swift-mustache reads them. Reading stops at a
    /// set-delimiter tag (the tags after it are no longer `{{ }}`; the shipped
    /// templates use none) and at a tag that is not closed (a parse error already).
    static func tags(in source: String) -> [TemplateTag] {
        let bytes = Array(source.utf8)
        var tags: [TemplateTag] = []
        var index = 0, line = 1, column = 1

        func advance(to end: Int) {
            while index < end {
                if bytes[index] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[index] & 0xC0 != 0x80 {  // not a UTF-8 continuation byte
                    column += 1
                }
                index += 1
            }
        }
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            var position = start
            while position + needle.count <= bytes.count {
                if bytes[position] == needle[0], bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
                position += 1
            }
            return nil
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        while let open = find(Self.open, from: index) {
            advance(to: open + 2)
            let sigil = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
            let kind: Kind = switch sigil {
            case UInt8(ascii: "{"), UInt8(ascii: "&"): .unescaped
            case UInt8(ascii: "#"): .section
            case UInt8(ascii: "^"): .invertedSection
            case UInt8(ascii: "/"): .close
            case UInt8(ascii: ">"): .partial
            case UInt8(ascii: "<"): .parent
            case UInt8(ascii: "$"): .block
            case UInt8(ascii: "!"): .comment
            case UInt8(ascii: "%"): .pragma
            case UInt8(ascii: "="): .setDelimiter
            default: .variable
            }
            if kind != .variable { advance(to: index + 1) }
            if kind == .setDelimiter {
                tags.append(TemplateTag(kind: kind, name: "", line: line, column: column))
                break
            }
            let isTriple = sigil == UInt8(ascii: "{")
            guard let close = find(isTriple ? Self.closeTriple : Self.close, from: index) else { break }
            while index < close, isSpace(bytes[index]) { advance(to: index + 1) }
            var end = close
            while end > index, isSpace(bytes[end - 1]) { end -= 1 }
            tags.append(TemplateTag(kind: kind, name: String(decoding: bytes[index..<end], as: UTF8.self), line: line, column: column))
            advance(to: close + (isTriple ? 3 : 2))
        }
        return tags
    }

    private static let open = Array("{{".utf8)
    private static let close = Array("}}".utf8)
    private static let closeTriple = Array("}}}".utf8)
}
