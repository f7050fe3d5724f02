// Rates (contract §3, §7, §8): percentages from exact counts, null for a zero denominator.

extension Tally {
    /// The exact rate in percent, or nil when its denominator is zero.
    /// Acceptance and reply rates are over posts; light, settle and settled-within
    /// rates over accepted posts; the satisfaction rate over rated posts.
    public func rate(_ kind: RateKind) -> Fraction? {
        let (count, total): (Int, Int)
        switch kind {
        case .acceptanceRate: (count, total) = (accepted, posts)
        case .replyRate: (count, total) = (replied, posts)
        case .greenRate: (count, total) = (lights.green, accepted)
        case .yellowRate: (count, total) = (lights.yellow, accepted)
        case .grayRate: (count, total) = (lights.gray, accepted)
        case .redRate: (count, total) = (lights.red, accepted)
        case .settleRate: (count, total) = (settled, accepted)
        case .satisfactionRate: (count, total) = (satisfied, rated)
        }
        return Self.percent(count, of: total)
    }

    /// Settled within the limit at `index` of `assessment.settle_within`, over accepted posts
    /// (not over settled ones: a slow unit cannot look fast by settling few posts).
    public func settledWithinRate(_ index: Int) -> Fraction? { Self.percent(settledWithin[index], of: accepted) }

    /// All-green: at least one accepted post and every accepted post green.
    public var isAllGreen: Bool { accepted >= 1 && lights.green == accepted }
    /// No-red: at least one accepted post and none red.
    public var hasNoRed: Bool { accepted >= 1 && lights.red == 0 }

    static func percent(_ count: Int, of total: Int) -> Fraction? {
        Fraction.ratio(count, total).map { $0 * Fraction(100) }
    }
}

extension CategoryCount {
    /// The category's share of the period's assessed posts, in percent; nil without assessed posts.
    public func share(ofAssessed assessedPosts: Int) -> Fraction? { Tally.percent(posts, of: assessedPosts) }
}

extension RankingMeasure {
    /// The exact value a ranking orders by; nil for a rate with a zero denominator.
    public func value(of tally: Tally) -> Fraction? {
        switch self {
        case .posts: Fraction(tally.posts)
        case .accepted: Fraction(tally.accepted)
        case .replied: Fraction(tally.replied)
        case .green: Fraction(tally.lights.green)
        case .settled: Fraction(tally.settled)
        case .satisfied: Fraction(tally.satisfied)
        case .rate(let kind): tally.rate(kind)
        }
    }

    /// Counts are exported as integers, rates rounded to one decimal.
    public var isRate: Bool {
        if case .rate = self { return true }
        return false
    }
}

extension DimensionFigures {
    /// The exact mean of the dimension's ratings; nil when none (contract §8).
    public var mean: Fraction? {
        let total = stars.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return Fraction.ratio(total, rated)
    }

    /// Each star count's share of the dimension's ratings in percent, one star first; nil when none.
    public var starShares: [Fraction?] {
        stars.map { Tally.percent($0, of: rated) }
    }
}
