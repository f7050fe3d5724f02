import Foundation

/// A tokenizer for the parts of an .xlsx file Lightboard reads (workbook, relationships, shared
/// strings, sheets): fed the bytes in chunks as they are unzipped, it hands on each start tag,
/// end tag and text between tags, keeping only an unfinished tag between chunks, so a sheet of a
/// million rows is never held whole. SpreadsheetML has no DTD: entities are the five of XML and
/// character references. Comments, processing instructions and declarations are skipped.
struct XMLScanner {
    /// Bytes of the tag or text, valid only during the call that passes them.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    enum Event {
        /// `tag` is what lies between `<` and `>` (name and attributes).
        case start(name: Bytes, tag: Bytes, isEmpty: Bool)
        case end(name: Bytes)
        case text(Bytes)
    }

    private var pending: [UInt8] = []

    /// Scans `data` after what was left of the chunk before.
    mutating func feed(_ data: Data, _ handle: (Event) throws -> Void) rethrows {
        pending.append(contentsOf: data)
        let consumed = try pending.withUnsafeBufferPointer { buffer in try Self.scan(buffer, handle) }
        pending.removeFirst(consumed)
    }

    /// How many bytes of `buffer` were complete events.
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ handle: (Event) throws -> Void) rethrows -> Int {
        var position = 0
        let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">")
        while position < buffer.count {
            if buffer[position] == less {
                if position + 1 < buffer.count, buffer[position + 1] == UInt8(ascii: "!"), buffer[position...].starts(with: "<!--".utf8) {
                    guard let end = find("-->", in: buffer, from: position + 4) else { break }
                    position = end + 3
                    continue
                }
                if position + 1 < buffer.count, buffer[position + 1] == UInt8(ascii: "!"), buffer[position...].starts(with: "<![CDATA[".utf8) {
                    guard let end = find("]]>", in: buffer, from: position + 9) else { break }
                    try handle(.cdata(buffer[(position + 9)..<end]))
                    position = end + 3
                    continue
                }
                guard let end = buffer[(position + 1)...].firstIndex(of: greater) else { break }
                let tag = buffer[(position + 1)..<end]
                position = end + 1
                guard let first = tag.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { continue }
                if first == UInt8(ascii: "/") {
                    try handle(.end(name: name(of: tag.dropFirst())))
                } else {
                    let isEmpty = tag.last == UInt8(ascii: "/")
                    try handle(.start(name: name(of: tag), tag: isEmpty ? tag.dropLast() : tag, isEmpty: isEmpty))
                }
            } else {
                guard let next = buffer[position...].firstIndex(of: less) else { break }
                try handle(.text(buffer[position..<next]))
                position = next
            }
        }
        return position
    }

    private static func find(_ text: StaticString, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        var index = start
        while index + pattern.count <= buffer.count {
            if buffer[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// The tag's name, without a namespace prefix (`x:row` is `row`).
    private static func name(of tag: Bytes) -> Bytes {
        let end = tag.firstIndex { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: "/") } ?? tag.endIndex
        let name = tag[tag.startIndex..<end]
        return name.lastIndex(of: UInt8(ascii: ":")).map { name[($0 + 1)...] } ?? name
    }

    /// The value of attribute `name` in `tag` (prefix included when the attribute has one: `r:id`), decoded.
    static func attribute(_ name: String, in tag: Bytes) -> String? {
        let key = Array(name.utf8)
        var index = tag.startIndex
        while let equals = tag[index...].firstIndex(of: UInt8(ascii: "=")) {
            var keyEnd = equals
            while keyEnd > index, tag[keyEnd - 1] == 0x20 { keyEnd -= 1 }
            var keyStart = keyEnd
            while keyStart > tag.startIndex, ![0x20, 0x09, 0x0A, 0x0D].contains(tag[keyStart - 1]) { keyStart -= 1 }
            guard let open = tag[(equals + 1)...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }),
                  let close = tag[(open + 1)...].firstIndex(of: tag[open]) else { return nil }
            if tag[keyStart..<keyEnd].elementsEqual(key) { return decode(tag[(open + 1)..<close]) }
            index = close + 1
        }
        return nil
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&#N;` / `&#xH;` decoded.
    static func decode(_ bytes: Bytes) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "&"), let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let entity = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar? = switch entity {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos": "'"
            case _ where entity.hasPrefix("#x"): UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            case _ where entity.hasPrefix("#"): UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
            default: nil
            }
            guard let scalar else {
                result.append(bytes[index])
                index += 1
                continue
            }
            result += Array(String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension XMLScanner.Event {
    /// CDATA is handed on as text (Excel and openpyxl do not write it).
    static func cdata(_ bytes: XMLScanner.Bytes) -> Self { .text(bytes) }
}

extension XMLScanner.Bytes {
    func equals(_ text: StaticString) -> Bool {
        elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
