import Testing
@testable import Lightboard

/// `Rules/PeriodOrder.swift`: the order in which pages list periods, by hand.
struct PeriodOrderTests {
    private typealias F = RenderFixture

    private func published(_ period: PeriodResult, _ day: String) -> PeriodResult {
        var period = period
        period.info.published = F.day(day)
        return period
    }

    @Test func newestFirstByKindReversesTheContentOrder() {
        #expect(Rankings.newestFirstByKind([F.q2, F.q3]).map(\.id.description) == ["2024-Q3", "2024-Q2"])
        // The content's order is the quarters, then the months: each kind newest first, the months first.
        #expect(Rankings.newestFirstByKind([F.q2, F.q3, F.april, F.may]).map(\.id.description) == ["2019-05", "2019-04", "2024-Q3", "2024-Q2"])
        #expect(Rankings.newestFirstByKind(zip([1, 2, 3], ["a", "b", "c"])).map(\.1) == ["c", "b", "a"])
    }

    @Test func theLatestPeriodIsTheLaterPublishedOfTheLastQuarterAndTheLastMonth() {
        let quarter = published(F.q3, "2024-11-25")
        // The last month, not the quarter with the higher number, decides when it was published later.
        #expect(Rankings.latestPeriod(quarters: [F.q2, quarter], months: [published(F.may, "2024-11-26")])?.id.description == "2019-05")
        #expect(Rankings.latestPeriod(quarters: [F.q2, quarter], months: [published(F.may, "2024-11-24")])?.id.description == "2024-Q3")
        // Published the same day: the quarter.
        #expect(Rankings.latestPeriod(quarters: [quarter], months: [published(F.may, "2024-11-25")])?.id.description == "2024-Q3")
        #expect(Rankings.latestPeriod(quarters: [], months: [F.april, F.may])?.id.description == "2019-05")
        #expect(Rankings.latestPeriod(quarters: [], months: []) == nil)
    }

    @Test func theArchiveYearsAreNewestFirstWithoutRepeats() {
        #expect(Rankings.archiveYears([F.april, F.may, F.q2, F.q3]) == [2024, 2019])
    }

    @Test func feedEntriesAreNewestFirstThenByAddress() {
        let entries = [("2024-08-26", "b"), ("2024-11-25", "z"), ("2024-08-26", "a"), ("2019-06-15", "c")]
        let ordered = Rankings.feedOrder(entries, date: { F.day($0.0) }, address: \.1)
        #expect(ordered.map(\.1) == ["z", "a", "b", "c"])
    }
}
