import Foundation
import XCTest

/// Settlement (contract §7) and satisfaction (§8) on the pages, from a month of four posts
/// whose figures are worked out by hand below.
final class SettlementSatisfactionPagesTests: XCTestCase {
    /// 2019-05-06 is a Monday. p1 settled after 1 working day, p2 after 3 (7, 8, 9 May), p3 after 5
    /// (7, 8, 9, 10, 13 May), p4 not at all: 3 of 4 settled (75.0%), 1 within 1 day (25.0%), 2 within 3 (50.0%).
    /// Means: p1 5 (satisfied), p2 3.5, p3 1: 1 of 3 rated satisfied (33.3%).
    /// speed: 5, 4, 1 -> mean 10/3 = 3.33, stars [1, 0, 0, 1, 1]; effect: 5, 3 -> mean 4.00, stars [0, 0, 1, 0, 1].
    /// a: settled 2 of 2 (100.0%), satisfied 1 of 2 rated (50.0%); b: 1 of 2 (50.0%), 0 of 1 (0.0%).
    static let posts = """
        id,channel,department,category,posted_at,accepted_at,replied_at,settled_at,rating_speed,rating_effect
        p1,board,a,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00,2019-05-07T10:00,5,5
        p2,board,a,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00,2019-05-09T10:00,4,3
        p3,board,b,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00,2019-05-13T10:00,1,
        p4,board,b,inquiry,2019-05-06T09:00,2019-05-06T09:00,,,,

        """
    static let satisfaction = """
        satisfaction:
          dimensions:
            - {id: speed, name: {zh: 处置速度, en: Speed of handling}}
            - {id: effect, name: {zh: 处置效果, en: Effect of handling}}

        """

    func site() throws -> ContractRun {
        let run = try buildV2(["site.yml": V2.boardSite(Self.satisfaction)], V2.month("2019-05", asOf: "2019-06-05", posts: Self.posts))
        XCTAssertEqual(run.status, 0, run.err)
        return run
    }

    func testTheReportShowsTheSettleRateAndEachLimitsShareOfTheAcceptedPosts() throws {
        let run = try site()
        let en = try run.text("en/2019-05/index.html")
        XCTAssertTrue(en.contains("<p>3 of 4 accepted posts settled (75.0%).</p>"))
        XCTAssertTrue(en.contains(#"<th scope="row">within 1 working day</th><td class="num">1</td><td class="num">25.0%</td>"#))
        XCTAssertTrue(en.contains(#"<th scope="row">within 3 working days</th><td class="num">2</td><td class="num">50.0%</td>"#))
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains("受理的4条留言中已办结3条（办结率75.0%）。"))
    }

    func testTheReportShowsSatisfactionPerDimensionWithAChartAndItsTable() throws {
        let run = try site()
        let en = try run.text("en/2019-05/index.html")
        XCTAssertTrue(en.contains("Satisfaction rate 33.3%: 1 of 3 rated posts have a mean rating of 4 stars or more."))
        XCTAssertTrue(en.contains(#"<th scope="row">Speed of handling</th><td class="num">3</td><td class="num">3.33</td>"#
            + #"<td class="num">1 <span class="meta">(33.3%)</span></td><td class="num">0 <span class="meta">(0.0%)</span></td>"#))
        XCTAssertTrue(en.contains(#"<th scope="row">Effect of handling</th><td class="num">2</td><td class="num">4.00</td>"#))
        XCTAssertTrue(en.contains(#"<title id="stars-speed-title">Speed of handling: ratings by number of stars</title>"#))
        XCTAssertTrue(en.contains(">5 stars</text>"))
        // Drawn like the other charts, at the page's width on a 0–100% scale: one star in three is a
        // bar of 33.3% of the ratings (97% of the width is the plot: 32.3%), no star a sliver.
        let chart = try XCTUnwrap(en.range(of: #"aria-labelledby="stars-speed-title"#)
            .flatMap { en[..<$0.lowerBound].range(of: "<svg", options: .backwards) }
            .flatMap { start in en[start.lowerBound...].range(of: "</svg>").map { String(en[start.lowerBound..<$0.upperBound]) } })
        XCTAssertTrue(chart.hasPrefix(#"<svg class="chart chart-rows" width="100%""#), chart)
        XCTAssertEqual(chart.components(separatedBy: #"width="32.3%" height="16""#).count - 1, 3, chart)
        XCTAssertEqual(chart.components(separatedBy: #"width="0.2%" height="16""#).count - 1, 2, chart)
        XCTAssertEqual(chart.components(separatedBy: ">1 (33.3%)</text>").count - 1, 3, chart)
        XCTAssertTrue(chart.contains(">0 (0.0%)</text>"), chart)
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains("处置速度：各星级评价数"))
    }

    func testTheLeagueAndTheDepartmentPagesHaveTheSettleAndSatisfactionColumns() throws {
        let run = try site()
        let league = try run.text("en/2019-05/league/index.html")
        XCTAssertTrue(league.contains(#"<th scope="col" class="num">Settle rate</th><th scope="col" class="num">Satisfaction rate</th>"#))
        XCTAssertTrue(league.contains(#"<td class="num">100.0%</td><td class="num">50.0%</td>"#), "a")
        XCTAssertTrue(league.contains(#"<td class="num">50.0%</td><td class="num">0.0%</td>"#), "b")
        let b = try run.text("en/departments/b/index.html")
        XCTAssertTrue(b.contains(#"<td class="num">50.0%</td><td class="num">0.0%</td></tr>"#))
    }

    func testSectionsWithoutDataAreLeftOut() throws {
        // The same site without settled_at and rating columns: no settlement, no satisfaction, no empty columns.
        let plain = V2.header + "p1,board,a,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00\n"
        let run = try buildV2(["site.yml": V2.boardSite(Self.satisfaction)], V2.month("2019-05", asOf: "2019-06-05", posts: plain))
        XCTAssertEqual(run.status, 0, run.err)
        let report = try run.text("en/2019-05/index.html")
        XCTAssertFalse(report.contains("id=\"settlement\""))
        XCTAssertFalse(report.contains("id=\"satisfaction\""))
        XCTAssertFalse(try run.text("en/2019-05/league/index.html").contains("Settle rate"))
        XCTAssertFalse(try run.text("en/departments/a/index.html").contains("Satisfaction rate"))
    }
}
