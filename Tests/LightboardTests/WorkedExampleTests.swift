import XCTest
@testable import Lightboard

/// The worked example of docs/rules.md, computed through the whole pipeline from
/// a content folder: if this test changes, the document must change with it.
final class WorkedExampleTests: XCTestCase {
    func testWorkedExampleOfTheRulesDocument() throws {
        var files = minimalContent
        files["departments.csv"] = "id,name,name_en\nexample,示例区,Example District\nother,其他局,Other Bureau\n"
        files["calendar/2024.yml"] = """
            holidays: [2024-01-01, 2024-02-10..2024-02-17, 2024-04-04..2024-04-06, 2024-05-01..2024-05-05, 2024-06-10, 2024-09-15..2024-09-17, 2024-10-01..2024-10-07]
            workdays: [2024-02-04, 2024-02-18, 2024-04-07, 2024-04-28, 2024-05-11, 2024-09-14, 2024-09-29, 2024-10-12]

            """
        files["quarters/2024-Q3/quarter.yml"] = "as_of: 2024-11-18\npublished: 2024-11-25\n"
        files["quarters/2024-Q3/posts.csv"] = """
            id,channel,department,category,posted_at,accepted_at,replied_at
            p1,board,example,inquiry,2024-09-09T10:00,2024-09-09T11:00,2024-09-12T16:00
            p2,board,example,inquiry,2024-09-13T10:00,2024-09-13T11:00,2024-09-18T09:00
            p3,board,example,complaint,2024-09-30T10:00,2024-09-30T11:00,2024-10-08T09:00
            p4,board,example,complaint,2024-09-25T10:00,2024-09-25T11:00,2024-10-10T09:00
            p5,board,example,inquiry,2024-08-05T10:00,2024-08-05T11:00,2024-08-12T09:00
            p6,board,example,inquiry,2024-09-24T10:00,2024-09-24T11:00,
            p7,board,example,inquiry,2024-09-26T10:00,2024-09-26T11:00,2024-11-20T09:00
            p8,board,example,inquiry,2024-09-27T10:00,,
            p9,board,other,inquiry,2024-07-01T10:00,2024-07-01T11:00,2024-07-01T12:00

            """
        files["quarters/2024-Q3/adjustments.csv"] = """
            department,date,kind,points,reason,source
            example,2024-08-01,bonus,1.5,网民点赞,netizen
            example,2024-09-01,penalty,2,承诺未兑现,media

            """
        files["quarters/2024-Q3/complex-issues/leak.md"] = """
            ---
            title: 地下室渗漏
            lead: example
            resolved: 2024-09-21
            ---
            已整改。

            """
        let folder = try TemporaryFolder(files)
        let site = try SiteBuilder.compute(contentDirectory: folder.path)
        let quarter = try XCTUnwrap(site.quarters.first)
        let example = try XCTUnwrap(quarter.league.first { $0.department.id == "example" })

        XCTAssertEqual(example.tally, Tally(posts: 8, accepted: 7, replied: 5,
                                            lights: LightCounts(green: 3, yellow: 1, gray: 1, red: 2), settledWithin: [0, 0]))
        XCTAssertEqual(NumberText.rate(example.tally.rate(.acceptanceRate)), "87.5")
        XCTAssertEqual(NumberText.rate(example.tally.rate(.replyRate)), "62.5")
        XCTAssertEqual(NumberText.rate(example.tally.rate(.greenRate)), "42.9")
        XCTAssertEqual(NumberText.rate(example.tally.rate(.yellowRate)), "14.3")
        XCTAssertEqual(NumberText.rate(example.tally.rate(.redRate)), "28.6")
        // 20 x 7/8 + 30 x 5/8 + 50 x 3/7 + 1.5 - 2 + 1 = 58.178571...
        XCTAssertEqual(example.score, Fraction(1629, 28))
        XCTAssertEqual(NumberText.points(example.score), "58.18")
        XCTAssertEqual(quarter.league.map(\.department.id), ["other", "example"])
        XCTAssertEqual(quarter.redPosts["example"]?.map(\.id), ["p6", "p7"])
        // p6 waited from 2024-09-24 to the as-of day 2024-11-18: 5 + 19 + 12 = 36 working days.
        XCTAssertEqual(quarter.redPosts["example"]?.first?.workingDaysWaiting, 36)
    }
}
