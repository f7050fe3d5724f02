import Foundation
import XCTest

/// CONTRACT.md v2 §10 (platform sign-up, 入驻) and the promise that v1 content builds the v1
/// open data: black box, inline content folders built by the `lightboard` binary.
final class ContractV2JoinedTests: XCTestCase {
    // MARK: - 10. Platform sign-up

    func testS10_JoinedCountsDepartmentsByAsOfAndListsThoseOfThePeriodInRegistryOrder() throws {
        let departments = """
            id,name,name_en,joined
            a,甲,A,2024-06-30
            b,乙,B,2024-09-30
            c,丙,C,2024-07-01
            d,丁,D,2024-10-15
            e,戊,E,2025-03-01
            f,己,F,

            """
        let post = "p1,board,a,inquiry,"
        let run = try buildV2(["departments.csv": departments],
                              V2.quarter("2024-Q3", asOf: "2024-10-15", posts: V2.header + post + "2024-07-01T09:00,,\n"),
                              V2.quarter("2024-Q2", asOf: "2024-07-10", posts: V2.header + post + "2024-04-01T09:00,,\n"),
                              V2.month("2024-10", asOf: "2024-10-31", posts: V2.header + post + "2024-10-08T09:00,,\n"))
        XCTAssertEqual(run.status, 0, run.err)
        // 2024-Q3 (as of 15 October): a b c d joined by then = 4; within 1 July - 30 September: b and c, registry order.
        XCTAssertEqual(try joined(run, "2024-q3"), .init(total: 4, inPeriod: ["b", "c"]))
        // 2024-Q2 (as of 10 July): a, and c on 1 July = 2; within April - June: a only.
        XCTAssertEqual(try joined(run, "2024-q2"), .init(total: 2, inPeriod: ["a"]))
        // 2024-10 (as of 31 October): a b c d = 4; within October: d. f never joined, e joins later.
        XCTAssertEqual(try joined(run, "2024-10"), .init(total: 4, inPeriod: ["d"]))
    }

    struct Joined: Equatable {
        var total: Int?
        var inPeriod: [String]?
    }

    func joined(_ run: ContractRun, _ slug: String) throws -> Joined {
        let joined = try XCTUnwrap(run.summary(slug)["joined"] as? [String: Any], slug)
        XCTAssertEqual(Set(joined.keys), ["total", "in_period"], slug)
        return Joined(total: joined["total"] as? Int, inPeriod: joined["in_period"] as? [String])
    }

    func testS10_AJoinedCellThatIsNotADateIsAnErrorOnItsLine() throws {
        let run = try buildV2(["departments.csv": "id,name,joined\na,甲,2024-06-30\nb,乙,soon\nc,丙,\nd,丁,2024-13-01\ne,戊,2024-7-1\n"],
                              V2.quarter("2024-Q3", asOf: "2024-10-15", posts: V2.header + "p1,board,a,inquiry,2024-07-01T09:00,,\n"))
        assertErrors(run, [("Content/departments.csv:3", ["joined", #""soon""#]),
                           ("Content/departments.csv:5", ["joined", #""2024-13-01""#]),
                           ("Content/departments.csv:6", ["joined", #""2024-7-1""#])])
    }

    // MARK: - v1 stays v1

    func testV1ContentGetsNoneOfTheNewKeysFilesOrColumns() throws {
        // v1 inputs only: a quarter with replies, a mailbox post, categories without parents, no v2 keys in site.yml.
        // (Not a quarter one year earlier: §6 would then add year_over_year, which the v1 promise contradicts.)
        let run = try buildV2(["site.yml": V2.boardSite()],
                              V2.quarter("2024-Q3", asOf: "2024-10-15", posts: V2.header + """
                                  p1,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-02T09:00
                                  p2,mailbox,b,complaint,2024-07-01T09:00,,

                                  """))
        XCTAssertEqual(run.status, 0, run.err)
        let summary = try run.summary()
        XCTAssertEqual(Set(summary.keys), ["quarter", "as_of", "published", "channels", "assessment", "categories"])
        XCTAssertEqual(Set(try run.assessment().keys), [
            "channels", "posts", "accepted", "replied", "acceptance_rate", "reply_rate", "lights",
            "green_rate", "yellow_rate", "gray_rate", "red_rate", "departments", "departments_all_green",
            "departments_all_green_change", "departments_no_red", "departments_no_red_change", "top_red", "complex_issues",
        ])
        let categories = try XCTUnwrap(summary["categories"] as? [[String: Any]])
        XCTAssertTrue(categories.allSatisfy { Set($0.keys) == ["id", "posts"] })
        let v1Row: Set<String> = ["id", "rank", "posts", "accepted", "replied", "green", "yellow", "gray", "red",
                                  "acceptance_rate", "reply_rate", "green_rate", "yellow_rate", "gray_rate", "red_rate",
                                  "bonus", "penalty", "complex_issues", "score"]
        XCTAssertTrue(try run.departments().allSatisfy { Set($0.keys) == v1Row })
        XCTAssertEqual(try run.text("data/2024-q3/departments.csv").prefix { $0 != "\n" },
                       "id,name,rank,posts,accepted,replied,green,yellow,gray,red,acceptance_rate,reply_rate,green_rate,"
                       + "yellow_rate,gray_rate,red_rate,bonus,penalty,complex_issues,score")
        // Besides contract §4's files: the Excel twins and the adjustments with their reasons, as for every period.
        let data = run.output.appendingPathComponent("data")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("2024-q3").path).sorted(),
                       ["adjustments.csv", "adjustments.json", "adjustments.xlsx",
                        "departments.csv", "departments.json", "departments.xlsx", "summary.json"])
    }
}
