import Foundation
import XCTest

/// CONTRACT.md v2 §8 (satisfaction, 满意度) and the settle_rate and satisfaction_rate weights,
/// black box: inline content folders built by the `lightboard` binary, figures computed by hand.
final class ContractV2SatisfactionTests: XCTestCase {
    /// Three dimensions; `satisfied_from` left to its default (4) unless given. Lines 14-19.
    static func site(satisfiedFrom: String? = nil, extra: String = "") -> String {
        V2.boardSite(extra) + """
            satisfaction:
              dimensions:
                - {id: speed, name: {zh: 处置速度, en: Speed of handling}}
                - {id: effect, name: {zh: 处置效果, en: Effect of handling}}
                - {id: service, name: {zh: 服务体验, en: Service experience}}

            """ + (satisfiedFrom.map { "  satisfied_from: \($0)\n" } ?? "")
    }

    static let header = "id,channel,department,category,posted_at,rating_speed,rating_effect,rating_service\n"

    func quarter(_ rows: String, header: String = header, site: String = site()) throws -> ContractRun {
        try buildV2(["site.yml": site], V2.quarter("2024-Q3", asOf: "2024-10-15", posts: header + rows))
    }

    /// Means: r1 4, r2 11/3, r3 4, r4 unrated, r5 5, r6 4 (3 and 5, the empty cell left out), r7 3; q1 2; m1 not assessed.
    static let rows = """
        r1,board,a,inquiry,2024-07-01T09:00,4,4,4
        r2,board,a,inquiry,2024-07-01T09:00,4,4,3
        r3,board,a,inquiry,2024-07-01T09:00,5,3,4
        r4,board,a,inquiry,2024-07-01T09:00,,,
        r5,board,a,inquiry,2024-07-01T09:00,5,,
        r6,board,a,inquiry,2024-07-01T09:00,3,,5
        r7,board,a,inquiry,2024-07-01T09:00,,,3
        q1,board,b,inquiry,2024-07-01T09:00,2,2,2
        q2,board,b,inquiry,2024-07-01T09:00,,,
        c1,board,c,inquiry,2024-07-01T09:00,,,
        m1,mailbox,a,inquiry,2024-07-01T09:00,5,5,5

        """

    func testS8_SatisfiedIsAMeanAtLeastSatisfiedFromOverRatedAssessedPosts() throws {
        let run = try quarter(Self.rows)
        XCTAssertEqual(run.status, 0, run.err)
        // a: rated r1 r2 r3 r5 r6 r7 = 6; satisfied (mean >= 4) r1 r3 r5 r6 = 4, not r2 (11/3) nor r7 -> 66.7.
        let a = try department("a", in: run)
        XCTAssertEqual([a["rated"] as? Int, a["satisfied"] as? Int], [6, 4])
        XCTAssertEqual(number(a["satisfaction_rate"]), 66.7)
        let b = try department("b", in: run)
        XCTAssertEqual([b["rated"] as? Int, b["satisfied"] as? Int], [1, 0])
        XCTAssertEqual(number(b["satisfaction_rate"]), 0.0)
        let c = try department("c", in: run)
        XCTAssertEqual([c["rated"] as? Int, c["satisfied"] as? Int], [0, 0])
        XCTAssertTrue(c["satisfaction_rate"] is NSNull)
        // Summary over assessed posts (m1 left out): 7 rated, 4 satisfied -> 57.1.
        let satisfaction = try XCTUnwrap(run.summary()["satisfaction"] as? [String: Any])
        XCTAssertEqual([satisfaction["rated"] as? Int, satisfaction["satisfied"] as? Int], [7, 4])
        XCTAssertEqual(number(satisfaction["satisfaction_rate"]), 57.1)
        let dimensions = try XCTUnwrap(satisfaction["dimensions"] as? [[String: Any]])
        XCTAssertEqual(dimensions.map { $0["id"] as? String }, ["speed", "effect", "service"])
        // speed 4 4 5 5 3 2 = 23/6 = 3.833 -> 3.83; effect 4 4 3 2 = 13/4 = 3.25; service 4 3 4 5 3 2 = 21/6 = 3.5.
        XCTAssertEqual(dimensions.map { $0["rated"] as? Int }, [6, 4, 6])
        XCTAssertEqual(dimensions.map { number($0["mean"]) }, [3.83, 3.25, 3.5])
        XCTAssertEqual(dimensions.map { $0["stars"] as? [Int] }, [[0, 1, 1, 2, 2], [0, 1, 1, 2, 0], [0, 1, 2, 2, 1]])
    }

