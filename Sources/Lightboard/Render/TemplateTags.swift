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
    /// Of the name's first character, 1-based (columns count characters).
    var line: Int
    var column: Int
}

extension TemplateTag {
    /// The tags of `source`, read as swift-mustache reads them. Reading stops at a
    /// set-delimiter tag (the tags after it are no longer `{{ }}`; the shipped
    /// templates use none) and at a tag that is not closed (a parse error already).
    static func tags(in source: String) -> [TemplateTag] {
        let characters = Array(source)
        var tags: [TemplateTag] = []
        var index = 0, line = 1, column = 1

        func advance(to end: Int) {
            while index < end {
                if characters[index].isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        func find(_ text: String, from start: Int) -> Int? {
            let needle = Array(text)
            var position = start
            while position + needle.count <= characters.count {
                if characters[position] == needle[0], Array(characters[position..<(position + needle.count)]) == needle { return position }
                position += 1
            }
            return nil
        }

        while let open = find("{{", from: index) {
            advance(to: open + 2)
            let sigil = index < characters.count ? characters[index] : " "
            let kind: Kind = switch sigil {
            case "{", "&": .unescaped
            case "#": .section
            case "^": .invertedSection
            case "/": .close
            case ">": .partial
            case "<": .parent
            case "$": .block
            case "!": .comment
            case "%": .pragma
            case "=": .setDelimiter
            default: .variable
            }
            if kind != .variable { advance(to: index + 1) }
            if kind == .setDelimiter {
                tags.append(TemplateTag(kind: kind, name: "", line: line, column: column))
                break
            }
            guard let close = find(sigil == "{" ? "}}}" : "}}", from: index) else { break }
            while index < close, characters[index].isWhitespace { advance(to: index + 1) }
            var end = close
            while end > index, characters[end - 1].isWhitespace { end -= 1 }
            tags.append(TemplateTag(kind: kind, name: String(characters[index..<end]), line: line, column: column))
            advance(to: close + (sigil == "{" ? 3 : 2))
        }
        return tags
    }
}
