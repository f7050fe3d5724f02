import XCTest
@testable import Lightboard

final class ComputeRatingRulesTests: XCTestCase {
    private typealias F = ComputeFixtures
    private let rules = F.rules()

    private func elapsed(_ posted: String, _ replied: String) -> Int {
        rules.elapsedWorkingDays(postedOn: F.day(posted), repliedOn: F.day(replied))
    }

    private func light(_ posted: String, _ replied: String?) -> Light {
        rules.light(postedOn: F.day(posted), repliedOn: replied.map(F.day))
    }

    // MARK: - Elapsed working days

    func testReplyOnThePostingDayIsZeroDays() { XCTAssertEqual(elapsed("2024-07-01", "2024-07-01"), 0) }
    func testMondayToThursdayIsThreeDays() { XCTAssertEqual(elapsed("2024-07-01", "2024-07-04"), 3) }
    func testMondayToNextMondaySkipsTheWeekend() { XCTAssertEqual(elapsed("2024-07-01", "2024-07-08"), 5) }
    func testPostOnASaturdayCountsFromMonday() { XCTAssertEqual(elapsed("2024-07-06", "2024-07-08"), 1) }
    func testNationalDayHolidayIsSkipped() { XCTAssertEqual(elapsed("2024-09-30", "2024-10-08"), 1) }
    func testWeekendWorkdaysCountAndMidAutumnHolidaysDoNot() { XCTAssertEqual(elapsed("2024-09-13", "2024-09-18"), 2) }
    func testSundayWorkdayBeforeNationalDayCounts() { XCTAssertEqual(elapsed("2024-09-27", "2024-10-09"), 4) }
    func testReplyOnASaturdayWorkdayCounts() { XCTAssertEqual(elapsed("2024-10-11", "2024-10-12"), 1) }
    func testPostOnASaturdayWorkdayCountsOnlyLaterDays() { XCTAssertEqual(elapsed("2024-10-12", "2024-10-14"), 1) }
    func testRedPostWaitsUntilTheAsOfDay() { XCTAssertEqual(rules.workingDaysWaiting(postedOn: F.day("2024-09-30")), 7) }

    // MARK: - Lights

    func testSameDayReplyIsGreen() { XCTAssertEqual(light("2024-07-01", "2024-07-01"), .green) }
    func testExactlyThreeWorkingDaysIsGreen() { XCTAssertEqual(light("2024-07-01", "2024-07-04"), .green) }
    func testFourWorkingDaysIsYellow() { XCTAssertEqual(light("2024-07-01", "2024-07-05"), .yellow) }
    func testExactlyFiveWorkingDaysIsYellow() { XCTAssertEqual(light("2024-07-01", "2024-07-08"), .yellow) }
    func testSixWorkingDaysIsGray() { XCTAssertEqual(light("2024-07-01", "2024-07-09"), .gray) }
    func testEightCalendarDaysOverNationalDayIsGreen() { XCTAssertEqual(light("2024-09-30", "2024-10-08"), .green) }
    func testNoReplyIsRed() { XCTAssertEqual(light("2024-07-01", nil), .red) }

    func testLimitsComeFromTheSettings() {
        var config = F.config()
        config.assessment.greenLimit = 0
        config.assessment.yellowLimit = 1
        let rules = F.rules(config)
        XCTAssertEqual(rules.light(postedOn: F.day("2024-07-01"), repliedOn: F.day("2024-07-03")), .gray)
    }

    // MARK: - Status as of the cut-off

    func testAcceptedAndRepliedInTime() {
        XCTAssertEqual(rules.status(of: F.post(replied: "2024-07-02").post, isAssessed: true),
                       PostStatus(isAccepted: true, isReplied: true, light: .green))
    }

    func testReplyAfterTheAsOfDayIsRed() {
        XCTAssertEqual(rules.status(of: F.post(replied: "2024-10-16").post, isAssessed: true),
                       PostStatus(isAccepted: true, isReplied: false, light: .red))
    }

    func testReplyOnTheAsOfDayCounts() {
        XCTAssertEqual(rules.status(of: F.post(replied: "2024-10-15").post, isAssessed: true),
                       PostStatus(isAccepted: true, isReplied: true, light: .gray))
    }

    func testAcceptedAfterTheAsOfDayIsNotAcceptedAndHasNoLight() {
        XCTAssertEqual(rules.status(of: F.post(accepted: "2024-10-16", replied: nil).post, isAssessed: true),
                       PostStatus(isAccepted: false, isReplied: false, light: nil))
    }

    func testRepliedButNotAcceptedCountsAsRepliedWithoutLight() {
        XCTAssertEqual(rules.status(of: F.post(accepted: nil, replied: "2024-07-02").post, isAssessed: true),
                       PostStatus(isAccepted: false, isReplied: true, light: nil))
    }