    func testS8_SatisfiedFromIsTheLowestSatisfiedMean() throws {
        // satisfied_from 3: r2 (11/3) and r7 (3) are satisfied too: a 6 of 6; b's 2 is not: 6 of 7 = 85.7.
        let run = try quarter(Self.rows, site: Self.site(satisfiedFrom: "3"))
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try department("a", in: run)["satisfied"] as? Int, 6)
        XCTAssertEqual(number(try department("a", in: run)["satisfaction_rate"]), 100.0)
        XCTAssertEqual(number((try run.summary()["satisfaction"] as? [String: Any])?["satisfaction_rate"]), 85.7)
    }

    func testS8_ADimensionMeanOnATwoDecimalBoundaryRoundsHalfUpFromTheExactMean() throws {
        // speed: 31 fours and 9 fives = 169/40 = 4.225 -> 4.23 (as a binary double 4.225 x 100 is 422.4999...).
        // effect: 3 ones and 5 twos = 13/8 = 1.625 -> 1.63. The period has no rating_service column.
        // Satisfied: posts 0-2 (4 and 1: 2.5) and 3-7 (4 and 2: 3) are not; posts 8-39 (speed alone) are: 32/40 = 80.0.
        let rows = (0..<40).map { index in
            "p\(index),board,a,inquiry,2024-07-01T09:00,\(index < 31 ? 4 : 5),\(index < 3 ? "1" : index < 8 ? "2" : "")\n"
        }.joined()
        let run = try quarter(rows, header: "id,channel,department,category,posted_at,rating_speed,rating_effect\n")
        XCTAssertEqual(run.status, 0, run.err)
        let satisfaction = try XCTUnwrap(run.summary()["satisfaction"] as? [String: Any])
        XCTAssertEqual([satisfaction["rated"] as? Int, satisfaction["satisfied"] as? Int], [40, 32])
        XCTAssertEqual(number(satisfaction["satisfaction_rate"]), 80.0)
        let dimensions = try XCTUnwrap(satisfaction["dimensions"] as? [[String: Any]])
        XCTAssertEqual(dimensions.map { $0["rated"] as? Int }, [40, 8, 0])
        XCTAssertEqual(number(dimensions[0]["mean"]), 4.23)
        XCTAssertEqual(number(dimensions[1]["mean"]), 1.63)
        XCTAssertTrue(dimensions[2]["mean"] is NSNull)
        XCTAssertEqual(dimensions.map { $0["stars"] as? [Int] }, [[0, 0, 0, 31, 9], [3, 5, 0, 0, 0], [0, 0, 0, 0, 0]])
    }

    func testS8_APeriodWithoutRatingColumnsGivesZerosAndNulls() throws {
        let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00\n", header: "id,channel,department,category,posted_at\n")
        XCTAssertEqual(run.status, 0, run.err)
        let satisfaction = try XCTUnwrap(run.summary()["satisfaction"] as? [String: Any])
        XCTAssertEqual([satisfaction["rated"] as? Int, satisfaction["satisfied"] as? Int], [0, 0])
        XCTAssertTrue(satisfaction["satisfaction_rate"] is NSNull)
        let dimensions = try XCTUnwrap(satisfaction["dimensions"] as? [[String: Any]])
        XCTAssertEqual(dimensions.map { $0["id"] as? String }, ["speed", "effect", "service"])
        XCTAssertEqual(dimensions.map { $0["rated"] as? Int }, [0, 0, 0])
        XCTAssertTrue(dimensions.allSatisfy { $0["mean"] is NSNull })
        XCTAssertEqual(dimensions.map { $0["stars"] as? [Int] }, Array(repeating: [0, 0, 0, 0, 0], count: 3))
        let a = try department("a", in: run)
        XCTAssertEqual([a["rated"] as? Int, a["satisfied"] as? Int], [0, 0])
        XCTAssertTrue(a["satisfaction_rate"] is NSNull)
    }

    func testS8_RatingColumnsWithoutSatisfactionInSiteYmlAreIgnored() throws {
        // contract silent: without `satisfaction` in site.yml there are no dimensions; a rating_ column is then
        // read as an unknown column (ignored, as in v1, whose folders must still build) rather than an error.
        let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00,5,5,5\n", site: V2.boardSite())
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertNil(try run.summary()["satisfaction"])
        XCTAssertNil(try department("a", in: run)["rated"])
    }

    func testS8_SatisfactionHasItsColumnsInDepartmentsCSVAThresholdAndARanking() throws {
        let site = Self.site(extra: "  thresholds: {satisfaction_rate: 85}\n")
            + "rankings:\n  - {id: satisfied, title: Satisfied, channels: [board, mailbox], by: satisfied}\n"
        let run = try quarter(Self.rows, site: site)
        XCTAssertEqual(run.status, 0, run.err)
        // a 4/6 = 66.7, b 0/1 = 0.0, c null (empty cell).
        let rows = V2.csvRows(try run.text("data/2024-q3/departments.csv"))
        XCTAssertEqual(rows.map { [$0["id"], $0["rated"], $0["satisfied"], $0["satisfaction_rate"]] },
                       [["a", "6", "4", "66.7"], ["b", "1", "0", "0.0"], ["c", "0", "0", ""]])
        // Below 85: b (0) then a (66.7); c's null rate is not below.
        let below = try XCTUnwrap(run.summary()["below_thresholds"] as? [[String: Any]])
        XCTAssertEqual(below.map { $0["departments"] as? [String] }, [["b", "a"]])
        // Satisfied over board and mailbox: a 4 + m1 = 5 of 8 posts; b 0 of 2, c 0 of 1 (registry order).
        let ranking = try XCTUnwrap(run.json("data/2024-q3/rankings/satisfied.json") as? [[String: Any]])
        XCTAssertEqual(ranking.map { $0["id"] as? String }, ["a", "b", "c"])
        XCTAssertEqual(ranking.map { $0["posts"] as? Int }, [8, 2, 1])
        XCTAssertEqual(ranking.map { $0["value"] as? Int }, [5, 0, 0])
    }

    // MARK: - Weights

    func testS8_SettleRateAndSatisfactionRateAreWeightsOverTheExactRates() throws {
        // a: settle 1/2, satisfaction 1/2 (5 and 2) -> 40 x 0.5 + 60 x 0.5 = 50.
        // b: settle 2/3, satisfaction 1/2 (4 and 3; one unrated) -> 26.667 + 30 = 56.67 (not 40 x 0.667 + 60 x 0.5 = 56.68).
        // c: settle 0/1, satisfaction null (counts as 0) -> 0.
        let site = Self.site(extra: "  score:\n    weights: {settle_rate: 40, satisfaction_rate: 60}\n")
        let run = try quarter("""
            a1,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-02T09:00,5
            a2,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,,2
            b1,board,b,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-02T09:00,4
            b2,board,b,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-02T09:00,3
            b3,board,b,inquiry,2024-07-01T09:00,2024-07-01T09:00,,
            c1,board,c,inquiry,2024-07-01T09:00,2024-07-01T09:00,,

            """, header: "id,channel,department,category,posted_at,accepted_at,settled_at,rating_speed\n", site: site)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try run.departments().map { $0["id"] as? String }, ["b", "a", "c"])
        XCTAssertEqual(try run.departments().map { number($0["score"]) }, [56.67, 50.0, 0.0])
    }

    func testS8_AnUnknownWeightKeyIsStillAnError() throws {
        let site = V2.boardSite("  score:\n    weights: {settle_rate: 40, satisfaction_rate: 60, speed_rate: 1}\n")
        let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00,,,\n", site: site)
        XCTAssertEqual(run.errors, [#"Content/site.yml:15: error: unknown key "speed_rate" in assessment.score.weights"#])
    }

    // MARK: - Errors

    func testS8_ARatingThatIsNotAnIntegerOneToFiveIsAnErrorNamingTheColumn() throws {
        let run = try quarter("""
            x1,board,a,inquiry,2024-07-01T09:00,6,,
            x2,board,a,inquiry,2024-07-01T09:00,,4.5,
            x3,board,a,inquiry,2024-07-01T09:00,五,,
            x4,board,a,inquiry,2024-07-01T09:00,,,0
            x5,board,a,inquiry,2024-07-01T09:00,4,5,1

            """)
        assertErrors(run, [("Content/quarters/2024-Q3/posts.csv:2", ["rating_speed", #""6""#]),
                           ("Content/quarters/2024-Q3/posts.csv:3", ["rating_effect", #""4.5""#]),
                           ("Content/quarters/2024-Q3/posts.csv:4", ["rating_speed", #""五""#]),
                           ("Content/quarters/2024-Q3/posts.csv:5", ["rating_service", #""0""#])])
    }

    func testS8_ARatingColumnOfAnUnknownDimensionIsAnErrorOnTheHeaderLine() throws {
        let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00,4,5\n",
                              header: "id,channel,department,category,posted_at,rating_speed,rating_taste\n")
        assertErrors(run, [("Content/quarters/2024-Q3/posts.csv:1", ["rating_taste"])])
    }

    func testS8_NoDimensionsOrMoreThanEightIsAnError() throws {
        // Line 15 is the dimensions line (14: satisfaction).
        let nine = (1...9).map { "{id: d\($0), name: D\($0)}" }.joined(separator: ", ")
        for list in ["[]", "[\(nine)]"] {
            let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00\n", header: "id,channel,department,category,posted_at\n",
                                  site: V2.boardSite() + "satisfaction:\n  dimensions: \(list)\n")
            assertErrors(run, [("Content/site.yml:15", ["dimensions"])])
        }
        let eight = (1...8).map { "{id: d\($0), name: D\($0)}" }.joined(separator: ", ")
        let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00\n", header: "id,channel,department,category,posted_at\n",
                              site: V2.boardSite() + "satisfaction:\n  dimensions: [\(eight)]\n")
        XCTAssertEqual(run.status, 0, run.err)
        let satisfaction = try XCTUnwrap(run.summary()["satisfaction"] as? [String: Any])
        XCTAssertEqual((satisfaction["dimensions"] as? [Any])?.count, 8)
    }
}
