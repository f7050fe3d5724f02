import Foundation
import XCTest

/// CONTRACT.md v2 §9 (sub-categories, thresholds, extra rankings), black box: inline content
/// folders built by the `lightboard` binary, figures computed by hand.
final class ContractV2CategoriesRankingsTests: XCTestCase {
    /// `V2.site` with these category lines from line 9 on, assessing the board only.
    static func site(categories: String) -> String {
        V2.site.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).joined(separator: "\n") + "\n"
            + categories + "assessment:\n  channels: [board]\n"
    }

    func quarter(_ rows: String, site: String, departments: String = V2.departments) throws -> ContractRun {
        try buildV2(["site.yml": site, "departments.csv": departments], V2.quarter("2024-Q3", asOf: "2024-10-15", posts: V2.header + rows))
    }

    // MARK: - Sub-categories

    func testS9_AClassCountsItsOwnPostsAndThoseOfItsSubCategories() throws {
        let site = Self.site(categories: """
              - {id: inquiry, name: Inquiry}
              - {id: complaint, name: Complaint}
              - {id: noise, name: Noise, parent: complaint}
              - {id: traffic, name: Traffic, parent: complaint}
              - {id: praise, name: Praise}

            """)
        // complaint: 1 of its own + 2 noise = 3 (the mailbox noise post is not assessed); traffic 0.
        let run = try quarter("""
            p1,board,a,inquiry,2024-07-01T09:00,,
            p2,board,a,complaint,2024-07-01T09:00,,
            p3,board,a,noise,2024-07-01T09:00,,
            p4,board,b,noise,2024-07-01T09:00,,
            p5,mailbox,b,noise,2024-07-01T09:00,,

            """, site: site)
        XCTAssertEqual(run.status, 0, run.err)
        let categories = try XCTUnwrap(run.summary()["categories"] as? [[String: Any]])
        XCTAssertEqual(categories.map { $0["id"] as? String }, ["inquiry", "complaint", "noise", "traffic", "praise"])
        XCTAssertEqual(categories.map { $0["posts"] as? Int }, [1, 3, 2, 0, 0])
        XCTAssertEqual(categories.map { $0["parent"] as? String }, [nil, nil, "complaint", "complaint", nil])
        XCTAssertEqual(categories.map { $0.keys.contains("parent") }, [false, false, true, true, false])
    }

    func testS9_ASubCategoryMayBeListedBeforeItsParent() throws {
        // contract silent: the parent is looked up among all categories, wherever it is listed; entries keep site.yml order.
        let site = Self.site(categories: "  - {id: noise, name: Noise, parent: complaint}\n  - {id: complaint, name: Complaint}\n")
        let run = try quarter("p1,board,a,noise,2024-07-01T09:00,,\n", site: site)
        XCTAssertEqual(run.status, 0, run.err)
        let categories = try XCTUnwrap(run.summary()["categories"] as? [[String: Any]])
        XCTAssertEqual(categories.map { $0["id"] as? String }, ["noise", "complaint"])
        XCTAssertEqual(categories.map { $0["posts"] as? Int }, [1, 1])
    }

    func testS9_AnUnknownParentOrAParentWithAParentIsAnError() throws {
        let site = Self.site(categories: """
              - {id: inquiry, name: Inquiry}
              - {id: complaint, name: Complaint}
              - {id: noise, name: Noise, parent: complain}
              - {id: traffic, name: Traffic, parent: complaint}
              - {id: night-traffic, name: Night traffic, parent: traffic}

            """)
        let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00,,\n", site: site)
        assertErrors(run, [("Content/site.yml:11", [#""complain""#]), ("Content/site.yml:13", [#""traffic""#])])
    }

    // MARK: - Thresholds

    func testS9_BelowThresholdsListsLeagueDepartmentsByExactRateInTheOrderWritten() throws {
        // a: reply 80/87 = 91.95 (exported 92.0, exactly below 92); green null (nothing accepted).
        // b: reply 23/25 = 92 exactly: not below; green null.
        // c: reply 1/2 = 50, green 1/2 = 50: not below 50. d: reply 1/2 = 50 (ties with c), green 0/1 = 0.
        // e: reply 0/1 = 0, green 0/1 = 0 (ties with d). f posts on the mailbox only: not in the league.
        let run = try quarter(
            V2.posts("a", count: 87, department: "a", day: "2024-07-01", accepted: 0, replied: 80, grayDay: "2024-07-02")
            + V2.posts("b", count: 25, department: "b", day: "2024-07-01", accepted: 0, replied: 23, grayDay: "2024-07-02")
            + """
            c1,board,c,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-02T09:00
            c2,board,c,inquiry,2024-07-01T09:00,2024-07-01T09:00,
            d1,board,d,inquiry,2024-07-01T09:00,2024-07-01T09:00,
            d2,board,d,inquiry,2024-07-01T09:00,,2024-07-02T09:00
            e1,board,e,inquiry,2024-07-01T09:00,2024-07-01T09:00,
            f1,mailbox,f,inquiry,2024-07-01T09:00,2024-07-01T09:00,

            """,
            site: V2.boardSite("  thresholds: {green_rate: 50, reply_rate: 92}\n"), departments: V2.departments + "f,己,F\n")
        XCTAssertEqual(run.status, 0, run.err)
        let below = try XCTUnwrap(run.summary()["below_thresholds"] as? [[String: Any]])
        XCTAssertEqual(below.map { $0["rate"] as? String }, ["green_rate", "reply_rate"])
        XCTAssertEqual(below.map { number($0["threshold"]) }, [50, 92])
        XCTAssertEqual(below.map { $0["departments"] as? [String] }, [["d", "e"], ["e", "c", "d", "a"]])
    }

    func testS9_AnUnknownThresholdKeyIsAnError() throws {
        // Line 14 holds the thresholds. `replied` is a count, not a rate.
        for (key, name) in [("speed", "speed"), ("replied", "replied")] {
            let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00,,\n", site: V2.boardSite("  thresholds: {reply_rate: 92, \(key): 3}\n"))
            assertErrors(run, [("Content/site.yml:14", [name])])
        }
    }

    // MARK: - Extra rankings

    static let rankingSite = V2.boardSite() + """
        rankings:
          - {id: mailbox-replies, title: {zh: 信箱回复前十, en: Top ten in answering the mailbox}, channels: [mailbox], by: replied, top: 2}
          - {id: reply-rate, title: Reply rate, channels: [board, mailbox], by: reply_rate}

        """
    /// On the mailbox (not assessed): a 3 posts 1 replied, b 2 of 2, c 1 of 1, d 0 of 1. On the board: e 2 of 3.
    static let rankingRows = """
        a1,mailbox,a,inquiry,2024-07-01T09:00,,2024-07-02T09:00
        a2,mailbox,a,inquiry,2024-07-01T09:00,,
        a3,mailbox,a,inquiry,2024-07-01T09:00,,
        b1,mailbox,b,inquiry,2024-07-01T09:00,,2024-07-02T09:00
        b2,mailbox,b,inquiry,2024-07-01T09:00,,2024-07-02T09:00
        c1,mailbox,c,inquiry,2024-07-01T09:00,,2024-07-02T09:00
        d1,mailbox,d,inquiry,2024-07-01T09:00,,
        e1,board,e,inquiry,2024-07-01T09:00,,2024-07-02T09:00
        e2,board,e,inquiry,2024-07-01T09:00,,2024-07-02T09:00
        e3,board,e,inquiry,2024-07-01T09:00,,

        """

    func ranking(_ run: ContractRun, _ id: String, slug: String = "2024-q3") throws -> [[String: Any]] {
        try XCTUnwrap(run.json("data/\(slug)/rankings/\(id).json") as? [[String: Any]])
    }

    func testS9_ARankingOverAChannelThatIsNotAssessedIsCutByTop() throws {
        let run = try quarter(Self.rankingRows, site: Self.rankingSite)
        XCTAssertEqual(run.status, 0, run.err)
        // Replied on the mailbox: b 2, a 1, c 1 (after a in registry order), d 0; top 2 keeps b and a.
        let replies = try ranking(run, "mailbox-replies")
        XCTAssertEqual(replies.map { Set($0.keys) }, Array(repeating: ["id", "rank", "posts", "value"], count: 2))
        XCTAssertEqual(replies.map { $0["id"] as? String }, ["b", "a"])
        XCTAssertEqual(replies.map { $0["rank"] as? Int }, [1, 2])
        XCTAssertEqual(replies.map { $0["posts"] as? Int }, [2, 3])
        XCTAssertEqual(replies.map { $0["value"] as? Int }, [2, 1])
        XCTAssertFalse(try run.text("data/2024-q3/rankings/mailbox-replies.json").contains("."), "a count is an integer")
        // The league is the board's: e alone.
        XCTAssertEqual(try run.departments().map { $0["id"] as? String }, ["e"])
    }

    func testS9_ARankingByARateOrdersByTheExactRateAndRoundsTheValueToOneDecimal() throws {
        let run = try quarter(Self.rankingRows, site: Self.rankingSite)
        // Board and mailbox: b 2/2 = 100, c 1/1 = 100 (after b), e 2/3 = 66.7, a 1/3 = 33.3, d 0/1 = 0.
        let rates = try ranking(run, "reply-rate")
        XCTAssertEqual(rates.map { $0["id"] as? String }, ["b", "c", "e", "a", "d"])
        XCTAssertEqual(rates.map { $0["rank"] as? Int }, [1, 2, 3, 4, 5])
        XCTAssertEqual(rates.map { $0["posts"] as? Int }, [2, 1, 3, 3, 1])
        XCTAssertEqual(rates.map { number($0["value"]) }, [100.0, 100.0, 66.7, 33.3, 0.0])
    }

    func testS9_ANullRateRanksAfterEveryNumber() throws {
        // contract silent: a department with posts in the channels but a null rate (nothing accepted) is listed,
        // with value null, after every department with a number (0.0 included), then in registry order.
        // a: green 0/1 = 0.0; b: nothing accepted, null; c: green 1/1 = 100.
        let site = V2.boardSite() + "rankings:\n  - {id: green, title: Green, channels: [mailbox], by: green_rate}\n"
        let run = try quarter("""
            a1,mailbox,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,
            b1,mailbox,b,inquiry,2024-07-01T09:00,,
            c1,mailbox,c,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-02T09:00
            e1,board,e,inquiry,2024-07-01T09:00,,

            """, site: site)
        let green = try ranking(run, "green")
        XCTAssertEqual(green.map { $0["id"] as? String }, ["c", "a", "b"])
        XCTAssertEqual(number(green[1]["value"]), 0.0)
        XCTAssertTrue(green[2]["value"] is NSNull)
    }

    func testS9_AMonthsRankingsGoToItsOwnFolder() throws {
        let rows = Self.rankingRows.replacingOccurrences(of: "2024-07-0", with: "2024-12-0")
        let run = try buildV2(["site.yml": Self.rankingSite], V2.month("2024-12", asOf: "2024-12-31", posts: V2.header + rows))
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try ranking(run, "mailbox-replies", slug: "2024-12").map { $0["id"] as? String }, ["b", "a"])
    }

    func testS9_AnUnknownRankingKeyOrChannelIsAnError() throws {
        let site = V2.boardSite() + """
            rankings:
              - {id: x, title: X, channels: [board], by: speed}
              - {id: y, title: Y, channels: [post], by: replied}

            """
        let run = try quarter("p1,board,a,inquiry,2024-07-01T09:00,,\n", site: site)
        assertErrors(run, [("Content/site.yml:15", ["speed"]), ("Content/site.yml:16", [#""post""#])])
    }
}
