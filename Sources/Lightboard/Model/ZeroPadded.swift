extension String {
    /// `value` written in `radix` with leading zeros up to `width` digits:
    /// `String(zeroPadded: 7, width: 2)` is `07`. Longer values are not cut.
    init(zeroPadded value: some BinaryInteger, width: Int, radix: Int = 10) {
        let digits = String(value, radix: radix)
        self = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
