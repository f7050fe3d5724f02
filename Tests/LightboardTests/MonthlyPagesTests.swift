import Foundation
import XCTest
@testable import Lightboard

/// The pages of monthly reports (contract §5), built by the `lightboard` binary from a small
/// content folder: months 2018-05, 2019-04 and 2019-05 beside the quarter 2019-Q2.
final class MonthlyPagesTests: XCTestCase {
    /// Department a: 2 posts a month, both green; b: one post in 2019-05, never answered (red).
    static var content: [String: String] {
        func greenPosts(_ prefix: String, _ day: String, _ next: String) -> String {
            V2.posts(prefix, count: 2, day: day, accepted: 2, replied: 2, green: 2, greenDay: next)
        }
        return [
            "departments.csv": "id,name,name_en\na,甲局,Bureau A\nb,乙局,Bureau B\n",
        ].merging(V2.month("2018-05", asOf: "2018-06-05", posts: V2.header + greenPosts("x", "2018-05-07", "2018-05-08"))) { $1 }
            .merging(V2.month("2019-04", asOf: "2019-05-06", posts: V2.header + greenPosts("y", "2019-04-08", "2019-04-09"))) { $1 }
            .merging(V2.month("2019-05", asOf: "2019-06-05", posts: V2.header + greenPosts("z", "2019-05-06", "2019-05-07")
                + "zb,board,b,complaint,2019-05-08T09:00,2019-05-08T09:00,\n")) { $1 }
            .merging(V2.quarter("2019-Q2", asOf: "2019-07-05", posts: V2.header + greenPosts("q", "2019-05-06", "2019-05-07"))) { $1 }
    }

    func site() throws -> ContractRun {
        let run = try buildV2(Self.content)
        XCTAssertEqual(run.status, 0, run.err)
        return run
    }

