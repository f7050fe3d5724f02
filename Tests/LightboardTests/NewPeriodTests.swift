import Foundation
@testable import Lightboard
import XCTest

/// `lightboard new quarter|month`: the files it writes, the notes, and every refusal.
final class NewPeriodTests: XCTestCase {
    func contentFolder(calendars: [Int]) throws -> String {
        let folder = try makeTemporaryFolder(self, prefix: "new-period").appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("calendar"), withIntermediateDirectories: true)
        for year in calendars {
            try "holidays: []\nworkdays: []\n".write(to: folder.appendingPathComponent("calendar/\(year).yml"),
                                                    atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func testNewQuarterWritesSettingsAndHeaders() throws {
        let content = try contentFolder(calendars: [2024, 2025])
        let notes = try NewPeriod(kind: .quarter, id: "2024-Q4").create(inContentDirectory: content)
        XCTAssertEqual(notes, [])
        let folder = content + "/quarters/2024-Q4"
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
                       ["adjustments.csv", "posts.csv", "quarter.yml"])
        XCTAssertEqual(try read(folder + "/posts.csv"),
                       "id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url\n")
        XCTAssertEqual(try read(folder + "/adjustments.csv"), "department,date,kind,points,reason,source\n")
        // 2024-12-31 + 14 days, then a week later.
        let settings = try read(folder + "/quarter.yml")
        XCTAssertTrue(settings.hasPrefix("# 2024-Q4: 2024-10-01 to 2024-12-31.\n"), settings)
        XCTAssertTrue(settings.contains("\nas_of: 2025-01-14\n"), settings)
        XCTAssertTrue(settings.contains("\npublished: 2025-01-21\n"), settings)
        XCTAssertTrue(settings.contains("(not before 2024-12-31)"), settings)
        XCTAssertTrue(settings.contains("# corrections: optional"), settings)
    }

    func testNewMonthWritesMonthYML() throws {
        let content = try contentFolder(calendars: [2019])
        let period = try NewPeriod(kind: .month, id: "2019-06")
        XCTAssertEqual(try period.create(inContentDirectory: content), [])
        let settings = try read(content + "/months/2019-06/month.yml")
        XCTAssertTrue(settings.hasPrefix("# 2019-06: 2019-06-01 to 2019-06-30.\n"), settings)
        XCTAssertTrue(settings.contains("\nas_of: 2019-07-14\n"), settings)
        XCTAssertTrue(settings.contains("\npublished: 2019-07-21\n"), settings)
        XCTAssertEqual(try NewPeriod(kind: .month, id: "2024-02").lastDay, Day(iso: "2024-02-29"))
    }

    /// The period's own year, and the next one when as_of falls into it.
    func testNotesNameEveryMissingCalendar() throws {
        let content = try contentFolder(calendars: [])
        let notes = try NewPeriod(kind: .quarter, id: "2024-Q4").create(inContentDirectory: content)
        XCTAssertEqual(notes.count, 2)
        XCTAssertTrue(notes[0].hasPrefix("note: \(content)/calendar/2024.yml is missing: the quarter's working days need"), notes[0])
        XCTAssertTrue(notes[1].hasPrefix("note: \(content)/calendar/2025.yml is missing: as_of 2025-01-14"), notes[1])
        // 2024-Q3's as_of (2024-10-14) stays in 2024: only that year is needed.
        let only2024 = try contentFolder(calendars: [2024])
        XCTAssertEqual(try NewPeriod(kind: .quarter, id: "2024-Q3").create(inContentDirectory: only2024), [])
    }

    func testRefusesAnExistingFolderAndWritesNothing() throws {
        let content = try contentFolder(calendars: [2024])
        let folder = content + "/quarters/2024-Q3"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "as_of: 2024-11-18\n".write(toFile: folder + "/quarter.yml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try NewPeriod(kind: .quarter, id: "2024-Q3").create(inContentDirectory: content)) { error in
            XCTAssertEqual("\(error)", "\(folder): error: the quarter exists already; nothing was written\n"
                           + "    hint: edit its files, or remove the folder to start again")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["quarter.yml"])
        XCTAssertEqual(try read(folder + "/quarter.yml"), "as_of: 2024-11-18\n")
    }

    func testRefusesAMissingContentFolder() {
        XCTAssertThrowsError(try NewPeriod(kind: .month, id: "2019-06").create(inContentDirectory: "/nonexistent/Content")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/Content: error: no such content folder\n"
                           + "    hint: run it in the project folder, or name the folder with --content DIR")
        }
    }

    func testBadPeriodIDsGetAHint() {
        let cases: [(NewPeriod.Kind, String, String)] = [
            (.quarter, "2024-Q5", "quarter \"2024-Q5\": error: not a quarter id\n    hint: a year has quarters Q1 to Q4, e.g. 2024-Q4"),
            (.quarter, "2024-q4", "quarter \"2024-q4\": error: not a quarter id\n    hint: write the Q in upper case: 2024-Q4"),
            (.quarter, "2024Q4", "quarter \"2024Q4\": error: not a quarter id\n    hint: write the year, -Q and the quarter's number, e.g. 2024-Q4"),
            (.month, "2019-6", "month \"2019-6\": error: not a month id\n    hint: write the month with two digits: 2019-06"),
            (.month, "2019-13", "month \"2019-13\": error: not a month id\n    hint: write the year and the month's two digits (01 to 12), e.g. 2019-06"),
            (.month, "2019-Q2", "month \"2019-Q2\": error: not a month id\n    hint: write the year and the month's two digits (01 to 12), e.g. 2019-06"),
        ]
        for (kind, id, expected) in cases {
            XCTAssertThrowsError(try NewPeriod(kind: kind, id: id), id) { XCTAssertEqual("\($0)", expected) }
        }
    }

    /// The new quarter passes `check` once it has posts: its settings are valid as written.
    func testANewQuarterInTheSampleChecksOnceItHasPosts() throws {
        let work = try makeTemporaryFolder(self, prefix: "new-period-sample")
        let content = work.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: LightboardBinary.repository.appendingPathComponent("Content"), to: content)
        try "holidays: [2025-01-01]\nworkdays: []\n".write(to: content.appendingPathComponent("calendar/2025.yml"),
                                                           atomically: true, encoding: .utf8)
        let result = try LightboardBinary.run(["new", "quarter", "2024-Q4", "--content", "Content"], in: work)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("Created Content/quarters/2024-Q4/: quarter.yml, posts.csv, adjustments.csv.\n"), result.out)
        let posts = content.appendingPathComponent("quarters/2024-Q4/posts.csv")
        try (String(contentsOf: posts, encoding: .utf8)
             + "2024Q4-000001,board,nr,help,2024-10-08T09:00,2024-10-08T10:00,2024-10-09T16:00,yes,求助,\n")
            .write(to: posts, atomically: true, encoding: .utf8)
        let check = try LightboardBinary.run(["check", "--content", "Content"], in: work)
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.contains("3 quarters"), check.out)

        let again = try LightboardBinary.run(["new", "quarter", "2024-Q4", "--content", "Content"], in: work)
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.err, "Content/quarters/2024-Q4: error: the quarter exists already; nothing was written\n"
                       + "    hint: edit its files, or remove the folder to start again\n")
        let bad = try LightboardBinary.run(["new", "month", "2019-6"], in: work)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.err.contains("hint: write the month with two digits: 2019-06"), bad.err)
    }
}
