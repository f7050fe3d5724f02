/// A calendar quarter such as 2024-Q3.
public struct QuarterID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let quarter: Int  // 1...4

    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), (1...9999).contains(year) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Parses the folder name `YYYY-QN` (upper-case Q, as the contract writes it).
    public init?(folderName: String) {
        let bytes = Array(folderName.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"),
              let year = Day.digits(bytes[0..<4]), let quarter = Day.digits(bytes[6..<7])
        else { return nil }
        self.init(year: year, quarter: quarter)
    }

    /// `2024-Q3`.
    public var description: String { "\(String(zeroPadded: year, width: 4))-Q\(quarter)" }

    /// Lower-case id used in URLs and data paths: `2024-q3`.
    public var slug: String { "\(String(zeroPadded: year, width: 4))-q\(quarter)" }

    public var firstDay: Day { Day(year: year, month: quarter * 3 - 2, day: 1)! }

    public var lastDay: Day {
        let month = quarter * 3
        return Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))!
    }

    public func contains(_ day: Day) -> Bool { day >= firstDay && day <= lastDay }

    /// The calendar quarter immediately before (2025-Q1 -> 2024-Q4).
    public var previous: QuarterID? {
        quarter == 1 ? QuarterID(year: year - 1, quarter: 4) : QuarterID(year: year, quarter: quarter - 1)
    }

    public static func < (lhs: QuarterID, rhs: QuarterID) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }
}
