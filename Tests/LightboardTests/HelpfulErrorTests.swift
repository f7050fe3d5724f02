import Foundation
import XCTest

/// Errors that say what is wrong in the press officer's words, each checked as its whole
/// `FILE:LINE: error:` line (issue 13).
final class HelpfulErrorTests: XCTestCase {
    private var base: [String: String] { ContractConformanceTests.base }
    private let header = ContractConformanceTests.postsHeader

    private func build(_ changes: [String: String?], bytes: [String: [UInt8]] = [:]) throws -> ContractRun {
        var files = base
        for (path, text) in changes { files[path] = text }
        return try buildContent(files, bytes: bytes)
    }

    /// The error lines with their hints, as printed.
    private func report(_ run: ContractRun) -> [String] {
        run.err.split(separator: "\n").filter { !$0.hasPrefix("lightboard: ") }.map(String.init)
    }

    func testATabInYAMLIsNamedAsATab() throws {
        let run = try build(["calendar/2024.yml": "holidays:\n\t- 2024-10-01\n"])
        XCTAssertEqual(report(run), [
            "Content/calendar/2024.yml:2:1: error: invalid YAML: a tab; YAML does not allow tabs for indentation",
            "    hint: indent with spaces (editors can turn tabs into spaces)",
        ])
    }

    func testABrokenCalendarFileIsNotAlsoAMissingCalendar() throws {
        let run = try build(["calendar/2024.yml": "holidays: [2024-10-01\n"])
        XCTAssertEqual(run.errors.count, 1, run.err)
        XCTAssertTrue(run.errors[0].hasPrefix("Content/calendar/2024.yml:2:1: error: invalid YAML: "), run.err)
        XCTAssertFalse(run.err.contains("no working-day calendar"), run.err)
    }

    func testADepartmentWrittenByItsNameIsToldItsID() throws {
        let run = try build(["quarters/2024-Q3/posts.csv": header + "p1,board,乙,inquiry,2024-07-01T09:00,,\n",
                             "quarters/2024-Q3/adjustments.csv": "department,date,kind,points,reason,source\nB,2024-07-02,bonus,1,r,s\n"])
        XCTAssertEqual(report(run), [
            "Content/quarters/2024-Q3/adjustments.csv:2: error: unknown department \"B\"",
            "    hint: \"B\" is the name of department \"b\": write its id b",
            "Content/quarters/2024-Q3/posts.csv:2: error: unknown department \"乙\"",
            "    hint: \"乙\" is the name of department \"b\": write its id b",
        ])
    }

    func testAHeaderInTheWrongCaseIsToldTheRightName() throws {
        let run = try build(["quarters/2024-Q3/posts.csv": "id,channel,department,category,Posted_at\np1,board,a,inquiry,2024-07-01T09:00\n"])
        XCTAssertEqual(report(run), [
            "Content/quarters/2024-Q3/posts.csv:1: error: missing required column \"posted_at\"",
            "    hint: rename column \"Posted_at\" to \"posted_at\"",
        ])
    }

    func testAnUnclosedQuoteIsReportedAsAnUnclosedQuote() throws {
        let rows = """
            p1,board,a,inquiry,2024-07-01T09:00,,
            p2,board,a,inquiry,2024-07-01T09:00,",
            p3,board,a,inquiry,2024-07-01T09:00,,
            p4,board,a,inquiry,2024-07-01T09:00,"t",x,y
            p5,board,a,inquiry,2024-07-01T09:00,,

            """
        let run = try build(["quarters/2024-Q3/posts.csv": header + rows])
        XCTAssertEqual(report(run), [
            "Content/quarters/2024-Q3/posts.csv:3: error: unclosed quote: the field quoted on line 3 runs on to line 5",
            "    hint: close the field with a quote (write \"\" for a quote inside it); rows 3-5 were skipped",
        ])
    }

    func testAGBKMarkdownFileIsToldToSaveAsUTF8NotCSV() throws {
        let gbk: [UInt8] = [0xC4, 0xFE, 0xB2, 0xA8, 0x0A]  // 宁波 in GBK
        let run = try build([:], bytes: ["quarters/2024-Q3/narrative.md": gbk])
        XCTAssertEqual(report(run), [
            "Content/quarters/2024-Q3/narrative.md:1: error: the file is not valid UTF-8",
            "    hint: save the file with the encoding UTF-8 (text editors often save Chinese text as GBK)",
        ])
    }

    func testANonexistentContentFolderIsOneError() throws {
        let work = try makeTemporaryFolder(self, prefix: "helpful")
        let result = try LightboardBinary.run(["check", "--content", "nope"], in: work)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.err, """
            nope: error: no such content folder
                hint: run lightboard in the project folder, or name the folder with --content DIR
            lightboard: 1 error.

            """)
    }

    func testAMissingTemplatesFolderIsOneError() throws {
        let work = try makeTemporaryFolder(self, prefix: "helpful")
        let result = try LightboardBinary.run(["build", "--content", LightboardBinary.repository.path + "/Content",
                                               "--templates", "nothere", "--output", "Site"], in: work)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.err, """
            nothere: error: no such templates folder
                hint: name the folder with --templates DIR, or leave --templates out to use Lightboard's own
            lightboard: 1 error; nothing was written to Site/.

            """)
    }

    func testAFileSystemErrorIsInPlainWords() throws {
        let work = try makeTemporaryFolder(self, prefix: "helpful")
        try Data().write(to: work.appendingPathComponent("afile"))
        let result = try LightboardBinary.run(["build", "--content", LightboardBinary.repository.path + "/Content",
                                               "--output", "afile/Site"], in: work)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.err, "afile/Site: error: cannot create folder: not a directory\n")
        XCTAssertFalse(result.err.contains("The operation could not be completed"))
    }

    func testRepeatedProblemsInAdjustmentsAndDepartmentsAreCounted() throws {
        let adjustments = "department,date,kind,points,reason,source\n"
            + (1...14).map { "a,2024/7/\($0),bonus,1,r,s\n" }.joined()
        let departments = "id,name,name_en\na,甲,A\n" + (1...13).map { "D\($0),丁,D\n" }.joined()
        let run = try build(["quarters/2024-Q3/adjustments.csv": adjustments, "departments.csv": departments])
        XCTAssertEqual(run.errors.count, 22, run.err)
        XCTAssertTrue(run.errors.contains("Content/departments.csv:13: error: invalid department id \"D11\" "
                                          + "(and 3 more rows like this, through line 15)"), run.err)
        XCTAssertTrue(run.errors.contains("Content/quarters/2024-Q3/adjustments.csv:12: error: invalid date \"2024/7/11\" "
                                          + "(and 4 more rows like this, through line 15)"), run.err)
    }
}
