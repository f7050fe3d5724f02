/// The working-day calendar built from calendar/YYYY.yml files.
///
/// Monday to Friday are working days unless listed in `holidays`; Saturday and
/// Sunday are not, unless listed in `workdays`.
public struct WorkingCalendar: Sendable {
    public var years: Set<Int>
    public var holidays: Set<Day>
    public var workdays: Set<Day>

    public init(years: Set<Int> = [], holidays: Set<Day> = [], workdays: Set<Day> = []) {
        self.years = years
        self.holidays = holidays
        self.workdays = workdays
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        day.isWeekend ? workdays.contains(day) : !holidays.contains(day)
    }
}
