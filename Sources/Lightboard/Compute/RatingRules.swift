// The computation rules of the contract (section 3) in one place: the as-of
// cut-off, elapsed working days, the light of a post and the department score.
// Everything is exact: counts are integers, rates and scores are `Fraction`s.

/// The light of an assessed, accepted post.
public enum Light: Hashable, Sendable {
    case green, yellow, gray, red
}

/// What one post counts as, as of the quarter's cut-off.
public struct PostStatus: Hashable, Sendable {
    /// `accepted_at` present and on or before the as-of day.
    public var isAccepted: Bool
    /// `replied_at` present and on or before the as-of day (independent of acceptance).
    public var isReplied: Bool
    /// nil for a post that is not accepted (and for posts of channels that are not assessed).
    public var light: Light?
}

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

/// The rules that classify a quarter's posts.
public struct RatingRules: Sendable {
    /// The status of every post is taken as of the end of this day (site time zone).
    public let asOf: Day
    /// Inclusive working-day limits of a green and a yellow light.
    public let greenLimit: Int
    public let yellowLimit: Int
    public let workingDays: WorkingDayCounter

    public init(assessment: AssessmentRules, quarter: PeriodInfo, calendar: WorkingCalendar) {
        asOf = quarter.asOf
        greenLimit = assessment.greenLimit
        yellowLimit = assessment.yellowLimit
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

    /// Acceptance, reply and light of a post. Only assessed, accepted posts get a light.
    public func status(of post: Post, isAssessed: Bool) -> PostStatus {
        let isAccepted = counts(post.acceptedAt)
        let isReplied = counts(post.repliedAt)
        let light = isAssessed && isAccepted
            ? self.light(postedOn: post.postedAt.localDay, repliedOn: isReplied ? post.repliedAt?.localDay : nil)
            : nil
        return PostStatus(isAccepted: isAccepted, isReplied: isReplied, light: light)
    }

    /// Department score = sum over weights of weight x rate/100 (exact rates over the
    /// department's assessed posts; a null rate counts 0) + bonus - penalty
    /// + complex_issue_points x complex issues led.
    public static func score(tally: Tally, assessment: AssessmentRules, bonus: Fraction, penalty: Fraction,
                             complexIssues: Int) -> Fraction {
        let hundredth = Fraction(1, 100)
        var score = Fraction.zero
        for weight in assessment.weights {
            score = score + weight.weight * (tally.rate(weight.rate) ?? .zero) * hundredth
        }
        return score + bonus - penalty + assessment.complexIssuePoints * Fraction(complexIssues)
    }
}

extension Tally {
    /// Counts one post with its status.
    mutating func add(_ status: PostStatus) {
        posts += 1
        if status.isAccepted { accepted += 1 }
        if status.isReplied { replied += 1 }
        if let light = status.light { lights.add(light) }
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
