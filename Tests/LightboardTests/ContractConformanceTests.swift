import Foundation
import XCTest

/// Black-box checks of CONTRACT.md, rule by rule: each test writes a small content
/// folder, runs the `lightboard` binary and reads stderr or the open data of section 4.
/// Expected figures are computed by hand from the contract's words.
final class ContractConformanceTests: XCTestCase {
    static let site = """
        title: {zh: 考评, en: Ratings}
        base_url: https://example.org/ratings/
        languages: [zh, en]
        timezone: Asia/Shanghai
        channels:
          - {id: board, name: Board}
          - {id: mailbox, name: Mailbox}
        categories:
          - {id: inquiry, name: Inquiry}
          - {id: complaint, name: Complaint}
          - {id: praise, name: Praise}

        """
    static let postsHeader = "id,channel,department,category,posted_at,accepted_at,replied_at\n"

    /// A valid content folder: departments a..e, calendar 2024 with National Day, quarter 2024-Q3 as of 2024-10-15.
    static let base: [String: String] = [
        "site.yml": site,
        "departments.csv": "id,name,name_en\na,甲,A\nb,乙,B\nc,丙,C\nd,丁,D\ne,戊,E\n",
        "calendar/2024.yml": "holidays: [2024-10-01..2024-10-07]\nworkdays: [2024-09-29]\n",
        "quarters/2024-Q3/quarter.yml": "as_of: 2024-10-15\npublished: 2024-10-20\n",
        "quarters/2024-Q3/posts.csv": postsHeader + "p1,board,a,inquiry,2024-07-01T09:00,,\n",
    ]

    /// Builds `base` with `changes` applied (nil removes a file) into a fresh output folder.
    func build(_ changes: [String: String?] = [:], bytes: [String: [UInt8]] = [:]) throws -> ContractRun {
        var files = Self.base
        for (path, text) in changes { files[path] = text }
        return try buildContent(files, bytes: bytes)
    }

    func buildPosts(_ rows: String, asOf: String = "2024-10-15") throws -> ContractRun {
        try build(["quarters/2024-Q3/posts.csv": Self.postsHeader + rows,
                   "quarters/2024-Q3/quarter.yml": "as_of: \(asOf)\npublished: 2024-10-20\n"])
    }

    // MARK: - 1. Command line

