// Changes against earlier periods: period over period (contract §3, §5) and year over year (§6).
// Months and quarters are never compared with each other: `PeriodID.previous` and
// `yearEarlier` stay within the period's kind.

extension PeriodResult {
    /// This period's all-green count minus the previous period's; nil without a previous period.
    public var departmentsAllGreenChange: Int? {
        HeadlineChange.count(headline.departmentsAllGreen, previous: previousHeadline?.departmentsAllGreen)
    }

    public var departmentsNoRedChange: Int? {
        HeadlineChange.count(headline.departmentsNoRed, previous: previousHeadline?.departmentsNoRed)
    }

    /// Against the same period one year earlier, over assessed posts; nil when that period is not in the content.
    public var yearOverYear: YearOverYear? {
        guard let earlier = yearEarlierHeadline, let period = id.yearEarlier else { return nil }
        let now = headline.assessed, then = earlier.assessed
        return YearOverYear(
            period: period,
            posts: CountChange(now.posts, previous: then.posts),
            accepted: CountChange(now.accepted, previous: then.accepted),
            replied: CountChange(now.replied, previous: then.replied),
            acceptanceRate: RateChange(now.rate(.acceptanceRate), previous: then.rate(.acceptanceRate)),
            replyRate: RateChange(now.rate(.replyRate), previous: then.rate(.replyRate)),
            greenRate: RateChange(now.rate(.greenRate), previous: then.rate(.greenRate)))
    }
}

/// The change beside each headline figure of a report, against the previous period; of the counts,
/// summary.json publishes the two department counts' changes above.
public enum HeadlineChange {
    /// A count: this minus the previous period's; nil without a previous period.
    public static func count(_ current: Int, previous: Int?) -> Int? {
        previous.map { current - $0 }
    }

    /// A rate, in tenths of a percentage point: the difference of the two one-decimal values the page
    /// shows, so that a reader can check it against the page; nil when either rate is nil.
    public static func rate(_ current: Fraction?, previous: Fraction?) -> Int? {
        guard let current, let previous else { return nil }
        return current.roundedHalfUp(decimals: 1) - previous.roundedHalfUp(decimals: 1)
    }
}

/// `year_over_year` of summary.json.
public struct YearOverYear: Hashable, Sendable {
    public var period: PeriodID
    public var posts, accepted, replied: CountChange
    public var acceptanceRate, replyRate, greenRate: RateChange
}

/// A count against an earlier period's.
public struct CountChange: Hashable, Sendable {
    public var previous: Int
    /// This minus previous.
    public var change: Int
    /// change / previous x 100, exact; nil when previous is 0.
    public var changePercent: Fraction?

    public init(_ current: Int, previous: Int) {
        self.previous = previous
        change = current - previous
        changePercent = Tally.percent(change, of: previous)
    }
}

/// A rate against an earlier period's, in percentage points.
public struct RateChange: Hashable, Sendable {
    /// The earlier period's exact rate (exported rounded, as everywhere).
    public var previous: Fraction?
    /// The difference of the two exact rates (never of rounded ones); nil when either is nil.
    public var change: Fraction?

    public init(_ current: Fraction?, previous: Fraction?) {
        self.previous = previous
        if let current, let previous { change = current - previous }
    }
}
