/// Numbers as text, for the pages and the open data alike: the one number formatter.
/// Pure integer arithmetic on exact values: never the machine's locale, never a Double.
/// The open data writes plain numbers (`-1234.5`); pages group digits and use a
/// typographic minus (`−1,234.5`, `Formatting`).
public enum NumberText {
    public enum Style: Sendable {
        /// JSON and CSV: ASCII hyphen-minus, no digit grouping.
        case data
        /// Pages: a typographic minus and a comma every three digits.
        case page

        var minus: String { self == .data ? "-" : "\u{2212}" }
    }

    /// A rate in percent rounded half up to one decimal: `72.4`, `0.0`, `100.0`; nil stays nil.
    public static func rate(_ rate: Fraction?, style: Style = .data) -> String? {
        rate.map { decimal(scaled: $0.roundedHalfUp(decimals: 1), decimals: 1, style: style) }
    }

    /// Points (bonus, penalty, score) and means rounded half up to two decimals, written with
    /// at most two decimals and at least one: `74.23`, `1.5`, `0.0`, `-3.25`.
    public static func points(_ points: Fraction) -> String {
        let hundredths = points.roundedHalfUp(decimals: 2)
        return hundredths % 10 == 0 ? decimal(scaled: hundredths / 10, decimals: 1) : decimal(scaled: hundredths, decimals: 2)
    }

    /// A value as written in site.yml (a weight, a threshold): `92`, `92.5`, `-0.25`, with as many
    /// decimals as it needs (a value with no finite decimal form, which a decimal in YAML cannot be, is cut at six).
    /// `minimumDecimals: 1` writes a whole number as the points columns do (`1.0`), so it reads as a number, not a count.
    public static func exact(_ value: Fraction, minimumDecimals: Int = 0, style: Style = .data) -> String {
        let decimals = (minimumDecimals...6).first { (value * Fraction(10.power($0))).denominator == 1 } ?? 6
        return decimal(scaled: value.roundedHalfUp(decimals: decimals), decimals: decimals, style: style)
    }

    /// An integer with a comma every three digits: `20,180`, `-1,234`, `7`.
    public static func grouped(_ value: Int) -> String {
        (value < 0 ? "-" : "") + groupedDigits(value.magnitude)
    }

    /// The digits of `magnitude` with a comma every three.
    static func groupedDigits(_ magnitude: UInt) -> String {
        let digits = String(magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// `scaled / 10^decimals` written with exactly `decimals` decimals (no sign on zero).
    public static func decimal(scaled: Int, decimals: Int, style: Style = .data) -> String {
        let unit = UInt(10.power(decimals))
        let whole = scaled.magnitude / unit
        var text = (scaled < 0 ? style.minus : "") + (style == .page ? groupedDigits(whole) : String(whole))
        if decimals > 0 { text += "." + String(zeroPadded: scaled.magnitude % unit, width: decimals) }
        return text
    }
}
