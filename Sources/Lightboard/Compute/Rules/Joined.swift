// Platform sign-up (入驻, contract §10).

extension JoinedFigures {
    /// `total`: departments joined on or before the period's as-of day; `inPeriod`: those
    /// who joined within the period's dates, in registry order.
    public init(departments: [Department], period: PeriodInfo) {
        total = departments.count { $0.joined.map { $0 <= period.asOf } ?? false }
        inPeriod = departments.filter { $0.joined.map(period.id.contains) ?? false }
    }
}
