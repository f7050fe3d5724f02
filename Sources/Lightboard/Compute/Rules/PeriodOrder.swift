/// The order in which pages list periods. The content holds them oldest first (the quarters, then the
/// months, each by date), and so do the rows made from them; pages list them newest first.
extension Rankings {
    /// Periods, or rows made from them, in the content's order reversed: each kind newest first, the
    /// months before the quarters (a list of one kind is simply newest first). The archive, the E-Reading
    /// index, a department's periods, adjustments and red posts, the score breakdown, the search index.
    public static func newestFirstByKind<Items: Sequence>(_ items: Items) -> [Items.Element] {
        items.reversed()
    }

    /// The period a reader is sent to first (the home page, `/LANG/latest/`): the later-published of the
    /// last quarter and the last month; the quarter when both were published the same day.
    public static func latestPeriod(quarters: [PeriodResult], months: [PeriodResult]) -> PeriodResult? {
        switch (quarters.last, months.last) {
        case (let quarter?, let month?): month.info.published > quarter.info.published ? month : quarter
        case (let quarter, let month): quarter ?? month
        }
    }

    /// The archive's years (of any period), newest first.
    public static func archiveYears(_ periods: [PeriodResult]) -> [Int] {
        Set(periods.map(\.id.year)).sorted(by: >)
    }

    /// A feed's entries newest first; entries of the same day by address, ascending.
    public static func feedOrder<Entry>(_ entries: [Entry], date: (Entry) -> Day, address: (Entry) -> String) -> [Entry] {
        entries.sorted { (date($0), address($1)) > (date($1), address($0)) }
    }
}
