import Foundation
import XCTest

/// CONTRACT.md v2 §5 (months as well as quarters) and §6 (year-over-year change), black box:
/// inline content folders built by the `lightboard` binary, figures computed by hand.
final class ContractV2PeriodsTests: XCTestCase {
    // MARK: - 5. Periods

    func testS5_AMonthFolderBuildsItsOwnOpenDataWithAMonthKeyInPlaceOfQuarter() throws {
        // A site of months only. m3 is 2024-12-01 00:00 in Shanghai: inside the month, not accepted.
        let run = try buildV2(V2.month("2024-12", asOf: "2024-12-31", posts: V2.header + """
            m1,board,a,inquiry,2024-12-02T09:00,2024-12-02T09:00,2024-12-03T09:00
            m2,board,b,complaint,2024-12-31T23:00,2024-12-31T23:30,
            m3,board,a,inquiry,2024-11-30T16:00Z,,

            """))
        XCTAssertEqual(run.status, 0, run.err)
        // board: 3 posts, 2 accepted (66.7), 1 replied (33.3); m1 green (1 working day), m2 red.
        // a: accepted 1 = green 1, all green and no red; b: red. Nothing before 2024-12: changes null.
        XCTAssertEqual(try run.text("data/2024-12/summary.json"), """
            {
              "month": "2024-12",
              "as_of": "2024-12-31",
              "published": "2024-12-31",
              "channels": [
                {
                  "id": "board",
                  "posts": 3,
                  "public": 3,
                  "accepted": 2,
                  "replied": 1,
                  "acceptance_rate": 66.7,
                  "reply_rate": 33.3
                },
                {
                  "id": "mailbox",
                  "posts": 0,
                  "public": 0,
                  "accepted": 0,
                  "replied": 0,
                  "acceptance_rate": null,
                  "reply_rate": null
                }
              ],
              "assessment": {
                "channels": ["board", "mailbox"],
                "posts": 3,
                "accepted": 2,
                "replied": 1,
                "acceptance_rate": 66.7,
                "reply_rate": 33.3,
                "lights": {
                  "green": 1,
                  "yellow": 0,
                  "gray": 0,
                  "red": 1
                },
                "green_rate": 50.0,
                "yellow_rate": 0.0,
                "gray_rate": 0.0,
                "red_rate": 50.0,
                "departments": 2,
                "departments_all_green": 1,
                "departments_all_green_change": null,
                "departments_no_red": 1,
                "departments_no_red_change": null,
                "top_red": ["b"],
                "complex_issues": 0
              },
              "categories": [
                {
                  "id": "inquiry",
                  "posts": 2
                },
                {
                  "id": "complaint",
                  "posts": 1
                },
                {
                  "id": "praise",
                  "posts": 0
                }
              ]
            }

            """)
        // a: 20 x 1/2 + 30 x 1/2 + 50 x 1/1 = 75; b: 20 x 1/1 = 20.
        XCTAssertEqual(try run.departments("2024-12").map { $0["id"] as? String }, ["a", "b"])
        XCTAssertEqual(try run.departments("2024-12").map { number($0["score"]) }, [75.0, 20.0])
        XCTAssertEqual(try run.text("data/2024-12/departments.csv").split(separator: "\n").map { $0.prefix(4) }, ["id,n", "a,甲,", "b,乙,"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.output.appendingPathComponent("data/2024-q4").path))
    }

    func testS5_MonthOverMonthChangeComparesJanuaryWithTheDecemberBefore() throws {
        // 2024-12: a all green, b red (1 all green, 1 no red). 2025-01: a and b all green (2 and 2).
        let run = try buildV2(
            V2.month("2024-12", asOf: "2024-12-31", posts: V2.header + """
                m1,board,a,inquiry,2024-12-02T09:00,2024-12-02T09:00,2024-12-03T09:00
                m2,board,b,inquiry,2024-12-02T09:00,2024-12-02T09:00,

                """),
            V2.month("2025-01", asOf: "2025-01-31", posts: V2.header + """
                n1,board,a,inquiry,2025-01-06T09:00,2025-01-06T09:00,2025-01-07T09:00
                n2,board,b,inquiry,2025-01-06T09:00,2025-01-06T09:00,2025-01-06T10:00

                """))
        XCTAssertEqual(run.status, 0, run.err)
        let january = try run.assessment("2025-01")
        XCTAssertEqual(january["departments_all_green_change"] as? Int, 1)  // 2 - 1
        XCTAssertEqual(january["departments_no_red_change"] as? Int, 1)     // 2 - 1
        XCTAssertTrue(try run.assessment("2024-12")["departments_all_green_change"] is NSNull)  // no 2024-11
    }

