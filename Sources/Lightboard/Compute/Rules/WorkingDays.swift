// Working days (contract §2 calendar, §3 elapsed working days).

/// Counts working days between two dates in O(1) with a prefix-sum table built once
/// per quarter over its date span (first posting day through the as-of day).
public struct WorkingDayCounter: Sendable {
    public let firstDay: Day
    public let lastDay: Day
    /// `workingDaysThrough[i]`: working days among `firstDay ... firstDay + i`.
    private let workingDaysThrough: [Int32]

    public init(calendar: WorkingCalendar, from firstDay: Day, through lastDay: Day) {
        precondition(firstDay <= lastDay, "empty working-day span \(firstDay)...\(lastDay)")
        self.firstDay = firstDay
        self.lastDay = lastDay
        var table: [Int32] = []
        table.reserveCapacity(lastDay.ordinal - firstDay.ordinal + 1)
        var running: Int32 = 0
        for ordinal in firstDay.ordinal...lastDay.ordinal {
            if calendar.isWorkingDay(Day(ordinal: ordinal)) { running += 1 }
            table.append(running)
        }
        workingDaysThrough = table
    }

    /// The number of working days D with `start < D <= end` (0 when `end <= start`).
    public func workingDays(after start: Day, through end: Day) -> Int {
        guard start < end else { return 0 }
        precondition(start >= firstDay && end <= lastDay, "\(start)...\(end) outside the table \(firstDay)...\(lastDay)")
        return Int(workingDaysThrough[end.ordinal - firstDay.ordinal] - workingDaysThrough[start.ordinal - firstDay.ordinal])
    }
}
