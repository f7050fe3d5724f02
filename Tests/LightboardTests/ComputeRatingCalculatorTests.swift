import XCTest
@testable import Lightboard

final class ComputeRatingCalculatorTests: XCTestCase {
    private typealias F = ComputeFixtures

    /// psb all green, housing one red, commerce nothing accepted, drc no posts but two complex issues.
    private let registry = F.registry([("psb", "公安局"), ("housing", "住建局"), ("commerce", "商务局"), ("drc", "发改委")])
    private let posts = [
        F.post("a", department: 0, replied: "2024-07-01"),
        F.post("b", department: 0, replied: "2024-07-02"),
        F.post("c", department: 1, replied: nil),
        F.post("d", department: 2, accepted: nil, replied: nil),
    ]

    private func result(adjustments: [Adjustment] = [], issueLeads: [String] = ["drc", "psb", "drc"]) -> PeriodResult {
        let quarter = F.quarterContent(F.q3, adjustments: adjustments, issueLeads: issueLeads)
        let site = RatingCalculator.compute(content: F.content([quarter], registry: registry),
                                            accumulators: [F.accumulate(posts, registry: registry)])
        return site.quarters[0]
    }

    private func scores(_ result: PeriodResult) -> [String] { result.league.map { "\($0.department.id) \($0.score)" } }

    func testLeagueScoresCountComplexIssuesAndLeaveOutDepartmentsWithoutPosts() {
        XCTAssertEqual(scores(result()), ["psb 101", "housing 20", "commerce 0"])
    }

    func testAdjustmentsAreSummedPerDepartment() {
        let adjustments = [F.adjustment("housing", .bonus, "2"), F.adjustment("housing", .penalty, "0.5"),
                           F.adjustment("housing", .penalty, "0.25")]
        let housing = result(adjustments: adjustments).league[1]
        XCTAssertEqual([housing.bonus, housing.penalty, housing.score], [Fraction(2), Fraction(3, 4), Fraction(85, 4)])
    }

    func testPointsOfADepartmentOutsideTheLeagueHaveNoEffect() {
        XCTAssertEqual(scores(result(adjustments: [F.adjustment("drc", .bonus, "500")])), scores(result()))
    }

    func testComplexIssueLeadersIncludeLeadsOutsideTheLeague() {
        XCTAssertEqual(result().complexIssueLeaders.map(\.department.id), ["drc", "psb"])
    }

    func testHeadlineFigures() {
        XCTAssertEqual(result().headline, HeadlineFigures(
            assessed: Tally(posts: 4, accepted: 3, replied: 2, lights: LightCounts(green: 2, red: 1), settledWithin: [0, 0]),
            departments: 3, departmentsAllGreen: 1, departmentsNoRed: 1, complexIssues: 3))
    }

    func testListsAndRedPosts() {
        let result = result()
        XCTAssertEqual(result.greenList.map(\.department.id), ["psb"])
        XCTAssertEqual(result.topRed.map(\.department.id), ["housing"])
        XCTAssertEqual(result.redPosts.mapValues { $0.map(\.id) }, ["housing": ["c"]])
    }

    func testChannelsAndCategoriesListEveryEntry() {
        let result = result()
        XCTAssertEqual(result.channels.map { "\($0.channel.id) \($0.tally.posts)" }, ["board 4", "mailbox 0"])
        XCTAssertEqual(result.categories.map { "\($0.category.id) \($0.posts)" }, ["inquiry 4", "complaint 0", "suggestion 0"])
    }

    func testRedPostsOfADepartmentAreOldestFirstThenById() {
        let red = [F.post("z", department: 1, posted: "2024-07-02", replied: nil),
                   F.post("y", department: 1, posted: "2024-07-03", replied: nil),
                   F.post("x", department: 1, posted: "2024-07-02", replied: nil)]
        let quarter = F.quarterContent(F.q3)
        let result = RatingCalculator.periodResult(quarter, accumulator: F.accumulate(red), content: F.content([quarter]))
        XCTAssertEqual(result.redPosts["housing"]?.map(\.id), ["x", "z", "y"])
    }

    // MARK: - Quarter over quarter

    private func site(_ quarters: [(id: String, asOf: String, allGreen: Int)]) -> ComputedSite {
        let contents = quarters.map { F.quarterContent(F.quarter($0.id, asOf: $0.asOf)) }
        let accumulators = zip(quarters, contents).map { entry, content in
            F.accumulate((0..<entry.allGreen).map { F.post(department: $0, posted: content.info.id.firstDay.description,
                                                             accepted: content.info.id.firstDay.description,
                                                             replied: content.info.id.firstDay.description) },
                         quarter: content.info)
        }
        return RatingCalculator.compute(content: F.content(contents), accumulators: accumulators.reversed())
    }

    func testChangeAcrossAYearBoundary() {
        let site = site([("2024-Q4", "2024-12-31", 1), ("2025-Q1", "2025-03-31", 3)])
        XCTAssertEqual(site.quarters.map(\.departmentsAllGreenChange), [nil, 2])
        XCTAssertEqual(site.quarters.map(\.departmentsNoRedChange), [nil, 2])
    }

    func testNoChangeWhenThePreviousCalendarQuarterIsMissing() {
        let site = site([("2024-Q2", "2024-06-30", 2), ("2024-Q4", "2024-12-31", 1)])
        XCTAssertEqual(site.quarters.map(\.id.description), ["2024-Q2", "2024-Q4"])
        XCTAssertNil(site.quarters[1].previousHeadline)
    }

    func testLinkingOrdersQuartersOldestFirst() {
        let site = site([("2024-Q3", "2024-10-15", 1), ("2024-Q4", "2024-12-31", 2)])
        let linked = RatingCalculator.linkingPreviousPeriods(site.quarters.reversed())
        XCTAssertEqual(linked.map(\.id.description), ["2024-Q3", "2024-Q4"])
        XCTAssertEqual(linked[1].previousHeadline, site.quarters[0].headline)
    }
}
