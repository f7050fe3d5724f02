/// A JSON value written byte for byte deterministically: object keys keep the
/// order given, numbers are written from exact values (Foundation's encoders
/// would reorder keys or print binary floating-point digits).
enum JSONValue: Equatable, Sendable {
    case null
    case integer(Int)
    /// A number already written as JSON text, such as `72.4` (see `NumberText`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// A rate rounded to one decimal, or null for a zero denominator.
    static func rate(_ rate: Fraction?) -> JSONValue {
        NumberText.rate(rate).map(JSONValue.number) ?? .null
    }

    /// Points rounded to two decimals.
    static func points(_ points: Fraction) -> JSONValue { .number(NumberText.points(points)) }

    static func integerOrNull(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }

    /// Pretty-printed with two-space indentation, one member or element per line
    /// (arrays of plain values on one line), ending with a newline.
    var prettyText: String {
        var text = ""
        write(to: &text, indent: "")
        return text + "\n"
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }

    private func write(to text: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .null: text += "null"
        case .integer(let value): text += String(value)
        case .number(let literal): text += literal
        case .string(let string): JSONValue.writeString(string, to: &text)
        case .array(let elements) where elements.isEmpty: text += "[]"
        case .array(let elements) where !elements.contains(where: \.isContainer):
            text += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { text += ", " }
                element.write(to: &text, indent: inner)
            }
            text += "]"
        case .array(let elements):
            text += "[\n"
            for (offset, element) in elements.enumerated() {
                text += inner
                element.write(to: &text, indent: inner)
                text += offset == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .object(let members) where members.isEmpty: text += "{}"
        case .object(let members):
            text += "{\n"
            for (offset, member) in members.enumerated() {
                text += inner
                JSONValue.writeString(member.key, to: &text)
                text += ": "
                member.value.write(to: &text, indent: inner)
                text += offset == members.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }

    /// Escapes quotes, backslashes and control characters; everything else stays UTF-8.
    static func writeString(_ string: String, to text: inout String) {
        text += "\""
        defer { text += "\"" }
        // Most strings (ids, names, numbers) need no escape: append them whole.
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            text += string
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\u{00}"..."\u{1F}":
                text += "\\u" + String(zeroPadded: scalar.value, width: 4, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}

/// A key and value of a JSON object, in writing order.
struct JSONMember: Equatable, Sendable {
    var key: String
    var value: JSONValue

    init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
