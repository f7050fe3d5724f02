/// What a site publishes: quarterly ratings (`quarters/YYYY-QN/`) and monthly reports (`months/YYYY-MM/`).
public enum PeriodKind: Int, Hashable, Comparable, Sendable, CaseIterable {
    case quarter, month

    /// The content folder that holds periods of this kind.
    public var folder: String { self == .quarter ? "quarters" : "months" }
    /// The settings file of a period folder.
    public var infoFile: String { self == .quarter ? "quarter.yml" : "month.yml" }
    /// The key naming the period in summary.json.
    public var summaryKey: String { self == .quarter ? "quarter" : "month" }
    /// How the folder name is written, for hints.
    public var folderPattern: String { self == .quarter ? "YYYY-QN, e.g. 2024-Q3" : "YYYY-MM, e.g. 2019-05" }

    public static func < (lhs: PeriodKind, rhs: PeriodKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A calendar quarter such as 2024-Q3 or a calendar month such as 2019-05.
/// Periods compare by kind first (quarters before months), then in time:
/// months and quarters are never compared with each other (contract §5).
public struct PeriodID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: PeriodKind
    public let year: Int
    /// The quarter (1...4) or the month (1...12).
    public let number: Int

    public init?(kind: PeriodKind, year: Int, number: Int) {
        guard (1...(kind == .quarter ? 4 : 12)).contains(number), (1...9999).contains(year) else { return nil }
        self.kind = kind
        self.year = year
        self.number = number
    }

    public init?(year: Int, quarter: Int) { self.init(kind: .quarter, year: year, number: quarter) }

    public init?(year: Int, month: Int) { self.init(kind: .month, year: year, number: month) }

    /// Parses a folder name: `YYYY-QN` (upper-case Q, as the contract writes it) for a quarter, `YYYY-MM` for a month.
    public init?(folderName: String, kind: PeriodKind) {
        let bytes = Array(folderName.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = Day.digits(bytes[0..<4]) else { return nil }
        switch kind {
        case .quarter:
            guard bytes[5] == UInt8(ascii: "Q"), let quarter = Day.digits(bytes[6..<7]) else { return nil }
            self.init(year: year, quarter: quarter)
        case .month:
            guard let month = Day.digits(bytes[5..<7]) else { return nil }
            self.init(year: year, month: month)
        }
    }

    /// Parses either form, as a command-line argument names a period: `2024-Q3` (or `2024-q3`) or `2019-05`.
    public init?(_ text: String) {
        guard let id = PeriodID(folderName: text.uppercased(), kind: .quarter) ?? PeriodID(folderName: text, kind: .month) else { return nil }
        self = id
    }

    /// `2024-Q3`, `2019-05`: the folder name.
    public var description: String {
        let year = String(zeroPadded: self.year, width: 4)
        return kind == .quarter ? "\(year)-Q\(number)" : "\(year)-\(String(zeroPadded: number, width: 2))"
    }

    /// Lower-case id used in URLs and data paths: `2024-q3`, `2019-05`.
    public var slug: String { kind == .quarter ? description.lowercased() : description }

    /// The first and the last month of the period.
    private var months: ClosedRange<Int> { kind == .quarter ? (number * 3 - 2)...(number * 3) : number...number }

    public var firstDay: Day { Day(year: year, month: months.lowerBound, day: 1)! }

    public var lastDay: Day {
        let month = months.upperBound
        return Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))!
    }

    public var days: ClosedRange<Day> { firstDay...lastDay }

    public func contains(_ day: Day) -> Bool { day >= firstDay && day <= lastDay }

    /// The period of the same kind immediately before (2025-Q1 -> 2024-Q4, 2019-01 -> 2018-12).
    public var previous: PeriodID? {
        number == 1 ? PeriodID(kind: kind, year: year - 1, number: kind == .quarter ? 4 : 12)
            : PeriodID(kind: kind, year: year, number: number - 1)
    }

    /// The same period one year earlier (2024-Q3 -> 2023-Q3, 2019-05 -> 2018-05).
    public var yearEarlier: PeriodID? { PeriodID(kind: kind, year: year - 1, number: number) }

    public static func < (lhs: PeriodID, rhs: PeriodID) -> Bool {
        (lhs.kind, lhs.year, lhs.number) < (rhs.kind, rhs.year, rhs.number)
    }
}
