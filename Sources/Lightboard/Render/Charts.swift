/// Inline SVG charts. Every text inside is escaped here (it is printed with
/// triple braces); the figures are always also in a table on the same page.
/// Presentation uses classes from style.css, never inline styles (CSP).
enum Charts {
    /// Drawing positions only (never a published figure), so binary floating point is fine here.
    static func double(_ value: Fraction) -> Double {
        Double(value.numerator) / Double(value.denominator)
    }
}

/// SVG markup written straight into UTF-8 bytes. Each `svg += "…"` line is a
/// string interpolation whose pieces append their bytes: `\(number: x)` writes
/// one decimal without a locale (`12.5`, `-3`, `40`), `\(escaped: text)` escapes
/// text, other interpolations are markup Lightboard wrote. (Interpolating
/// `String`s cost ~9,000 instructions a bar; department pages draw 40 quarters.)
struct SVGMarkup {
    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func += (svg: inout SVGMarkup, piece: Piece) {
        svg.bytes += piece.bytes
    }

    struct Piece: ExpressibleByStringInterpolation {
        let bytes: [UInt8]

        init(stringLiteral value: String) { bytes = Array(value.utf8) }
        init(stringInterpolation: Interpolation) { bytes = stringInterpolation.bytes }
    }

    struct Interpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 8 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) { bytes += literal.utf8 }
        mutating func appendInterpolation(_ markup: String) { bytes += markup.utf8 }
        mutating func appendInterpolation(_ value: Int) { bytes += String(value).utf8 }
        mutating func appendInterpolation(escaped text: String) { bytes += HTMLText.escape(text).utf8 }

        mutating func appendInterpolation(number value: Double) {
            let tenths = Int((value * 10).rounded())
            if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
            let magnitude = tenths.magnitude
            appendDigits(magnitude / 10)
            if magnitude % 10 != 0 {
                bytes.append(UInt8(ascii: "."))
                bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            }
        }

        private mutating func appendDigits(_ value: UInt) {
            if value >= 10 { appendDigits(value / 10) }
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
    }
}