    func testS5_MonthsAndQuartersAreNeverComparedWithEachOther() throws {
        // Each period has one green post of a (1 all green, 1 no red). The quarter before 2024-Q4 is 2024-Q3,
        // absent although the month 2024-09 is there; the month before 2025-01 is 2024-12, absent although
        // the quarter 2024-Q4 covers it. 2024-Q4 one year earlier is 2023-Q4, absent although 2023-12 is there.
        func green(_ day: String) -> String { V2.header + "p1,board,a,inquiry,\(day)T09:00,\(day)T09:00,\(day)T10:00\n" }
        let run = try buildV2(V2.quarter("2024-Q4", asOf: "2024-12-31", posts: green("2024-10-07")),
                              V2.month("2024-09", asOf: "2024-09-30", posts: green("2024-09-02")),
                              V2.month("2025-01", asOf: "2025-01-31", posts: green("2025-01-06")),
                              V2.month("2023-12", asOf: "2023-12-31", posts: green("2023-12-04")))
        XCTAssertEqual(run.status, 0, run.err)
        for slug in ["2024-q4", "2024-09", "2025-01", "2023-12"] {
            XCTAssertTrue(try run.assessment(slug)["departments_all_green_change"] is NSNull, slug)
            XCTAssertTrue(try run.assessment(slug)["departments_no_red_change"] is NSNull, slug)
            XCTAssertNil(try run.summary(slug)["year_over_year"], slug)
        }
        XCTAssertEqual(try run.summary("2024-q4")["quarter"] as? String, "2024-Q4")
        XCTAssertNil(try run.summary("2024-q4")["month"])
        XCTAssertNil(try run.summary("2025-01")["quarter"])
    }

