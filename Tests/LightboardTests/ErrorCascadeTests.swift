import XCTest

/// One line per cause: a mistake repeated on many rows, or made once in departments.csv,
/// is not echoed by thousands of follow-on errors (issue 13).
final class ErrorCascadeTests: XCTestCase {
    private var base: [String: String] { ContractConformanceTests.base }

    private func posts(_ rows: [String]) -> String { ContractConformanceTests.postsHeader + rows.joined(separator: "\n") + "\n" }

    func testARejectedDepartmentIsReportedOnceNotOnEveryPostOfIt() throws {
        var files = base
        files["departments.csv"] = "id,name,name_en\na,甲,A\nb,,B\nc,丙,C\n"
        files["quarters/2024-Q3/posts.csv"] = posts((1...30).map { "p\($0),board,b,inquiry,2024-07-01T09:00,," } + ["q,board,x,inquiry,2024-07-01T09:00,,"])
        let run = try buildContent(files)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.errors, [
            "Content/departments.csv:3: error: missing name of department \"b\"",
            "Content/quarters/2024-Q3/posts.csv:32: error: unknown department \"x\"",
        ])
    }

    func testTheSameProblemOnManyRowsIsShownTenTimesThenCounted() throws {
        var files = base
        files["quarters/2024-Q3/posts.csv"] = posts((1...25).map { "p\($0),board,a,inquiry,2024/7/\($0) 12:05,," })
        let run = try buildContent(files)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.errors.count, 11, run.err)
        XCTAssertEqual(run.errors.first, "Content/quarters/2024-Q3/posts.csv:2: error: invalid posted_at \"2024/7/1 12:05\"")
        XCTAssertEqual(run.errors.last, "Content/quarters/2024-Q3/posts.csv:12: error: invalid posted_at \"2024/7/11 12:05\" "
                       + "(and 15 more rows like this, through line 26)")
    }

    func testDistinctProblemsAreEachShown() throws {
        var files = base
        files["quarters/2024-Q3/posts.csv"] = posts((1...12).map { "p\($0),board,zz\($0 % 2 == 0 ? "a" : "b"),inquiry,2024-07-01T09:00,," })
        let run = try buildContent(files)
        // "zza" and "zzb" are two problems; each is shown on its six rows.
        XCTAssertEqual(run.errors.count, 12, run.err)
    }

    func testRowsOfOnlyCommasAreBlankLines() throws {
        var files = base
        files["quarters/2024-Q3/posts.csv"] = posts(["p1,board,a,inquiry,2024-07-01T09:00,,", ",,,,,,", ",,,,,,"])
        files["departments.csv"] = base["departments.csv"]! + ",,\n"
        let run = try buildContent(files)
        XCTAssertEqual(run.status, 0, run.err)
    }
}
