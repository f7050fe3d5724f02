import Foundation

/// The published figures of one period, by name: every value of its `summary.json`
/// (`assessment.replied`, `channels.board.reply_rate`), its `departments.json`
/// (`departments.housing.rank`) and its extra rankings (`rankings.ID.housing.value`).
/// A corrected period's figures are compared by these names (docs/archiving.md §6).
struct PublishedFigures: Equatable {
    var values: [String: FigureValue]

    /// The open-data files a period's figures are read from, each with the prefix of its names.
    static func sources(of period: PeriodID, rankings: [String]) -> [(path: String, prefix: String)] {
        let folder = "data/\(period.slug)/"
        return [(folder + "summary.json", ""), (folder + "departments.json", "departments")]
            + rankings.map { (folder + "rankings/\($0).json", "rankings.\($0)") }
    }

    /// Every named value of one file (`JSONValue.forEachNamedValue`, the names `{{figure}}` uses too)
    /// under `prefix`. The period's id names the file, not a figure. An empty list is no figure: an empty
    /// league, read as `[]`, would later "change" to null when its departments appear under their own
    /// names; absent, each of them reads null -> value.
    private mutating func add(_ file: JSONValue, prefix: String) {
        file.forEachNamedValue(prefix: prefix.isEmpty ? [] : [prefix]) { path, value in
            guard !(prefix.isEmpty && path.count == 1 && ["quarter", "month"].contains(path[0])) else { return }
            values[path.joined(separator: ".")] = FigureValue(json: value.compactText)
        }
    }

    /// The figures whose value differs from `previous`, by name, over the names of both: a figure no longer
    /// published is `new: null`, one published for the first time (a department new in the league) `old: null`.
    func changes(since previous: PublishedFigures) -> [FigureChange] {
        Set(previous.values.keys).union(values.keys).sorted().compactMap { name in
            let old = previous.values[name] ?? .null, new = values[name] ?? .null
            return old == new ? nil : FigureChange(figure: name, old: old, new: new)
        }
    }
}

extension PublishedFigures {
    /// The figures of the files `text(path)` gives; a file it has not is left out, a file that is not JSON too
    /// (a folder a user wrote into by hand holds no publication to compare with).
    init(period: PeriodID, rankings: [String], text: (String) -> String?) {
        values = [:]
        for (path, prefix) in Self.sources(of: period, rankings: rankings) {
            guard let text = text(path), let json = JSONValue(parsing: text) else { continue }
            add(json, prefix: prefix)
        }
    }
}

extension JSONValue {
    /// On one line, without spaces: `["a","b"]`, as a figure's value is written.
    var compactText: String {
        var text = ""
        switch self {
        case .null: text = "null"
        case .integer(let value): text = String(value)
        case .number(let literal): text = literal
        case .string(let string): JSONValue.writeString(string, to: &text)
        case .array(let elements): text = "[" + elements.map(\.compactText).joined(separator: ",") + "]"
        case .object(let members):
            text = "{" + members.map { member in
                var key = ""
                JSONValue.writeString(member.key, to: &key)
                return key + ":" + member.value.compactText
            }.joined(separator: ",") + "}"
        }
        return text
    }

    /// Parses JSON text (RFC 8259); numbers keep the text they were written with. Nil if it is not JSON.
    init?(parsing text: String) {
        var parser = JSONParser(bytes: Array(text.utf8))
        guard let value = parser.value(), parser.atEnd else { return nil }
        self = value
    }
}

/// A small recursive-descent JSON reader: what Lightboard wrote earlier is read back
/// with its numbers as written (`72.4` stays `72.4`, not a binary double).
private struct JSONParser {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool {
        mutating get { skipSpace(); return index == bytes.count }
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func consume(_ literal: String) -> Bool {
        let literalBytes = Array(literal.utf8)
        guard bytes[index...].starts(with: literalBytes) else { return false }
        index += literalBytes.count
        return true
    }

    mutating func value() -> JSONValue? {
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [JSONMember] = []
            skipSpace()
            if consume("}") { return .object(members) }
            repeat {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard consume(":"), let value = value() else { return nil }
                members.append(JSONMember(key, value))
                skipSpace()
            } while consume(",")
            return consume("}") ? .object(members) : nil
        case UInt8(ascii: "["):
            index += 1
            var elements: [JSONValue] = []
            skipSpace()
            if consume("]") { return .array(elements) }
            repeat {
                guard let element = value() else { return nil }
                elements.append(element)
                skipSpace()
            } while consume(",")
            return consume("]") ? .array(elements) : nil
        case UInt8(ascii: "\""):
            return string().map(JSONValue.string)
        default:
            if consume("null") { return .null }
            if consume("true") || consume("false") { return nil }  // the open data has no booleans
            return number()
        }
    }

    private mutating func number() -> JSONValue? {
        let start = index
        while index < bytes.count, "-+.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
        let literal = String(decoding: bytes[start..<index], as: UTF8.self)
        guard FigureValue.isJSONNumber(literal) else { return nil }
        return .number(literal)
    }

    private mutating func string() -> String? {
        guard consume("\"") else { return nil }
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flushRaw() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flushRaw()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flushRaw()
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "u"):
                    guard index + 4 <= bytes.count,
                          let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else { return nil }
                    index += 4
                    // Lightboard escapes only control characters, never a surrogate pair.
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: scalars.append(Unicode.Scalar(escape))
                }
            default:
                raw.append(byte)
            }
        }
        return nil
    }
}
