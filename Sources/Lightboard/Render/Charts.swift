/// Inline SVG charts. Every text inside is escaped here (it is printed with
/// triple braces); the figures are always also in a table on the same page.
/// Presentation uses classes from style.css, never inline styles (CSP).
enum Charts {
    struct Bar: Sendable {
        var label: String
        var value: Fraction
        var valueText: String
    }

    /// One bar per row, label above the bar, value at its end; negative values extend left of zero.
    static func horizontalBars(_ bars: [Bar], id: String, title: String, description: String) -> String {
        let width = 400.0, valueSpace = 52.0, rowHeight = 30.0, top = 4.0
        let values = bars.map { double($0.value) }
        let low = min(0, values.min() ?? 0), high = max(0, values.max() ?? 0)
        let span = high - low > 0 ? high - low : 1
        let plotWidth = width - valueSpace - (low < 0 ? valueSpace : 0)
        let left = low < 0 ? valueSpace : 0
        func x(_ value: Double) -> Double { left + (value - low) / span * plotWidth }
        let height = top + rowHeight * Double(bars.count) + 4
        var svg = open(id: id, width: width, height: height, title: title, description: description)
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let start = min(x(0), x(values[index])), end = max(x(0), x(values[index]))
            let negative = values[index] < 0
            svg += "<text class=\"chart-label\" x=\"\(number: left)\" y=\"\(number: y + 11)\">\(escaped: bar.label)</text>"
            svg += "<rect class=\"chart-bar\(negative ? " chart-bar-negative" : "")\" x=\"\(number: start)\" y=\"\(number: y + 15)\" width=\"\(number: max(end - start, 1))\" height=\"11\"/>"
            let valueX = negative ? start - 4 : end + 4
            svg += "<text class=\"chart-value\" x=\"\(number: valueX)\" y=\"\(number: y + 25)\"\(negative ? " text-anchor=\"end\"" : "")>\(escaped: bar.valueText)</text>"
        }
        if low < 0 {
            svg += "<line class=\"chart-axis\" x1=\"\(number: x(0))\" y1=\"\(number: top)\" x2=\"\(number: x(0))\" y2=\"\(number: height - 4)\"/>"
        }
        svg += "</svg>"
        return svg.text
    }

    private static func open(id: String, width: Double, height: Double, title: String, description: String) -> SVGMarkup {
        var svg = SVGMarkup()
        svg += "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
        svg += " viewBox=\"0 0 \(number: width) \(number: height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-title\">\(escaped: title)</title><desc id=\"\(id)-desc\">\(escaped: description)</desc>"
        return svg
    }

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
