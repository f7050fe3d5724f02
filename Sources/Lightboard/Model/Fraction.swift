/// An exact rational number. Scores, rates, weights and points are computed
/// as fractions so that ties are exact and rounding never goes through a binary
/// floating-point value that could land on the wrong side of .x5.
///
/// The denominator is always positive and the fraction is kept in lowest terms.
/// 128-bit integers are ample: a score's denominator is at most
/// 100 x (weight scale) x posts x accepted, and comparisons multiply at full width.
public struct Fraction: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int128
    public let denominator: Int128

    public static let zero = Fraction(0)

    public init(_ integer: Int) {
        numerator = Int128(integer)
        denominator = 1
    }

    public init(_ numerator: Int128, _ denominator: Int128) {
        precondition(denominator != 0, "fraction with zero denominator")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let divisor = Fraction.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int128(divisor)
        self.denominator = sign * denominator / Int128(divisor)
    }

    /// `count / total`, or nil when `total` is 0 (a rate with no denominator).
    public static func ratio(_ count: Int, _ total: Int) -> Fraction? {
        total == 0 ? nil : Fraction(Int128(count), Int128(total))
    }

    /// Parses a plain decimal: `12`, `-0.5`, `+1.25`, `.5` (at most 18 decimals).
    public init?(decimal text: String) {
        var bytes = Substring(text.trimmingSpaces).utf8[...]
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var numerator: Int128 = 0
        var denominator: Int128 = 1
        var seenPoint = false, seenDigit = false, decimals = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= 48, byte <= 57 {
                seenDigit = true
                guard numerator < Int128(10).power(30) else { return nil }
                numerator = numerator * 10 + Int128(byte - 48)
                if seenPoint {
                    decimals += 1
                    guard decimals <= 18 else { return nil }
                    denominator *= 10
                }
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        self.init(negative ? -numerator : numerator, denominator)
    }

    public var isNegative: Bool { numerator < 0 }
    public var isPositive: Bool { numerator > 0 }

    public static func + (lhs: Fraction, rhs: Fraction) -> Fraction {
        let divisor = Int128(gcd(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let left = lhs.denominator / divisor, right = rhs.denominator / divisor
        return Fraction(lhs.numerator * right + rhs.numerator * left, lhs.denominator * right)
    }

    public static prefix func - (value: Fraction) -> Fraction {
        Fraction(-value.numerator, value.denominator)
    }

    public static func - (lhs: Fraction, rhs: Fraction) -> Fraction { lhs + (-rhs) }

    public static func * (lhs: Fraction, rhs: Fraction) -> Fraction {
        // Cross-reduce first to keep the intermediates small.
        let a = Int128(gcd(lhs.numerator.magnitude, rhs.denominator.magnitude))
        let b = Int128(gcd(rhs.numerator.magnitude, lhs.denominator.magnitude))
        return Fraction((lhs.numerator / a) * (rhs.numerator / b),
                        (lhs.denominator / b) * (rhs.denominator / a))
    }

    public static func < (lhs: Fraction, rhs: Fraction) -> Bool {
        // a/b < c/d  <=>  a*d < c*b (b, d > 0), compared at 256-bit width.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    /// The value times 10^decimals, rounded half up (ties away from zero, also for
    /// negative values) from the exact fraction: 9/80 % at one decimal is 11.25 -> 113 tenths.
    public func roundedHalfUp(decimals: Int) -> Int {
        let scaled = numerator.magnitude * UInt128(10).power(decimals)
        let denominator = self.denominator.magnitude
        let rounded = (2 * scaled + denominator) / (2 * denominator)
        return numerator < 0 ? -Int(rounded) : Int(rounded)
    }

    /// `numerator/denominator`, for messages and debugging.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}

extension FixedWidthInteger {
    func power(_ exponent: Int) -> Self {
        var result: Self = 1
        for _ in 0..<exponent { result *= self }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