    func testEveryPageOfAMonthIsBuiltInBothLanguagesWithTheMonthInItsTitle() throws {
        let run = try site()
        for page in ["", "league/", "green/", "red/", "complex/"] {
            for language in ["zh", "en"] {
                XCTAssertNoThrow(try run.text("\(language)/2019-05/\(page)index.html"), "\(language)/2019-05/\(page)")
            }
        }
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains("<h1>2019年5月网络问政考评</h1>"))
        XCTAssertTrue(try run.text("en/2019-05/index.html").contains("<h1>May 2019 online response ratings</h1>"))
        XCTAssertTrue(try run.text("en/2019-05/league/index.html").contains("<title>May 2019 department league – Ratings</title>"))
        // Quarters keep their URLs and their wording.
        XCTAssertTrue(try run.text("en/2019-q2/index.html").contains("<h1>2019 Q2 online response ratings</h1>"))
    }

    func testAMonthLinksToTheMonthBeforeAndSpeaksOfMonths() throws {
        let run = try site()
        let may = try run.text("en/2019-05/red/index.html")
        XCTAssertTrue(may.contains(#"aria-label="Pages of this month May 2019""#))
        XCTAssertTrue(may.contains(#"<a href="../../2019-04/index.html" rel="prev">Previous month: April 2019</a>"#))
        XCTAssertFalse(may.replacingOccurrences(of: "class=\"quarter-nav\"", with: "").contains("quarter"), "a month's page speaks of months")
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains("较上月"))
        XCTAssertTrue(try run.text("zh/2019-04/red/index.html").contains("本月没有红灯。"))
        // 2019-03 is not in the content: no link to it.
        XCTAssertFalse(try run.text("en/2019-04/index.html").contains(#"rel="prev""#))
        XCTAssertTrue(try run.text("en/2019-q2/index.html").contains("vs previous quarter"))
    }

    func testEachHeadlineFigureOfMayComparesWithMayAYearEarlier() throws {
        let run = try site()
        // 3 posts against 2: +1 (+50.0%); green rate 2/3 = 66.67% against 2/2 = 100%: −33.3 points.
        let en = try run.text("en/2019-05/index.html")
        XCTAssertTrue(en.contains(#"vs a year earlier <span class="change change-up">+1 post (+50.0%)</span>"#))
        XCTAssertTrue(en.contains("vs a year earlier <span class=\"change change-down\">\u{2212}33.3 pp</span>"))
        XCTAssertTrue(en.contains("<dt>Replied</dt>"), "the replied count joins the figures with its year-on-year change")
        let zh = try run.text("zh/2019-05/index.html")
        XCTAssertTrue(zh.contains(#"同比 <span class="change change-up">+1条（+50.0%）</span>"#))
        // 2018-04 and 2018-Q2 are not in the content: no year-on-year line, not an empty one.
        XCTAssertFalse(try run.text("en/2019-04/index.html").contains("vs a year earlier"))
        XCTAssertFalse(try run.text("en/2019-q2/index.html").contains("vs a year earlier"))
        XCTAssertTrue(en.contains("difference of the two exact rates"), "the report says how the year-on-year changes are taken")
        // The build cache re-renders May's pages when May 2018 changes.
        XCTAssertTrue(Route.league(PeriodID("2019-05")!).inputs.contains(.period(PeriodID("2018-05")!)))
    }

    func testTheArchiveGroupsMonthsAndQuartersByYearNewestFirst() throws {
        let archive = try site().text("en/archive/index.html")
        XCTAssertTrue(archive.contains("<h1>All reports</h1>"))
        let order = ["<h2 id=\"y-2019\">2019</h2>", "Headline figures of each quarter of 2019", ">2019 Q2</a>",
                     "Headline figures of each month of 2019", ">May 2019</a>", ">April 2019</a>",
                     "<h2 id=\"y-2018\">2018</h2>", ">May 2018</a>"]
        let positions = order.map { archive.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), "\(zip(order, positions).filter { $0.1 == nil }.map(\.0))")
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
        XCTAssertFalse(archive.contains("Headline figures of each quarter of 2018"), "a year without quarters has no quarter table")
    }

    func testADepartmentPageHasItsMonthlyAndQuarterlyRows() throws {
        let page = try site().text("en/departments/a/index.html")
        XCTAssertTrue(page.contains("<h2 id=\"by-quarter\">"))
        XCTAssertTrue(page.contains("<h2 id=\"by-month\">Month by month</h2>"))
        let may = try XCTUnwrap(page.range(of: #"<a href="../../2019-05/index.html">May 2019</a>"#))
        let april = try XCTUnwrap(page.range(of: #"<a href="../../2019-04/index.html">April 2019</a>"#))
        XCTAssertLessThan(may.lowerBound, april.lowerBound, "newest month first")
        XCTAssertTrue(page.contains("Bureau A: green and red rate by month"))
        let b = try site().text("zh/departments/b/index.html")
        XCTAssertTrue(b.contains(#"<a href="../../2019-05/red/index.html">2019年5月</a>"#), "b's red post of May is listed under May")
    }

    func testFeedsAndSitemapListTheMonths() throws {
        let run = try site()
        let sitemap = try run.text("sitemap.xml")
        for path in ["zh/2019-05/", "en/2019-05/league/", "zh/2018-05/complex/", "en/2019-q2/green/"] {
            XCTAssertTrue(sitemap.contains("<loc>https://example.org/ratings/\(path)</loc>"), path)
        }
        let feed = try run.text("en/feed.xml")
        XCTAssertTrue(feed.contains("<title>May 2019 online response ratings</title>"))
        XCTAssertTrue(feed.contains("<id>https://example.org/ratings/en/2019-05/</id>"))
        XCTAssertTrue(try run.text("zh/feed.xml").contains("<title>2019年5月网络问政考评</title>"))
    }

    func testTheHomePageShowsTheLatestPublishedPeriod() throws {
        // 2019-Q2 (published 2019-07-05) is newer than 2019-05 (2019-06-05).
        let run = try site()
        XCTAssertTrue(try run.text("en/index.html").contains(#"href="2019-q2/league/index.html""#))
        XCTAssertTrue(try run.text("en/departments/index.html").contains("(2019 Q2)"))
        XCTAssertTrue(try run.text("en/index.html").contains(">All reports<"), "the navigation names the archive for all periods")
    }

    func testAMonthOnlySiteShowsItsLatestMonthAndNoQuarterSection() throws {
        var files = Self.content
        files = files.filter { !$0.key.hasPrefix("quarters/") }
        let run = try buildV2(files)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(try run.text("en/index.html").contains(#"href="2019-05/league/index.html""#))
        let department = try run.text("en/departments/a/index.html")
        XCTAssertFalse(department.contains(#"id="by-quarter""#))
        XCTAssertTrue(department.contains(#"id="by-month""#))
    }
}
