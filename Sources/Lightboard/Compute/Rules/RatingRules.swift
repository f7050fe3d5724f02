// What one post counts as (contract §3, §7, §8): the as-of cut-off, the light,
// settlement and satisfaction. Everything is exact: counts are integers, rates
// and scores are `Fraction`s. Working days are in WorkingDays.swift, rates in
// Rates.swift, the score in Score.swift, every ordering in Orderings.swift.

/// The light of an assessed, accepted post.
public enum Light: Hashable, Sendable {
    case green, yellow, gray, red
}

/// What one post counts as, as of the period's cut-off.
public struct PostStatus: Hashable, Sendable {
    /// `accepted_at` present and on or before the as-of day.
    public var isAccepted: Bool
    /// `replied_at` present and on or before the as-of day (independent of acceptance).
    public var isReplied: Bool
    /// nil for a post that is not accepted (and for posts of channels that are not assessed).
    public var light: Light?
    /// An accepted post whose `settled_at` counts (a settled post that was not accepted
    /// is not counted as settled, contract §7).
    public var isSettled = false
    /// The first limit of `assessment.settle_within` that the settlement's working days are within
    /// (the limits are ascending, so every later one too); the number of limits when none is.
    public var settledWithinFrom = 0
    /// Whether the post has a rating, and whether its mean rating reaches `satisfied_from` (contract §8).
    public var isRated = false
    public var isSatisfied = false
}

/// The rules that classify a period's posts.
public struct RatingRules: Sendable {
    /// The status of every post is taken as of the end of this day (site time zone).
    public let asOf: Day
    /// Inclusive working-day limits of a green and a yellow light.
    public let greenLimit: Int
    public let yellowLimit: Int
    /// Inclusive working-day limits of settlement reported, ascending.
    public let settleWithin: [Int]
    /// `satisfied_from` as numerator / denominator: mean >= from  <=>  sum x denominator >= numerator x count.
    private let satisfiedFrom: (numerator: Int, denominator: Int)
    private let dimensions: Int
    public let workingDays: WorkingDayCounter

    public init(assessment: AssessmentRules, satisfaction: SatisfactionSettings?, quarter: PeriodInfo, calendar: WorkingCalendar) {
        asOf = quarter.asOf
        greenLimit = assessment.greenLimit
        yellowLimit = assessment.yellowLimit
        settleWithin = assessment.settleWithin
        let from = satisfaction?.satisfiedFrom ?? SatisfactionSettings.defaultSatisfiedFrom
        satisfiedFrom = (Int(from.numerator), Int(from.denominator))
        dimensions = satisfaction?.dimensions.count ?? 0
        // as_of is never before the quarter's last day, but the table must cover
        // every posting day of the quarter either way.
        workingDays = WorkingDayCounter(calendar: calendar, from: quarter.id.firstDay,
                                        through: max(quarter.asOf, quarter.id.lastDay))
    }

    /// The as-of cut-off: a timestamp counts only if its site-time-zone date is on or before as_of.
    public func counts(_ timestamp: Timestamp?) -> Bool {
        guard let timestamp else { return false }
        return timestamp.localDay <= asOf
    }

    /// Working days D with posting date < D <= reply date; a reply on the posting day is 0.
    public func elapsedWorkingDays(postedOn: Day, repliedOn: Day) -> Int {
        workingDays.workingDays(after: postedOn, through: repliedOn)
    }

    /// How long a red post has waited: working days D with posting date < D <= as_of.
    public func workingDaysWaiting(postedOn: Day) -> Int {
        workingDays.workingDays(after: postedOn, through: asOf)
    }

    /// The light of an accepted post: green if replied within `greenLimit` working
    /// days, yellow within `yellowLimit`, gray if replied later, red if not replied.
    public func light(postedOn: Day, repliedOn: Day?) -> Light {
        guard let repliedOn else { return .red }
        let elapsed = elapsedWorkingDays(postedOn: postedOn, repliedOn: repliedOn)
        if elapsed <= greenLimit { return .green }
        if elapsed <= yellowLimit { return .yellow }
        return .gray
    }

    /// Acceptance, reply, light, settlement and satisfaction of a post. Only assessed, accepted posts get a light.
    public func status(of post: Post, isAssessed: Bool) -> PostStatus {
        let isAccepted = counts(post.acceptedAt)
        let isReplied = counts(post.repliedAt)
        let light = isAssessed && isAccepted
            ? self.light(postedOn: post.postedAt.localDay, repliedOn: isReplied ? post.repliedAt?.localDay : nil)
            : nil
        var status = PostStatus(isAccepted: isAccepted, isReplied: isReplied, light: light)
        if isAccepted, counts(post.settledAt), let settledOn = post.settledAt?.localDay {
            let days = elapsedWorkingDays(postedOn: post.postedAt.localDay, repliedOn: settledOn)
            status.isSettled = true
            status.settledWithinFrom = settleWithin.firstIndex { days <= $0 } ?? settleWithin.count
        }
        if !post.ratings.isEmpty {
            var sum = 0, count = 0
            for index in 0..<dimensions {
                if let stars = post.ratings[index] { sum += stars; count += 1 }
            }
            status.isRated = true
            status.isSatisfied = isSatisfied(starSum: sum, ratings: count)
        }
        return status
    }

    /// A rated post is satisfied when the exact mean of its ratings is at least `satisfied_from`.
    public func isSatisfied(starSum: Int, ratings: Int) -> Bool {
        starSum * satisfiedFrom.denominator >= satisfiedFrom.numerator * ratings
    }
}

extension Tally {
    /// Counts one post with its status.
    mutating func add(_ status: PostStatus) {
        posts += 1
        if status.isAccepted { accepted += 1 }
        if status.isReplied { replied += 1 }
        if let light = status.light { lights.add(light) }
        if status.isSettled {
            settled += 1
            for index in min(status.settledWithinFrom, settledWithin.count)..<settledWithin.count { settledWithin[index] += 1 }
        }
        if status.isRated {
            rated += 1
            if status.isSatisfied { satisfied += 1 }
        }
    }
}

extension LightCounts {
    mutating func add(_ light: Light) {
        switch light {
        case .green: green += 1
        case .yellow: yellow += 1
        case .gray: gray += 1
        case .red: red += 1
        }
    }
}
