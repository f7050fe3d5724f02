/// Numbers as text, for the pages and the open data alike. Pure integer
/// arithmetic on exact values: never the machine's locale, never a Double.
public enum NumberText {
    /// A rate in percent rounded half up to one decimal: `72.4`, `0.0`, `100.0`; nil stays nil.
    public static func rate(_ rate: Fraction?) -> String? {
        rate.map { decimal(scaled: $0.roundedHalfUp(decimals: 1), decimals: 1) }
    }

    /// Points (bonus, penalty, score) rounded half up to two decimals, written with
    /// at most two decimals and at least one: `74.23`, `1.5`, `0.0`, `-3.25`.
    public static func points(_ points: Fraction) -> String {
        let hundredths = points.roundedHalfUp(decimals: 2)
        return hundredths % 10 == 0 ? decimal(scaled: hundredths / 10, decimals: 1) : decimal(scaled: hundredths, decimals: 2)
    }

    /// A value as written in site.yml (a threshold): `92`, `92.5`, `-0.25`, with as many decimals as it
    /// needs (a value with no finite decimal form, which a decimal in YAML cannot be, is cut at six).
    public static func exact(_ value: Fraction) -> String {
        for decimals in 0...6 {
            let scaled = value * Fraction(10.power(decimals))
            if scaled.denominator == 1 {
                return decimals == 0 ? String(scaled.numerator) : decimal(scaled: Int(scaled.numerator), decimals: decimals)
            }
        }
        return decimal(scaled: value.roundedHalfUp(decimals: 6), decimals: 6)
    }

    /// An integer with a comma every three digits: `20,180`, `-1,234`, `7`.
    public static func grouped(_ value: Int) -> String {
        (value < 0 ? "-" : "") + groupedDigits(value.magnitude)
    }

    /// The digits of `magnitude` with a comma every three; the caller writes the sign
    /// (pages use a typographic minus, see `Formatting.integer`).
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
    static func decimal(scaled: Int, decimals: Int) -> String {
        let unit = 10.power(decimals)
        let fraction = String(zeroPadded: scaled.magnitude % UInt(unit), width: decimals)
        return (scaled < 0 ? "-" : "") + String(scaled.magnitude / UInt(unit)) + "." + fraction
    }
}
