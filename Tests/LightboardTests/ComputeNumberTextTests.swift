import XCTest
@testable import Lightboard

final class ComputeNumberTextTests: XCTestCase {
    func testRateRoundsTheExactFraction() {
        XCTAssertEqual(NumberText.rate(Tally(accepted: 20160, lights: LightCounts(green: 14602)).rate(.greenRate)), "72.4")
    }

    func testRateRoundsAnExactHalfUp() { XCTAssertEqual(NumberText.rate(Tally(posts: 80, accepted: 9).rate(.acceptanceRate)), "11.3") }
    func testRateOfTwoThirds() { XCTAssertEqual(NumberText.rate(Tally(posts: 3, replied: 2).rate(.replyRate)), "66.7") }
    func testZeroRateKeepsOneDecimal() { XCTAssertEqual(NumberText.rate(Fraction(0)), "0.0") }
    func testFullRate() { XCTAssertEqual(NumberText.rate(Fraction(100)), "100.0") }
    func testNullRateStaysNull() { XCTAssertNil(NumberText.rate(Tally().rate(.acceptanceRate))) }

    func testPointsWithTwoDecimals() { XCTAssertEqual(NumberText.points(Fraction(7423, 100)), "74.23") }
    func testPointsDropATrailingZero() { XCTAssertEqual(NumberText.points(Fraction(3, 2)), "1.5") }
    func testWholePointsKeepOneDecimal() { XCTAssertEqual(NumberText.points(Fraction(10)), "10.0") }
    func testZeroPoints() { XCTAssertEqual(NumberText.points(.zero), "0.0") }
    func testNegativePoints() { XCTAssertEqual(NumberText.points(Fraction(-13, 4)), "-3.25") }
    func testNegativeTieRoundsAwayFromZero() { XCTAssertEqual(NumberText.points(Fraction(-1, 8)), "-0.13") }
    func testTinyNegativeRoundsToUnsignedZero() { XCTAssertEqual(NumberText.points(Fraction(-1, 1000)), "0.0") }
    func testSmallNegativeKeepsLeadingZero() { XCTAssertEqual(NumberText.points(Fraction(-1, 20)), "-0.05") }

    func testGroupedThousands() { XCTAssertEqual(NumberText.grouped(20180), "20,180") }
    func testGroupedMillions() { XCTAssertEqual(NumberText.grouped(1_234_567), "1,234,567") }
    func testGroupedSmallNumber() { XCTAssertEqual(NumberText.grouped(999), "999") }
    func testGroupedNegative() { XCTAssertEqual(NumberText.grouped(-1000), "-1,000") }

    func testExactWritesAsManyDecimalsAsTheValueNeeds() {
        XCTAssertEqual(NumberText.exact(Fraction(92)), "92")
        XCTAssertEqual(NumberText.exact(Fraction(decimal: "92.5")!), "92.5")
        XCTAssertEqual(NumberText.exact(Fraction(decimal: "-0.25")!), "-0.25")
        XCTAssertEqual(NumberText.exact(Fraction(1, 3)), "0.333333")
        XCTAssertEqual(NumberText.exact(Fraction(2), minimumDecimals: 1), "2.0")
        XCTAssertEqual(NumberText.exact(Fraction(decimal: "0.125")!, minimumDecimals: 1), "0.125")
    }
    func testPageStyleGroupsDigitsAndUsesATypographicMinus() {
        XCTAssertEqual(NumberText.decimal(scaled: -1_234_567, decimals: 1, style: .page), "\u{2212}123,456.7")
        XCTAssertEqual(NumberText.decimal(scaled: -1_234_567, decimals: 1), "-123456.7")
        XCTAssertEqual(NumberText.rate(Fraction(1000), style: .page), "1,000.0")
    }
}
