import Foundation
import XCTest

/// Black-box checks of CONTRACT.md, rule by rule: each test writes a small content
/// folder, runs the `lightboard` binary and reads stderr or the open data of section 4.
/// Expected figures are computed by hand from the contract's words. Sections 1–2 here,
/// 3–4 in `ContractComputationTests`, on the same base content folder.
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
}