    func testS5_MonthErrorsAreReportedAtTheirPlaceAllAtOnce() throws {
        // Line 2 is 2024-12-01 00:00 in Shanghai (inside); line 3 is 1 January; line 4 is 2025-01-01 00:30 there;
        // line 5 is a minute before the month.
        let run = try buildV2(
            V2.month("2019-5", asOf: "2019-05-31", posts: V2.header),
            V2.month("2024-12", asOf: "2024-12-30", posts: V2.header + """
                m1,board,a,inquiry,2024-11-30T16:00Z,,
                m2,board,a,inquiry,2025-01-01T00:00,,
                m3,board,a,inquiry,2024-12-31T16:30Z,,
                m4,board,a,inquiry,2024-11-30T23:59,,

                """))
        XCTAssertNotEqual(run.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.output.path))
        // Worded as the quarter's errors are.
        XCTAssertEqual(run.errors.sorted(), [
            #"Content/months/2019-5:1: error: invalid month folder name "2019-5""#,
            "Content/months/2024-12/month.yml:1: error: as_of 2024-12-30 is before the end of 2024-12 (2024-12-31)",
            #"Content/months/2024-12/posts.csv:3: error: posted_at "2025-01-01T00:00" is outside 2024-12"#,
            #"Content/months/2024-12/posts.csv:4: error: posted_at "2024-12-31T16:30Z" is outside 2024-12"#,
            #"Content/months/2024-12/posts.csv:5: error: posted_at "2024-11-30T23:59" is outside 2024-12"#,
        ])
    }

    func testS5_AMonthsAdjustmentsMustBeDatedInsideTheMonth() throws {
        let run = try buildV2(V2.month("2024-12", asOf: "2024-12-31", posts: V2.header + "m1,board,a,inquiry,2024-12-02T09:00,,\n"),
                              ["months/2024-12/adjustments.csv": "department,date,kind,points,reason,source\n"
                               + "a,2024-12-31,bonus,1,r,media\na,2025-01-01,bonus,1,r,media\n"])
        XCTAssertEqual(run.errors, ["Content/months/2024-12/adjustments.csv:3: error: date 2025-01-01 is outside 2024-12"])
    }

    // MARK: - 6. Year-over-year change

    func testS6_AMonthAgainstTheSameMonthAYearEarlierGivesTheContractsExample() throws {
        // 2025-01: 242 posts, 230 accepted, 175 replied, 132 of them green; 2024-01: 188, 180, 136, 108 green.
        // Mailbox posts are not assessed and change nothing.
        let run = try buildV2(
            ["site.yml": V2.boardSite()],
            V2.month("2025-01", asOf: "2025-01-31", posts: V2.header
                     + V2.posts("n", count: 242, day: "2025-01-06", accepted: 230, replied: 175, green: 132,
                                greenDay: "2025-01-07", grayDay: "2025-01-20")
                     + V2.posts("x", count: 5, channel: "mailbox", day: "2025-01-06", accepted: 5)),
            V2.month("2024-01", asOf: "2024-01-31", posts: V2.header
                     + V2.posts("o", count: 188, day: "2024-01-08", accepted: 180, replied: 136, green: 108,
                                greenDay: "2024-01-09", grayDay: "2024-01-22")))
        XCTAssertEqual(run.status, 0, run.err)
        let change = try XCTUnwrap(run.summary("2025-01")["year_over_year"] as? [String: Any])
        XCTAssertEqual(Set(change.keys), ["period", "posts", "accepted", "replied", "acceptance_rate", "reply_rate", "green_rate"])
        XCTAssertEqual(change["period"] as? String, "2024-01")
        func figure(_ key: String) throws -> [String: Any] { try XCTUnwrap(change[key] as? [String: Any], key) }
        for key in ["posts", "accepted", "replied"] { XCTAssertEqual(Set(try figure(key).keys), ["previous", "change", "change_pct"], key) }
        for key in ["acceptance_rate", "reply_rate", "green_rate"] { XCTAssertEqual(Set(try figure(key).keys), ["previous", "change"], key) }
        // 54/188 = 28.72 -> 28.7; 50/180 = 27.78 -> 27.8; 39/136 = 28.68 -> 28.7.
        XCTAssertEqual(try ["posts", "accepted", "replied"].map { try figure($0)["previous"] as? Int }, [188, 180, 136])
        XCTAssertEqual(try ["posts", "accepted", "replied"].map { try figure($0)["change"] as? Int }, [54, 50, 39])
        XCTAssertEqual(try ["posts", "accepted", "replied"].map { number(try figure($0)["change_pct"]) }, [28.7, 27.8, 28.7])
        // 180/188 = 95.74 -> 95.7, change 230/242 - 180/188 = 95.041 - 95.745 = -0.70 -> -0.7;
        // 136/188 = 72.34 -> 72.3, change 72.314 - 72.340 = -0.026 -> 0.0 (never -0.0);
        // 108/180 = 60.0, change 132/230 - 108/180 = 57.391 - 60 = -2.61 -> -2.6.
        XCTAssertEqual(try ["acceptance_rate", "reply_rate", "green_rate"].map { number(try figure($0)["previous"]) }, [95.7, 72.3, 60.0])
        XCTAssertEqual(try ["acceptance_rate", "reply_rate", "green_rate"].map { number(try figure($0)["change"]) }, [-0.7, 0.0, -2.6])
        XCTAssertFalse(try run.text("data/2025-01/summary.json").contains("-0.0"))
        XCTAssertNil(try run.summary("2024-01")["year_over_year"])  // no 2023-01
    }

    func testS6_AQuarterAgainstTheSameQuarterAYearEarlierRoundsChangePctHalfUpFromTheExactFraction() throws {
        // 2024-Q3: 89 posts, 71 accepted, 17 replied and green; 2023-Q3: 80, 80, 16 green. Mailbox not assessed.
        let run = try buildV2(
            ["site.yml": V2.boardSite()],
            V2.quarter("2024-Q3", asOf: "2024-10-15", posts: V2.header
                       + V2.posts("n", count: 89, day: "2024-07-01", accepted: 71, replied: 17, green: 17, greenDay: "2024-07-02")
                       + V2.posts("x", count: 7, channel: "mailbox", day: "2024-07-01", accepted: 7)),
            V2.quarter("2023-Q3", asOf: "2023-10-15", posts: V2.header
                       + V2.posts("o", count: 80, day: "2023-07-03", accepted: 80, replied: 16, green: 16, greenDay: "2023-07-04")))
        XCTAssertEqual(run.status, 0, run.err)
        let change = try XCTUnwrap(run.summary()["year_over_year"] as? [String: Any])
        XCTAssertEqual(change["period"] as? String, "2023-Q3")
        func figure(_ key: String) throws -> [String: Any] { try XCTUnwrap(change[key] as? [String: Any], key) }
        // posts +9 of 80 = 11.25 -> 11.3; accepted -9 of 80 = -11.25 -> -11.3 (ties away from zero); replied +1 of 16 = 6.25 -> 6.3.
        XCTAssertEqual(try ["posts", "accepted", "replied"].map { try figure($0)["change"] as? Int }, [9, -9, 1])
        XCTAssertEqual(try ["posts", "accepted", "replied"].map { number(try figure($0)["change_pct"]) }, [11.3, -11.3, 6.3])
        // acceptance 71/89 = 79.775 against 100.0: -20.22 -> -20.2; reply 17/89 = 19.101 against 16/80 = 20.0: -0.899 -> -0.9;
        // green 17/71 = 23.944 against 16/80 = 20.0: +3.944 -> 3.9.
        XCTAssertEqual(try ["acceptance_rate", "reply_rate", "green_rate"].map { number(try figure($0)["previous"]) }, [100.0, 20.0, 20.0])
        XCTAssertEqual(try ["acceptance_rate", "reply_rate", "green_rate"].map { number(try figure($0)["change"]) }, [-20.2, -0.9, 3.9])
    }

    func testS6_AChangePctThatRoundsToZeroFromBelowIsWrittenZero() throws {
        // contract silent: "never -0.0" is said of rate changes; a careful reader expects it of change_pct too.
        // 2000 posts against 2001: change -1, -1/2001 = -0.05% -> -0.0, written 0.0.
        let run = try buildV2(
            V2.quarter("2024-Q3", asOf: "2024-10-15", posts: V2.header + V2.posts("n", count: 2000, day: "2024-07-01", accepted: 0)),
            V2.quarter("2023-Q3", asOf: "2023-10-15", posts: V2.header + V2.posts("o", count: 2001, day: "2023-07-03", accepted: 0)))
        XCTAssertEqual(run.status, 0, run.err)
        let posts = try XCTUnwrap((run.summary()["year_over_year"] as? [String: Any])?["posts"] as? [String: Any])
        XCTAssertEqual(posts["change"] as? Int, -1)
        XCTAssertEqual(number(posts["change_pct"]), 0.0)
        XCTAssertFalse(try run.text("data/2024-q3/summary.json").contains("-0.0"))
    }

    func testS6_APreviousPeriodWithZeroGivesNullChangePctAndNullRatesGiveNullChanges() throws {
        // 2019-05: 3 posts, 2 accepted, 1 replied green (66.7, 33.3, 50.0). 2018-05: 2 posts, none accepted or replied.
        let run = try buildV2(
            V2.month("2019-05", asOf: "2019-05-31", posts: V2.header
                     + V2.posts("n", count: 3, day: "2019-05-06", accepted: 2, replied: 1, green: 1, greenDay: "2019-05-07")),
            V2.month("2018-05", asOf: "2018-05-31", posts: V2.header + V2.posts("o", count: 2, day: "2018-05-07", accepted: 0)))
        XCTAssertEqual(run.status, 0, run.err)
        let change = try XCTUnwrap(run.summary("2019-05")["year_over_year"] as? [String: Any])
        XCTAssertEqual(change["period"] as? String, "2018-05")
        let posts = try XCTUnwrap(change["posts"] as? [String: Any])
        XCTAssertEqual([posts["previous"] as? Int, posts["change"] as? Int], [2, 1])
        XCTAssertEqual(number(posts["change_pct"]), 50.0)  // 1 of 2
        for key in ["accepted", "replied"] {
            let figure = try XCTUnwrap(change[key] as? [String: Any])
            XCTAssertEqual(figure["previous"] as? Int, 0, key)
            XCTAssertTrue(figure["change_pct"] is NSNull, key)
        }
        // Both acceptance and reply rates were 0.0 (0 of 2): changes 66.67 -> 66.7 and 33.33 -> 33.3.
        // The green rate of 2018-05 is null (nothing accepted): previous and change null.
        let acceptance = try XCTUnwrap(change["acceptance_rate"] as? [String: Any])
        XCTAssertEqual([number(acceptance["previous"]), number(acceptance["change"])], [0.0, 66.7])
        XCTAssertEqual(number((change["reply_rate"] as? [String: Any])?["change"]), 33.3)
        let green = try XCTUnwrap(change["green_rate"] as? [String: Any])
        XCTAssertTrue(green["previous"] is NSNull)
        XCTAssertTrue(green["change"] is NSNull)
    }

    func testS6_AnEmptyPreviousPeriodIsStillComparedWithNullsThroughout() throws {
        // 2023-Q3 has no posts: previous counts 0, every change_pct null, every previous rate null and every rate change null.
        let run = try buildV2(V2.quarter("2024-Q3", asOf: "2024-10-15", posts: V2.header + "p1,board,a,inquiry,2024-07-01T09:00,,\n"),
                              V2.quarter("2023-Q3", asOf: "2023-10-15", posts: V2.header))
        XCTAssertEqual(run.status, 0, run.err)
        let change = try XCTUnwrap(run.summary()["year_over_year"] as? [String: Any])
        for key in ["posts", "accepted", "replied"] {
            let figure = try XCTUnwrap(change[key] as? [String: Any])
            XCTAssertEqual(figure["previous"] as? Int, 0, key)
            XCTAssertEqual(figure["change"] as? Int, key == "posts" ? 1 : 0, key)
            XCTAssertTrue(figure["change_pct"] is NSNull, key)
        }
        for key in ["acceptance_rate", "reply_rate", "green_rate"] {
            let figure = try XCTUnwrap(change[key] as? [String: Any])
            XCTAssertTrue(figure["previous"] is NSNull, key)
            XCTAssertTrue(figure["change"] is NSNull, key)
        }
    }
}
