extension Charts {
    /// How a bar is filled: the brand colour, or a light's colour; red is hatched as well,
    /// so that it differs from green without colour.
    enum BarFill: String, Sendable {
        case plain, green, yellow, gray, red
    }

    struct RowBar: Sendable {
        /// nil when the figure has no value (a rate with a zero denominator): no bar, its text is "—".
        var value: Fraction?
        var valueText: String
        var fill: BarFill
    }

    /// A label on a line of its own, then one bar per line under it.
    struct Row: Sendable {
        var label: String
        var bars: [RowBar]
    }

    /// The scale of a chart: from `low` to `high`, a gridline with its text at each tick.
    struct Scale: Sendable {
        var low: Double
        var high: Double
        var ticks: [(value: Double, text: String)]

        /// 0 to 100 %, a gridline every 25 %.
        static let percent = Scale(low: 0, high: 100, ticks: stride(from: 0.0, through: 100, by: 25).map { ($0, "\(Int($0))%") })

        /// From zero (or below it, for negative values) to the first multiple of `step` that holds every value.
        static func covering(_ values: [Double], step: Double, text: (Double) -> String) -> Scale {
            let low = min(0, ((values.min() ?? 0) / step).rounded(.down) * step)
            let high = max(step, ((values.max() ?? 0) / step).rounded(.up) * step)
            return Scale(low: low, high: high, ticks: stride(from: low, through: high, by: step).map { ($0, text($0)) })
        }
    }

    /// Rows of horizontal bars on one scale, drawn at the width of the page: positions across
    /// are percentages of the chart's width and the text keeps the style sheet's pixel size,
    /// so the chart reads the same on a phone and on a desktop (a scaled drawing shrinks its
    /// text to 11 px on a phone). A bar's value is written after its end, or inside it when
    /// the bar is longer than half the width, so that it always fits; the scale's values are
    /// written above the gridlines.
    static func rows(_ rows: [Row], id: String, title: String, description: String, scale: Scale) -> String {
        let plot = 97.0, ticksHeight = 22.0, labelHeight = 20.0, barHeight = 16.0, barLine = 20.0, rowGap = 8.0
        let span = scale.high - scale.low > 0 ? scale.high - scale.low : 1
        func x(_ value: Double) -> Double { plot * (min(max(value, scale.low), scale.high) - scale.low) / span }
        let labels = rows.map { labelLines($0.label) }
        let height = ticksHeight + zip(rows, labels).reduce(0) { $0 + labelHeight * Double($1.1.count) + barLine * Double($1.0.bars.count) + rowGap }
        var svg = SVGMarkup()
        svg += "<svg class=\"chart chart-rows\" width=\"100%\" height=\"\(number: height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-title\">\(escaped: title)</title><desc id=\"\(id)-desc\">\(escaped: description)</desc>"
        if rows.contains(where: { $0.bars.contains { $0.fill == .red } }) {
            svg += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            svg += "<rect class=\"chart-red\" width=\"6\" height=\"6\"/><line class=\"chart-hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>"
        }
        for (index, tick) in scale.ticks.enumerated() {
            let anchor = index == 0 ? "start" : index == scale.ticks.count - 1 ? "end" : "middle"
            svg += "<line class=\"chart-grid\" x1=\"\(number: x(tick.value))%\" y1=\"\(number: ticksHeight - 4)\" x2=\"\(number: x(tick.value))%\" y2=\"\(number: height)\"/>"
            svg += "<text class=\"chart-value\" x=\"\(number: x(tick.value))%\" y=\"13\" text-anchor=\"\(anchor)\">\(escaped: tick.text)</text>"
        }
        var y = ticksHeight
        for (row, lines) in zip(rows, labels) {
            for line in lines {
                svg += "<text class=\"chart-label\" x=\"0\" y=\"\(number: y + 14)\">\(escaped: line)</text>"
                y += labelHeight
            }
            for bar in row.bars {
                guard let value = bar.value.map(double) else {
                    svg += "<text class=\"chart-value\" x=\"\(number: x(0))%\" y=\"\(number: y + 12)\" dx=\"4\">\(escaped: bar.valueText)</text>"
                    y += barLine
                    continue
                }
                let start = min(x(0), x(value)), end = max(x(0), x(value))
                let fill = bar.fill == .red ? "fill=\"url(#\(id)-hatch)\"" : "class=\"chart-\(bar.fill == .plain ? "bar" : bar.fill.rawValue)\""
                svg += "<rect \(fill) x=\"\(number: start)%\" y=\"\(number: y)\" width=\"\(number: max(end - start, 0.2))%\" height=\"\(number: barHeight)\"/>"
                // After the bar's end, or inside it (in white) when it is long; a negative bar's end is on the left.
                let isInside = end - start > 50
                let anchor = (value < 0) == isInside ? "start" : "end"
                svg += "<text class=\"chart-value\(isInside ? " chart-value-inside" : "")\" x=\"\(number: value < 0 ? start : end)%\" y=\"\(number: y + 12)\" dx=\"\(anchor == "start" ? 4 : -4)\" text-anchor=\"\(anchor)\">\(escaped: bar.valueText)</text>"
                y += barLine
            }
            y += rowGap
        }
        if scale.low < 0 {
            svg += "<line class=\"chart-axis\" x1=\"\(number: x(0))%\" y1=\"\(number: ticksHeight - 4)\" x2=\"\(number: x(0))%\" y2=\"\(number: height)\"/>"
        }
        svg += "</svg>"
        return svg.text
    }

    /// Widest label line, in half-width units (a Chinese character counts two): what fits a
    /// 390 px phone at the large-text mode's 16 px (at 13 px, 51 characters of "3. Ningbo Housing
    /// and Urban-Rural Development Bureau" showed, then the line was cut). SVG text does not wrap by itself.
    static let labelLineWidth = 40

    /// `label` in lines of at most `labelLineWidth` units, broken after a space where there is one.
    static func labelLines(_ label: String) -> [String] {
        func width(_ character: Character) -> Int { character.unicodeScalars.first.map { $0.value >= 0x2E80 ? 2 : 1 } ?? 1 }
        var lines: [String] = [], line = "", lineWidth = 0
        for character in label {
            if lineWidth + width(character) > labelLineWidth, !line.isEmpty {
                if let space = line.lastIndex(of: " "), space > line.startIndex {
                    let rest = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = rest
                } else {
                    lines.append(line)
                    line = ""
                }
                lineWidth = line.reduce(0) { $0 + width($1) }
            }
            line.append(character)
            lineWidth += width(character)
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }
}