    func testS1_EveryErrorIsPrintedAsFileLineErrorMessageAtTheLineTheRecordStarts() throws {
        let run = try build(["quarters/2024-Q3/posts.csv": """
            id,channel,department,category,posted_at,title
            p1,board,a,inquiry,2024-07-01T09:00,plain
            p2,board,a,inquiry,2024-07-01T09:00,"a title, ""quoted"",
            written over
            three lines"
            p3,board,x,inquiry,2024-07-01T09:00,
            p1,post,a,inquiry,2024-07-01T09:00,
            p4,board,a,inquiry,2024-07-01,"two
            lines"

            """])
        XCTAssertNotEqual(run.status, 0)
        let errors = run.err.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, [
            #"Content/quarters/2024-Q3/posts.csv:6: error: unknown department "x""#,
            #"Content/quarters/2024-Q3/posts.csv:7: error: duplicate id "p1""#,
            #"Content/quarters/2024-Q3/posts.csv:7: error: unknown channel "post""#,
            #"Content/quarters/2024-Q3/posts.csv:8: error: invalid posted_at "2024-07-01""#,
        ])
    }

    func testS1_AValueWithALineBreakKeepsTheErrorOnOneLine() throws {
        let run = try buildPosts("p1,board,a,inquiry,2024-07-01T09:00,,\"not\na date\"\n")
        XCTAssertEqual(run.err.split(separator: "\n").first,
                       #"Content/quarters/2024-Q3/posts.csv:2: error: invalid replied_at "not\na date""#)
    }

    func testS1_MissingColumnIsReportedAtLine1() throws {
        let run = try build(["quarters/2024-Q3/posts.csv": "id,channel,department,posted_at\np1,board,a,2024-07-01T09:00\n"])
        XCTAssertTrue(run.err.hasPrefix(#"Content/quarters/2024-Q3/posts.csv:1: error: missing required column "category""#), run.err)
    }

    func testS1_ErrorsInSeveralFilesAreAllReported() throws {
        let run = try build([
            "site.yml": Self.site + "assessment:\n  score:\n    weights: {speed: 1}\n",
            "quarters/2024-Q3/quarter.yml": "as_of: 2024-09-29\npublished: 2024-10-20\n",
            "quarters/2024-Q3/posts.csv": Self.postsHeader + "p1,board,x,inquiry,2024-07-01T09:00,,\n",
        ])
        let locations = run.err.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.prefix { $0 != " " } }
        XCTAssertEqual(locations, ["Content/quarters/2024-Q3/posts.csv:2:", "Content/quarters/2024-Q3/quarter.yml:1:", "Content/site.yml:14:"])
    }

    func testS1_DuplicateYAMLKeyIsReportedAtTheSecondOccurrence() throws {
        let run = try build(["calendar/2024.yml": "holidays: [2024-10-01]\nworkdays: []\nholidays: [2024-10-02]\n"])
        XCTAssertTrue(run.err.hasPrefix(#"Content/calendar/2024.yml:3: error: duplicate key "holidays""#), run.err)
    }

    func testS1_FileIsThePathAsGivenRelativeOrWithATrailingSlash() throws {
        let work = try makeTemporaryFolder(self, prefix: "contract-path")
        for (path, text) in Self.base.merging(["departments.csv": "id,name\nA,甲\n"], uniquingKeysWith: { $1 }) {
            try write(Data(text.utf8), to: work.appendingPathComponent("in/\(path)"))
        }
        for given in ["in", "in/", "./in", work.path + "/in/"] {
            let result = try LightboardBinary.run(["check", "--content", given], in: work)
            let expected = (given.hasPrefix("/") ? work.path + "/" : given.hasPrefix("./") ? "./" : "") + "in/departments.csv:2: error:"
            XCTAssertTrue(result.err.hasPrefix(expected), "\(given): \(result.err)")
        }
    }

    func testS1_OnErrorAMissingOutputFolderIsNotCreated() throws {
        let run = try build(["departments.csv": "id,name\na,甲\na,乙\n"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.output.path))
    }

    func testS1_OutputIsTheSameWhateverTZLangAndWorkingFolder() throws {
        let run = try build()
        let other = try makeTemporaryFolder(self, prefix: "contract-env")
        let process = Process()
        process.executableURL = LightboardBinary.url
        process.arguments = ["build", "--content", run.output.deletingLastPathComponent().appendingPathComponent("Content").path,
                             "--templates", LightboardBinary.repository.appendingPathComponent("Templates").path,
                             "--output", other.appendingPathComponent("Site").path]
        process.currentDirectoryURL = other
        process.environment = ["TZ": "America/New_York", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8",
                               "LIGHTBOARD_CACHE_DIR": other.appendingPathComponent("cache").path]
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let first = try FolderSnapshot(run.output).entries.mapValues(\.bytes)
        let second = try FolderSnapshot(other.appendingPathComponent("Site")).entries.mapValues(\.bytes)
        XCTAssertEqual(first, second)
    }

    // MARK: - 2. Input layout

    func testS2_BOMAndCRLFAreAcceptedInEveryFileKind() throws {
        var files = Self.base
        files["quarters/2024-Q3/adjustments.csv"] = "department,date,kind,points,reason,source\na,2024-07-02,bonus,1.5,\"x, y\",media\n"
        files["quarters/2024-Q3/complex-issues/leak.md"] = "---\ntitle: T\nlead: a\nresolved: 2024-09-12\n---\nStory\n"
        files["pages/about.md"] = "---\ntitle: {zh: 关于, en: About}\n---\n# About\n"
        var bytes: [String: [UInt8]] = [:]
        for (path, text) in files { bytes[path] = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        let run = try build(bytes: bytes)
        XCTAssertEqual(run.status, 0, run.err)
        let a = try department("a", in: run)
        XCTAssertEqual(a["bonus"] as? Double, 1.5)
        XCTAssertEqual(a["complex_issues"] as? Int, 1)
    }

    func testS2_NonUTF8FileIsAnErrorNamingTheFileAndFirstBadLine() throws {
        let gbk: [UInt8] = [0xD2, 0xF3, 0xD6, 0xDD]
        let run = try build(bytes: [
            "departments.csv": Array("id,name\na,甲\nb,".utf8) + gbk + [0x0A],
            "calendar/2024.yml": Array("holidays: []\n# ".utf8) + gbk + [0x0A],
            "pages/about.md": Array("---\ntitle: x\n---\n\n".utf8) + gbk + [0x0A],
        ])
        let errors = run.err.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, [
            "Content/calendar/2024.yml:2: error: the file is not valid UTF-8",
            "Content/departments.csv:3: error: the file is not valid UTF-8",
            "Content/pages/about.md:5: error: the file is not valid UTF-8",
        ])
        XCTAssertTrue(run.err.contains(#""CSV UTF-8""#), run.err)
    }

    func testS2_ColumnNamesAreTrimmedCaseSensitiveInAnyOrderAndUnknownOnesIgnored() throws {
        let run = try build(["quarters/2024-Q3/posts.csv": " replied_at ,note, posted_at,category,department,channel,id\n"
            + "2024-07-01T10:00,hello,2024-07-01T09:00,inquiry,a,board,p1\n"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try department("a", in: run)["replied"] as? Int, 1)
        let upper = try build(["quarters/2024-Q3/posts.csv": "ID,channel,department,category,posted_at\np1,board,a,inquiry,2024-07-01T09:00\n"])
        XCTAssertTrue(upper.err.hasPrefix(#"Content/quarters/2024-Q3/posts.csv:1: error: missing required column "id""#), upper.err)
    }

    func testS2_PublicIsYesOrNoInAnyCaseAndEmptyMeansYes() throws {
        let rows = ["YES", "No", "", "nO", "yEs"].enumerated()
            .map { "p\($0.offset),board,a,inquiry,2024-07-01T09:00,\($0.element)\n" }.joined()
        let run = try build(["quarters/2024-Q3/posts.csv": "id,channel,department,category,posted_at,public\n" + rows])
        let channels = try XCTUnwrap(run.summary()["channels"] as? [[String: Any]])
        XCTAssertEqual(channels[0]["public"] as? Int, 3)
        let invalid = try build(["quarters/2024-Q3/posts.csv": "id,channel,department,category,posted_at,public\np1,board,a,inquiry,2024-07-01T09:00,y\n"])
        XCTAssertTrue(invalid.err.hasPrefix(#"Content/quarters/2024-Q3/posts.csv:2: error: invalid public "y""#), invalid.err)
    }

    func testS2_PostedAtIsConvertedToTheSiteTimeZoneBeforeTheQuarterCheck() throws {
        // 2024-06-30T20:00Z is 2024-07-01 04:00 in Shanghai: a Q3 post. 2024-09-30T23:00-03:00 is 1 October there.
        let run = try buildPosts("p1,board,a,inquiry,2024-06-30T20:00Z,,\np2,board,a,inquiry,2024-09-30T23:00-03:00,,\n")
        let errors = run.err.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, [#"Content/quarters/2024-Q3/posts.csv:3: error: posted_at "2024-09-30T23:00-03:00" is outside 2024-Q3"#])
    }

    func testS2_ReplyEarlierInTimeThanPostingIsAnErrorWhateverTheOffsets() throws {
        // Same instant written three ways is fine; one second earlier is not.
        let run = try buildPosts("""
            p1,board,a,inquiry,2024-07-01T09:00+05:30,2024-07-01T03:30Z,2024-07-01T00:30-03:00
            p2,board,a,inquiry,2024-07-01T09:00:30,,2024-07-01T09:00:29

            """)
        let errors = run.err.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, [#"Content/quarters/2024-Q3/posts.csv:3: error: replied_at "2024-07-01T09:00:29" is earlier than posted_at "2024-07-01T09:00:30""#])
    }

    func testS2_MissingCalendarYearIsReportedAtQuarterYmlNamingTheYear() throws {
        let run = try build([
            "quarters/2024-Q3/quarter.yml": nil, "quarters/2024-Q3/posts.csv": nil,
            "quarters/2024-Q4/quarter.yml": "as_of: 2025-01-10\npublished: 2025-01-20\n",
            "quarters/2024-Q4/posts.csv": Self.postsHeader + "p1,board,a,inquiry,2024-12-30T09:00,,\n",
        ])
        XCTAssertTrue(run.err.hasPrefix("Content/quarters/2024-Q4/quarter.yml:1: error: no working-day calendar for 2025"), run.err)
    }

    func testS2_CalendarRangesAreInclusiveAndWeekendWorkdaysCount() throws {
        // Posted Mon 1 July, replied Thu 11 July; 2-4 July off, Sat 6 July worked: 5, 6, 8, 9, 10, 11 = 6 -> gray;
        // without the worked Saturday 5 -> yellow, and an exclusive range end would add 4 July.
        let calendar = "holidays: [2024-07-02 .. 2024-07-04]\nworkdays: [2024-07-06]\n"
        let posts = Self.postsHeader + "p1,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-11T09:00\n"
        let withWorkday = try build(["calendar/2024.yml": calendar, "quarters/2024-Q3/posts.csv": posts])
        XCTAssertEqual(try department("a", in: withWorkday)["gray"] as? Int, 1, withWorkday.err)
        let withoutWorkday = try build(["calendar/2024.yml": "holidays: [2024-07-02..2024-07-04]\n", "quarters/2024-Q3/posts.csv": posts])
        XCTAssertEqual(try department("a", in: withoutWorkday)["yellow"] as? Int, 1, withoutWorkday.err)
    }

    func testS2_CalendarDateInBothListsOrOutsideItsYearIsAnError() throws {
        let run = try build(["calendar/2024.yml": "holidays: [2024-10-01..2024-10-07]\nworkdays: [2024-10-03, 2025-01-04]\n"])
        let errors = run.err.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, [#"Content/calendar/2024.yml:2: error: "2025-01-04" is outside 2024"#,
                                "Content/calendar/2024.yml:2: error: 2024-10-03 is both a holiday and a workday"])
    }

    func testS2_AdjustmentsOfADepartmentOutsideTheLeagueAreAcceptedWithoutEffect() throws {
        let run = try build(["quarters/2024-Q3/adjustments.csv": "department,date,kind,points,reason,source\ne,2024-08-01,bonus,5,r,media\na,2024-09-30,penalty,0.25,r,netizen\n"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try run.departments().map { $0["id"] as? String }, ["a"])
        XCTAssertEqual(try department("a", in: run)["score"] as? Double, -0.25)
    }

    func testS2_ComplexIssuesBelongToTheirFolderQuarterWhateverTheResolvedDate() throws {
        let run = try build(["quarters/2024-Q3/complex-issues/old.md": "---\ntitle: T\nlead: a\nresolved: 2023-01-05\n---\nx\n",
                             "quarters/2024-Q3/complex-issues/late.md": "---\ntitle: T\nlead: a\nresolved: 2025-02-01\n---\nx\n"])
        XCTAssertEqual(try run.assessment()["complex_issues"] as? Int, 2)
        XCTAssertEqual(try department("a", in: run)["score"] as? Double, 2.0)
    }

    func testS2_SiteDefaultsAssessAllChannelsInSiteOrderWithDefaultLightsAndWeights() throws {
        // Posted Monday 1 July: 3 working days is green, 5 yellow, 6 gray.
        let run = try buildPosts("""
            p1,mailbox,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-04T09:00
            p2,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-08T09:00
            p3,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,2024-07-09T09:00

            """)
        let assessment = try run.assessment()
        XCTAssertEqual(assessment["channels"] as? [String], ["board", "mailbox"])
        XCTAssertEqual(assessment["lights"] as? [String: Int], ["green": 1, "yellow": 1, "gray": 1, "red": 0])
        // 20 x 1 + 30 x 1 + 50 x 1/3 = 66.666...
        XCTAssertEqual(try department("a", in: run)["score"] as? Double, 66.67)
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
        let site = Self.site + "assessment:\n  score:\n    weights: {red_rate: -1}\n"
        let rows = (0..<8).map { "p\($0),board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,\($0 == 0 ? "" : "2024-07-01T10:00")\n" }.joined()
        let run = try build(["site.yml": site, "quarters/2024-Q3/posts.csv": Self.postsHeader + rows])
        XCTAssertTrue(try run.text("data/2024-q3/departments.json").contains(#""score": -0.13"#))
    }

    /// The full worked scenario: lights, rates, weights, bonus, penalty, complex issues, league, lists, change.
    func testS3_ScenarioFiguresMatchTheContract() throws {
        let run = try build([
            "site.yml": Self.site + """
                assessment:
                  channels: [board]
                  score:
                    weights: {acceptance_rate: 20, reply_rate: 30, green_rate: 50, red_rate: -10}
                    complex_issue_points: 0.5

                """,
            "quarters/2024-Q2/quarter.yml": "as_of: 2024-07-10\npublished: 2024-07-20\n",
            "quarters/2024-Q2/posts.csv": Self.postsHeader + "q,board,c,inquiry,2024-06-03T10:00,2024-06-03T10:00,2024-06-03T11:00\n",
            "quarters/2024-Q3/posts.csv": Self.postsHeader + """
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
            changes["quarters/\(quarter)/posts.csv"] = Self.postsHeader
                + "p1,board,a,inquiry,\(quarter.prefix(4))-\(month)-03T09:00,\(quarter.prefix(4))-\(month)-03T09:00,\(quarter.prefix(4))-\(month)-03T10:00\n"
        }
        changes["calendar/2025.yml"] = "holidays: []\n"
        changes["quarters/2024-Q3/posts.csv"] = Self.postsHeader + "p1,board,a,inquiry,2024-07-01T09:00,2024-07-01T09:00,\n"
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
        let run = try build(["quarters/2024-Q3/posts.csv": Self.postsHeader])
        XCTAssertEqual(try run.departments().count, 0)
        XCTAssertEqual(try run.text("data/2024-q3/departments.csv").split(separator: "\n").count, 1)
        XCTAssertTrue(try run.assessment()["acceptance_rate"] is NSNull)
        XCTAssertEqual(try run.assessment()["departments"] as? Int, 0)
    }
}
