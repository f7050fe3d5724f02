import Foundation
import XCTest

/// Contract §9–§10 on the pages: categories with sub-categories and the top five classes, the
/// departments below each threshold, platform sign-up and the extra rankings, from a month of
/// ten posts whose figures are worked out by hand below.
final class CategoriesRankingsPagesTests: XCTestCase {
    static let site = """
        title: {zh: 考评, en: Ratings}
        base_url: https://example.org/ratings/
        languages: [zh, en]
        timezone: Asia/Shanghai
        channels:
          - {id: board, name: {zh: 留言板, en: Board}}
          - {id: mailbox, name: {zh: 信箱, en: Mailbox}}
        categories:
          - {id: inquiry, name: {zh: 咨询, en: Inquiry}}
          - {id: complaint, name: {zh: 投诉, en: Complaint}}
          - {id: noise, parent: complaint, name: {zh: 噪音, en: Noise}}
          - {id: praise, name: {zh: 点赞, en: Praise}}
        assessment:
          channels: [board]
          thresholds: {reply_rate: 50, acceptance_rate: 10}
        rankings:
          - {id: mailbox-replies, title: {zh: 信箱回复, en: Mailbox replies}, channels: [mailbox], by: replied}

        """
    /// d joined after the month but before the as-of day (counted in the total only); e after the as-of day; c never.
    static let departments = """
        id,name,name_en,joined
        a,甲,A,2019-01-10
        b,乙,B,2019-05-20
        c,丙,C,
        d,丁,D,2019-06-01
        e,戊,E,2019-07-01

        """
    /// Board (assessed, 6 posts): a replies 2 of 2 (100.0%), b 1 of 3 (33.3%), c 0 of 1 (0.0%); all accepted.
    /// Classes: complaint 1 + 3 noise = 4 (66.7%), inquiry 1 and praise 1 (16.7%, tied: site.yml order).
    /// Mailbox replied: b 2 of 2, a 1 of 1, c 0 of 1.
    static let posts = """
        id,channel,department,category,posted_at,accepted_at,replied_at
        p1,board,a,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00
        p2,board,a,noise,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00
        p3,board,b,complaint,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00
        p4,board,b,noise,2019-05-06T09:00,2019-05-06T09:00,
        p5,board,b,noise,2019-05-06T09:00,2019-05-06T09:00,
        p6,board,c,praise,2019-05-06T09:00,2019-05-06T09:00,
        m1,mailbox,b,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00
        m2,mailbox,b,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00
        m3,mailbox,a,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00
        m4,mailbox,c,inquiry,2019-05-06T09:00,2019-05-06T09:00,

        """

    func build() throws -> ContractRun {
        let run = try buildV2(["site.yml": Self.site, "departments.csv": Self.departments],
                              V2.month("2019-05", asOf: "2019-06-05", posts: Self.posts))
        XCTAssertEqual(run.status, 0, run.err)
        return run
    }