    func testPostOfAChannelNotAssessedHasNoLight() {
        XCTAssertEqual(rules.status(of: F.post(replied: nil).post, isAssessed: false),
                       PostStatus(isAccepted: true, isReplied: false, light: nil))
    }

    // MARK: - Score

    private func score(_ tally: Tally, weights: [ScoreWeight] = AssessmentRules.defaultWeights,
                       bonus: String = "0", penalty: String = "0", issues: Int = 0, issuePoints: Int = 1) -> Fraction {
        RatingRules.score(tally: tally, assessment: F.config(weights: weights, complexIssuePoints: Fraction(issuePoints)).assessment,
                          bonus: Fraction(decimal: bonus)!, penalty: Fraction(decimal: penalty)!, complexIssues: issues)
    }

    func testScoreIsWeightedSumOfExactRates() {
        // 20 x 3/4 + 30 x 2/4 + 50 x 1/3 = 140/3
        let tally = Tally(posts: 4, accepted: 3, replied: 2, lights: LightCounts(green: 1, yellow: 1, red: 1))
        XCTAssertEqual(score(tally), Fraction(140, 3))
    }

    func testScoreAddsBonusSubtractsPenaltyAndCountsComplexIssues() {
        let tally = Tally(posts: 4, accepted: 3, replied: 2, lights: LightCounts(green: 1, yellow: 1, red: 1))
        XCTAssertEqual(score(tally, bonus: "1.5", penalty: "0.25", issues: 2, issuePoints: 3), Fraction(140, 3) + Fraction(29, 4))
    }

    func testScoreBreakdownGivesEachPartExactlyAndSumsToTheScore() {
        // acceptance 3/4 -> 75% x 20 = 15; reply 2/4 -> 50% x 30 = 15; green 1/3 -> 100/3% x 50 = 50/3;
        // + 1.5 - 0.25 + 3 x 2 = 140/3 + 29/4.
        let tally = Tally(posts: 4, accepted: 3, replied: 2, lights: LightCounts(green: 1, yellow: 1, red: 1))
        let breakdown = RatingRules.scoreBreakdown(
            tally: tally, assessment: F.config(weights: AssessmentRules.defaultWeights, complexIssuePoints: Fraction(3)).assessment,
            bonus: Fraction(3, 2), penalty: Fraction(1, 4), complexIssues: 2)
        XCTAssertEqual(breakdown.terms.map(\.weight.rate), [.acceptanceRate, .replyRate, .greenRate])
        XCTAssertEqual(breakdown.terms.map(\.rate), [Fraction(75), Fraction(50), Fraction(100, 3)])
        XCTAssertEqual(breakdown.terms.map(\.points), [Fraction(15), Fraction(15), Fraction(50, 3)])
        XCTAssertEqual(breakdown.bonus, Fraction(3, 2))
        XCTAssertEqual(breakdown.penalty, Fraction(1, 4))
        XCTAssertEqual(breakdown.complexIssuePoints, Fraction(6))
        XCTAssertEqual(breakdown.total, Fraction(140, 3) + Fraction(29, 4))
        XCTAssertEqual(breakdown.total, score(tally, bonus: "1.5", penalty: "0.25", issues: 2, issuePoints: 3))
    }

    func testABreakdownTermOfANullRateIsZeroPoints() {
        let breakdown = RatingRules.scoreBreakdown(tally: Tally(posts: 2, accepted: 0, replied: 1),
                                                   assessment: F.config(weights: AssessmentRules.defaultWeights,
                                                                        complexIssuePoints: Fraction(1)).assessment,
                                                   bonus: .zero, penalty: .zero, complexIssues: 0)
        XCTAssertEqual(breakdown.terms.map(\.rate), [Fraction(0), Fraction(50), nil])
        XCTAssertEqual(breakdown.terms.map(\.points), [Fraction(0), Fraction(15), Fraction(0)])
    }

    func testNegativeAndFractionalWeights() {
        // -12.5 x 1/4 + 0.5 x 2/4 = -23/8
        let weights = [ScoreWeight(rate: .redRate, weight: Fraction(decimal: "-12.5")!),
                       ScoreWeight(rate: .grayRate, weight: Fraction(decimal: "0.5")!)]
        let tally = Tally(posts: 4, accepted: 4, replied: 3, lights: LightCounts(green: 1, gray: 2, red: 1))
        XCTAssertEqual(score(tally, weights: weights), Fraction(-23, 8))
    }

    func testNullRatesOfADepartmentWithNothingAcceptedCountZero() {
        let tally = Tally(posts: 2, accepted: 0, replied: 1)
        XCTAssertNil(tally.rate(.greenRate))
        XCTAssertEqual(score(tally), Fraction(15))
    }
}
