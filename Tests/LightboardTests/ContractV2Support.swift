import Foundation
import XCTest

/// Inputs shared by the v2 conformance tests (CONTRACT.md §5–§10): a site of
/// eleven lines (so a key added below it sits on line 12), departments a..e and
/// calendars without holidays, so that working days are Monday to Friday.
enum V2 {
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
    /// `site` assessing the board only, plus `extra` lines (line 13 onwards).
    static func boardSite(_ extra: String = "") -> String {
        site + "assessment:\n  channels: [board]\n" + extra
    }

    static let header = "id,channel,department,category,posted_at,accepted_at,replied_at\n"
    static let departments = "id,name,name_en\na,甲,A\nb,乙,B\nc,丙,C\nd,丁,D\ne,戊,E\n"

    static var base: [String: String] {
        var files = ["site.yml": site, "departments.csv": departments]
        for year in 2018...2025 { files["calendar/\(year).yml"] = "holidays: []\n" }
        return files
    }

    /// A month folder: month.yml (published on its as-of day) and posts.csv.
    static func month(_ id: String, asOf: String, posts: String) -> [String: String] {
        ["months/\(id)/month.yml": "as_of: \(asOf)\npublished: \(asOf)\n", "months/\(id)/posts.csv": posts]
    }

    static func quarter(_ id: String, asOf: String, posts: String) -> [String: String] {
        ["quarters/\(id)/quarter.yml": "as_of: \(asOf)\npublished: \(asOf)\n", "quarters/\(id)/posts.csv": posts]
    }

    /// `count` posts of `department` posted on `day` at 09:00: the first `replied` are accepted and replied,
    /// `green` of them on `greenDay` and the rest on `grayDay`; up to `accepted` are accepted only; the rest neither.
    static func posts(_ prefix: String, count: Int, department: String = "a", channel: String = "board", day: String,
                      accepted: Int, replied: Int = 0, green: Int = 0, greenDay: String = "", grayDay: String = "") -> String {
        (0..<count).map { index in
            let acceptedAt = index < accepted ? "\(day)T09:00" : ""
            let repliedAt = index < replied ? "\(index < green ? greenDay : grayDay)T09:00" : ""
            return "\(prefix)\(index),\(channel),\(department),inquiry,\(day)T09:00,\(acceptedAt),\(repliedAt)\n"
        }.joined()
    }

    /// Rows of a CSV without quoted fields, as [column: cell].
    static func csvRows(_ text: String) -> [[String: String]] {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}

extension XCTestCase {
    /// Builds `V2.base` with `files` added.
    func buildV2(_ files: [String: String]...) throws -> ContractRun {
        try buildContent(files.reduce(V2.base) { $0.merging($1) { $1 } })
    }

    /// The build failed, wrote nothing, and printed exactly these errors: each line starts with
    /// `LOCATION: error: ` and names every fragment. The contract fixes the file, the line and what
    /// the message must name (the value, the column), not the wording of new messages.
    func assertErrors(_ run: ContractRun, _ expected: [(location: String, names: [String])],
                      file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(run.status, 0, file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.output.path), "output was written", file: file, line: line)
        let errors = run.errors.sorted()
        XCTAssertEqual(errors.count, expected.count, run.err, file: file, line: line)
        for (error, expectation) in zip(errors, expected.sorted { $0.location + ": error: " < $1.location + ": error: " }) {
            XCTAssertTrue(error.hasPrefix(expectation.location + ": error: "), "\(error) is not at \(expectation.location)", file: file, line: line)
            for name in expectation.names {
                XCTAssertTrue(error.contains(name), "\(error) does not name \(name)", file: file, line: line)
            }
        }
    }

    /// A number of the open data, integer or not.
    func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }
}