    func testTheReportListsTheTopClassesAsTheHubeiReportDoes() throws {
        let run = try build()
        let en = try run.text("en/2019-05/index.html")
        XCTAssertTrue(en.contains(#"<li><span class="top-rank">No. 1</span> Complaint — 4 posts (66.7%)</li>"#), en)
        XCTAssertTrue(en.contains(#"<li><span class="top-rank">No. 2</span> Inquiry — 1 post (16.7%)</li>"#))
        XCTAssertTrue(en.contains(#"<li><span class="top-rank">No. 3</span> Praise — 1 post (16.7%)</li>"#))
        XCTAssertFalse(en.contains("No. 4"), "a sub-category is not a class")
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains(#"<li><span class="top-rank">NO.1</span> 投诉 4条（66.7%）</li>"#))
    }

    func testSubCategoriesOpenUnderTheirClassWithoutJavaScript() throws {
        let run = try build()
        let en = try run.text("en/2019-05/index.html")
        XCTAssertTrue(en.contains("<p>3 categories with 1 sub-category.</p>"))
        XCTAssertTrue(en.contains(#"<th scope="row">Complaint</th><td class="num">4</td><td class="num">66.7%</td>"#))
        XCTAssertTrue(en.contains("<summary>Complaint <span class=\"meta\">1 sub-category</span></summary>"))
        XCTAssertTrue(en.contains(#"<tr><th scope="row">Noise</th><td class="num">3</td><td class="num">50.0%</td></tr>"#))
        XCTAssertEqual(en.components(separatedBy: "<details class=\"sub-categories\">").count - 1, 1)
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains("<p>共3个大类、1个小类。</p>"))
    }

    func testEachThresholdNamesTheDepartmentsBelowItLowestFirst() throws {
        let run = try build()
        let en = try run.text("en/2019-05/index.html")
        let section = try XCTUnwrap(en.range(of: #"<h3 id="below-reply-rate">Reply rate below 50%</h3>"#), en)
        let rows = en[section.upperBound...]
        let c = try XCTUnwrap(rows.range(of: #"<a href="../departments/c/index.html">C</a></th><td class="num">0.0%</td>"#))
        let b = try XCTUnwrap(rows.range(of: #"<a href="../departments/b/index.html">B</a></th><td class="num">33.3%</td>"#))
        XCTAssertLessThan(c.lowerBound, b.lowerBound)
        XCTAssertFalse(rows.prefix(upTo: try XCTUnwrap(rows.range(of: "below-acceptance-rate")).lowerBound).contains("departments/a/"))
        XCTAssertTrue(en.contains("<h3 id=\"below-acceptance-rate\">Acceptance rate below 10%</h3>\n  <p>No department is below this line.</p>"))
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains("回复率低于50%的单位"))
    }

    func testSignUpGivesTheTotalAsOfTheCutOffAndWhoJoinedInTheMonth() throws {
        let run = try build()
        let en = try run.text("en/2019-05/index.html")
        XCTAssertTrue(en.contains("<p>3 departments on the platform as of 5 June 2019.</p>\n  <p>Joined this month: 1 department.</p>"), en)
        let joined = try XCTUnwrap(en.range(of: "id=\"joined\"")).upperBound
        let list = en[joined...].components(separatedBy: "</section>")[0]
        XCTAssertTrue(list.contains(#"<li><a href="../departments/b/index.html">B</a></li>"#))
        XCTAssertFalse(list.contains("departments/d/"), "d joined after the month")
        XCTAssertTrue(try run.text("zh/2019-05/index.html").contains("截至2019年6月5日，已有3个单位入驻平台。"))
    }

    func testAnExtraRankingHasItsPageLinkedFromTheReportAndTheNavigation() throws {
        let run = try build()
        let en = try run.text("en/2019-05/rankings/mailbox-replies/index.html")
        XCTAssertTrue(en.contains("<h1>May 2019: Mailbox replies</h1>"))
        XCTAssertTrue(en.contains("Ranked by the column “Replied”, highest first (ties in the registry&#39;s order), counting only the posts of Mailbox."))
        let expected = [("1", "b", "B", "2", "2"), ("2", "a", "A", "1", "1"), ("3", "c", "C", "0", "1")].map { rank, id, name, value, posts in
            #"<tr><td class="num">\#(rank)</td><th scope="row"><a href="../../../departments/\#(id)/index.html">\#(name)</a></th>"#
                + #"<td class="num strong">\#(value)</td><td class="num">\#(posts)</td></tr>"#
        }
        XCTAssertTrue(en.contains(expected.joined(separator: "\n    ")), en)
        XCTAssertTrue(en.contains(#"<a href="../../../../data/2019-05/rankings/mailbox-replies.json">This ranking (JSON)</a>"#))
        XCTAssertTrue(en.contains(#"<li><a href="index.html" aria-current="page">Mailbox replies</a></li>"#))
        let report = try run.text("en/2019-05/index.html")
        XCTAssertTrue(report.contains(#"<li><a href="rankings/mailbox-replies/index.html">Mailbox replies</a></li>"#))
        XCTAssertTrue(try run.text("zh/2019-05/rankings/mailbox-replies/index.html").contains("<h1>2019年5月信箱回复</h1>"))
        XCTAssertTrue(try run.text("sitemap.xml").contains("https://example.org/ratings/en/2019-05/rankings/mailbox-replies/"))
    }

    func testSectionsWithoutDataAreLeftOut() throws {
        let plain = V2.header + "p1,board,a,inquiry,2019-05-06T09:00,2019-05-06T09:00,2019-05-07T09:00\n"
        let run = try buildV2(["site.yml": V2.boardSite()], V2.month("2019-05", asOf: "2019-06-05", posts: plain))
        XCTAssertEqual(run.status, 0, run.err)
        let report = try run.text("en/2019-05/index.html")
        for id in ["below-thresholds", "joined", "rankings", "sub-categories"] {
            XCTAssertFalse(report.contains("id=\"\(id)\""), id)
        }
        XCTAssertFalse(report.contains("<details class=\"sub-categories\""))
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.output.appendingPathComponent("en/2019-05/rankings").path))
    }
}
