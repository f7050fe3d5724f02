import Foundation
import XCTest

/// Contract section 3 (the computation) and 4 (the open data), black-box as
/// `ContractConformanceTests` (sections 1–2), on its base content folder.
final class ContractComputationTests: XCTestCase {
    private typealias Base = ContractConformanceTests

    /// Builds `Base.base` with `changes` applied (nil removes a file) into a fresh output folder.
    func build(_ changes: [String: String?] = [:]) throws -> ContractRun {
        var files = Base.base
        for (path, text) in changes { files[path] = text }
        return try buildContent(files)
    }

    func buildPosts(_ rows: String, asOf: String = "2024-10-15") throws -> ContractRun {
        try build(["quarters/2024-Q3/posts.csv": Base.postsHeader + rows,
                   "quarters/2024-Q3/quarter.yml": "as_of: \(asOf)\npublished: 2024-10-20\n"])
    }

    // MARK: - 3. Computation

    func testS3_AsOfCutOffIsByDateInTheSiteTimeZone() throws {
        // as_of 2024-10-15: 23:59 local counts, 00:00 the next day does not, nor 16:30Z (00:30 on the 16th in Shanghai).
        let run = try buildPosts("""
            p1,board,a,inquiry,2024-09-30T09:00,2024-09-30T09:00,2024-10-15T23:59
            p2,board,a,inquiry,2024-09-30T09:00,2024-09-30T09:00,2024-10-16T00:00
            p3,board,a,inquiry,2024-09-30T09:00,2024-09-30T09:00,2024-10-15T16:30Z
            p4,board,a,inquiry,2024-09-30T09:00,2024-10-16T08:00+08:00,2024-10-15T09:00

            """)
        let a = try department("a", in: run)
        XCTAssertEqual([a["posts"], a["accepted"], a["replied"], a["gray"], a["red"]] as? [Int], [4, 3, 2, 1, 2])
    }

    func testS3_RatesAreNullOnZeroDenominatorsIncludingChannelEntries() throws {
        let run = try buildPosts("p1,board,a,inquiry,2024-07-01T09:00,,2024-07-02T09:00\n")
        let channels = try XCTUnwrap(run.summary()["channels"] as? [[String: Any]])
        XCTAssertTrue(channels[1]["acceptance_rate"] is NSNull)
        XCTAssertTrue(channels[1]["reply_rate"] is NSNull)
        let a = try department("a", in: run)
        XCTAssertEqual(a["reply_rate"] as? Double, 100.0)
        for key in ["green_rate", "yellow_rate", "gray_rate", "red_rate"] { XCTAssertTrue(a[key] is NSNull, key) }
        // Replied without being accepted: counted as replied, no light, and a score of 30 x 1.
        XCTAssertEqual(a["score"] as? Double, 30.0)
    }

    func testS3_RatesRoundHalfUpFromTheExactFraction() throws {
        // a: 1 of 16 accepted = 6.25% -> 6.3; b: 1 of 40 = 2.5%; c: 1 of 8 = 12.5%; d: 2 of 3 = 66.7%.
        func rows(_ department: String, posts: Int, accepted: Int) -> String {
            (0..<posts).map { "\(department)\($0),board,\(department),inquiry,2024-07-01T09:00,\($0 < accepted ? "2024-07-01T09:00" : ""),\n" }.joined()
        }
        let run = try buildPosts(rows("a", posts: 16, accepted: 1) + rows("b", posts: 40, accepted: 1)
                                 + rows("c", posts: 8, accepted: 1) + rows("d", posts: 3, accepted: 2))
        let rates = try ["a", "b", "c", "d"].map { try department($0, in: run)["acceptance_rate"] as? Double }
        XCTAssertEqual(rates, [6.3, 2.5, 12.5, 66.7])
        // Scores from the exact rates: 20 x 1/16 = 1.25; 20 x 1/40 = 0.5; 20 x 1/8 = 2.5; 20 x 2/3 = 13.333...
        let scores = try ["a", "b", "c", "d"].map { try department($0, in: run)["score"] as? Double }
        XCTAssertEqual(scores, [1.25, 0.5, 2.5, 13.33])
    }

    func testS3_NegativeScoreTiesRoundAwayFromZero() throws {
        // red_rate weight -1 and 1 red of 8 accepted: -12.5 / 100 = -0.125 -> -0.13.
        let site = Base.site + "assessment:\n  score:\n    weights: {red_rate: -1}\n"
        let rows = (0..<8).map { "p\($0),board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,\($0 == 0 ? "" : "2024-07-01T10:00")\n" }.joined()
        let run = try build(["site.yml": site, "quarters/2024-Q3/posts.csv": Base.postsHeader + rows])
        XCTAssertTrue(try run.text("data/2024-q3/departments.json").contains(#""score": -0.13"#))
    }

    /// The full worked scenario: lights, rates, weights, bonus, penalty, complex issues, league, lists, change.
    func testS3_ScenarioFiguresMatchTheContract() throws {
        let run = try build([
            "site.yml": Base.site + """
                assessment:
                  channels: [board]
                  score:
                    weights: {acceptance_rate: 20, reply_rate: 30, green_rate: 50, red_rate: -10}
                    complex_issue_points: 0.5

                """,
            "quarters/2024-Q2/quarter.yml": "as_of: 2024-07-10\npublished: 2024-07-20\n",
            "quarters/2024-Q2/posts.csv": Base.postsHeader + "q,board,c,inquiry,2024-06-03T10:00,2024-06-03T10:00,2024-06-03T11:00\n",
            "quarters/2024-Q3/posts.csv": Base.postsHeader + """
                a1,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-04T09:00
                a2,board,a,complaint,2024-07-01T09:00,2024-07-01T09:00,2024-07-08T09:00
                a3,board,a,inquiry,2024-07-01T09:00,,2024-07-02T09:00
                a4,mailbox,a,complaint,2024-07-01T09:00,2024-07-01T09:00,
                b1,board,b,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-09T09:00
                b2,board,b,inquiry,2024-07-01T09:00,2024-07-01T09:00,
                c1,board,c,complaint,2024-07-02T09:00,2024-07-02T09:00,2024-07-02T10:00
                d1,board,d,inquiry,2024-07-02T09:00,2024-07-02T09:00,
                d2,board,d,inquiry,2024-07-02T09:00,2024-07-02T09:00,

                """,
            "quarters/2024-Q3/adjustments.csv": "department,date,kind,points,reason,source\n"
                + "b,2024-07-05,bonus,1.25,r,media\nb,2024-07-05,penalty,0.5,r,netizen\ne,2024-08-01,bonus,5,r,media\n",
            "quarters/2024-Q3/complex-issues/x.md": "---\ntitle: X\nlead: b\nresolved: 2024-12-01\n---\nx\n",
            "quarters/2024-Q3/complex-issues/y.md": "---\ntitle: Y\nlead: e\npartners: [a, b]\nresolved: 2024-01-01\n---\ny\n",
        ])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try run.text("data/2024-q3/summary.json"), """
            {
              "quarter": "2024-Q3",
              "as_of": "2024-10-15",
              "published": "2024-10-20",
              "channels": [
                {
                  "id": "board",
                  "posts": 8,
                  "public": 8,
                  "accepted": 7,
                  "replied": 5,
                  "acceptance_rate": 87.5,
                  "reply_rate": 62.5
                },
                {
                  "id": "mailbox",
                  "posts": 1,
                  "public": 1,
                  "accepted": 1,
                  "replied": 0,
                  "acceptance_rate": 100.0,
                  "reply_rate": 0.0
                }
              ],
              "assessment": {
                "channels": ["board"],
                "posts": 8,
                "accepted": 7,
                "replied": 5,
                "acceptance_rate": 87.5,
                "reply_rate": 62.5,
                "lights": {
                  "green": 2,
                  "yellow": 1,
                  "gray": 1,
                  "red": 3
                },
                "green_rate": 28.6,
                "yellow_rate": 14.3,
                "gray_rate": 14.3,
                "red_rate": 42.9,
                "departments": 4,
                "departments_all_green": 1,
                "departments_all_green_change": 0,
                "departments_no_red": 2,
                "departments_no_red_change": 1,
                "top_red": ["d", "b"],
                "complex_issues": 2
              },
              "categories": [
                {
                  "id": "inquiry",
                  "posts": 6
                },
                {
                  "id": "complaint",
                  "posts": 2
                },
                {
                  "id": "praise",
                  "posts": 0
                }
              ]
            }

            """)
        // c 100; a 20 x 2/3 + 30 + 50 x 1/2 = 68.33; b 20 + 15 - 5 + 1.25 - 0.5 + 0.5 = 31.25; d 20 - 10 = 10.
        XCTAssertEqual(try run.text("data/2024-q3/departments.csv"), """
            id,name,rank,posts,accepted,replied,green,yellow,gray,red,acceptance_rate,reply_rate,green_rate,yellow_rate,gray_rate,red_rate,bonus,penalty,complex_issues,score
            c,丙,1,1,1,1,1,0,0,0,100.0,100.0,100.0,0.0,0.0,0.0,0.0,0.0,0,100.0
            a,甲,2,3,2,3,1,1,0,0,66.7,100.0,50.0,50.0,0.0,0.0,0.0,0.0,0,68.33
            b,乙,3,2,2,1,0,0,1,1,100.0,50.0,0.0,0.0,50.0,50.0,1.25,0.5,1,31.25
            d,丁,4,2,2,0,0,0,0,2,100.0,0.0,0.0,0.0,0.0,100.0,0.0,0.0,0,10.0

            """)
        let departments = try run.departments()
        XCTAssertEqual(departments.map { $0["id"] as? String }, ["c", "a", "b", "d"])
        XCTAssertEqual(departments.map { $0["rank"] as? Int }, [1, 2, 3, 4])
        XCTAssertTrue(try run.assessment("2024-q2")["departments_all_green_change"] is NSNull)
    }

    func testS3_LeagueTiesFollowRegistryOrderAndRanksHaveNoGaps() throws {
        let run = try buildPosts("d1,board,d,inquiry,2024-07-01T09:00,,\nb1,board,b,inquiry,2024-07-01T09:00,,\nc1,board,c,inquiry,2024-07-01T09:00,2024-07-01T09:00,\n")
        let departments = try run.departments()
        XCTAssertEqual(departments.map { $0["id"] as? String }, ["c", "b", "d"])
        XCTAssertEqual(departments.map { $0["rank"] as? Int }, [1, 2, 3])
    }

    func testS3_ChangeIsOnlyAgainstTheCalendarQuarterImmediatelyBefore() throws {
        var changes: [String: String?] = [:]
        for (quarter, asOf) in [("2024-Q1", "2024-04-10"), ("2024-Q4", "2024-12-31"), ("2025-Q1", "2025-03-31")] {
            let month = quarter.hasSuffix("Q4") ? "10" : quarter.hasSuffix("Q1") ? "01" : "07"
            changes["quarters/\(quarter)/quarter.yml"] = "as_of: \(asOf)\npublished: \(asOf)\n"
            changes["quarters/\(quarter)/posts.csv"] = Base.postsHeader
                + "p1,board,a,inquiry,\(quarter.prefix(4))-\(month)-03T09:00,\(quarter.prefix(4))-\(month)-03T09:00,\(quarter.prefix(4))-\(month)-03T10:00\n"
        }
        changes["calendar/2025.yml"] = "holidays: []\n"
        changes["quarters/2024-Q3/posts.csv"] = Base.postsHeader + "p1,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,\n"
        let run = try build(changes)
        XCTAssertEqual(run.status, 0, run.err)
        // Q1 and Q4 are all green, Q3 has a red: 2024-Q3 has no Q2 to compare with.
        XCTAssertTrue(try run.assessment("2024-q1")["departments_all_green_change"] is NSNull)
        XCTAssertTrue(try run.assessment("2024-q3")["departments_all_green_change"] is NSNull)
        XCTAssertEqual(try run.assessment("2024-q4")["departments_all_green_change"] as? Int, 1)
        XCTAssertEqual(try run.assessment("2024-q4")["departments_no_red_change"] as? Int, 1)
        XCTAssertEqual(try run.assessment("2025-q1")["departments_all_green_change"] as? Int, 0)
    }

    // MARK: - 4. Open data

    func testS4_DepartmentsJSONElementsHaveTheContractKeysInOrder() throws {
        let text = try build().text("data/2024-q3/departments.json")
        let keys = text.split(separator: "\n").compactMap { line -> Substring? in
            guard let open = line.firstIndex(of: "\""), let colon = line.range(of: "\": ") else { return nil }
            return line[line.index(after: open)..<colon.lowerBound]
        }
        XCTAssertEqual(keys, ["id", "rank", "posts", "accepted", "replied", "green", "yellow", "gray", "red",
                              "acceptance_rate", "reply_rate", "green_rate", "yellow_rate", "gray_rate", "red_rate",
                              "bonus", "penalty", "complex_issues", "score"])
    }

    func testS4_AQuarterWithoutPostsHasAnEmptyLeagueAndNullRates() throws {
        let run = try build(["quarters/2024-Q3/posts.csv": Base.postsHeader])
        XCTAssertEqual(try run.departments().count, 0)
        XCTAssertEqual(try run.text("data/2024-q3/departments.csv").split(separator: "\n").count, 1)
        XCTAssertTrue(try run.assessment()["acceptance_rate"] is NSNull)
        XCTAssertEqual(try run.assessment()["departments"] as? Int, 0)
    }
}
