import XCTest
@testable import Lightboard

/// A small valid content folder; each test changes one file and compares the diagnostics whole.
let minimalContent: [String: String] = [
    "site.yml": """
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

        """,
    "departments.csv": "id,name,name_en\nyinzhou,鄞州区,Yinzhou District\nhaishu,海曙区,\n",
    "calendar/2024.yml": "holidays: [2024-10-01..2024-10-07]\nworkdays: [2024-09-29]\n",
    "quarters/2024-Q3/quarter.yml": "as_of: 2024-10-15\npublished: 2024-10-20\n",
    "quarters/2024-Q3/posts.csv": "id,channel,department,category,posted_at\np1,board,yinzhou,inquiry,2024-07-01T09:00\n",
]

/// Loads `minimalContent` with `changes` applied (nil removes a file); paths in
/// the diagnostics start with `Content/` instead of the temporary folder.
func loadContent(_ changes: [String: String?] = [:], bytes: [String: [UInt8]] = [:]) throws -> (SiteContent?, [Diagnostic]) {
    var files = minimalContent
    for (path, text) in changes { files[path] = text }
    let folder = try TemporaryFolder(files, bytes: bytes)
    let (content, bag) = SiteBuilder.content(contentDirectory: folder.path)
    let diagnostics = bag.diagnostics.map { diagnostic in
        var diagnostic = diagnostic
        diagnostic.file = "Content" + diagnostic.file.dropFirst(folder.path.count)
        return diagnostic
    }
    return (content, diagnostics)
}

func loadDiagnostics(_ changes: [String: String?] = [:], bytes: [String: [UInt8]] = [:]) throws -> [Diagnostic] {
    try loadContent(changes, bytes: bytes).1
}

final class LoadSiteConfigTests: XCTestCase {
    private func site(replacing old: String, with new: String) -> [String: String?] {
        ["site.yml": minimalContent["site.yml"]!.replacingOccurrences(of: old, with: new)]
    }

    func testMinimalContentIsValidAndGetsTheDefaults() throws {
        let (content, diagnostics) = try loadContent()
        XCTAssertEqual(diagnostics, [])
        let config = try XCTUnwrap(content?.config)
        XCTAssertEqual(config.assessment, AssessmentRules(channels: ["board", "mailbox"], greenLimit: 3, yellowLimit: 5,
                                                          weights: AssessmentRules.defaultWeights, complexIssuePoints: Fraction(1)))
        XCTAssertFalse(config.allowsUnsafeHTML)
        XCTAssertEqual(content?.registry.departments.map(\.name), [
            LocalizedText(["zh": "鄞州区", "en": "Yinzhou District"]), LocalizedText(["zh": "海曙区"]),
        ])
    }

    func testPresentWeightsReplaceTheDefaultsAndLightsDefaultEachOnTheirOwn() throws {
        let (content, diagnostics) = try loadContent(site(replacing: "categories:", with: """
            assessment:
              lights: {yellow: 7}
              score: {weights: {red_rate: -12.5}, complex_issue_points: 0.5}
            markdown: {unsafe_html: true}
            categories:
            """))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.config.assessment, AssessmentRules(
            channels: ["board", "mailbox"], greenLimit: 3, yellowLimit: 7,
            weights: [ScoreWeight(rate: .redRate, weight: Fraction(-25, 2))], complexIssuePoints: Fraction(1, 2)))
        XCTAssertEqual(content?.config.allowsUnsafeHTML, true)
    }

    func testMissingTitle() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "title: {zh: 考评, en: Ratings}\n", with: "")),
                       [Diagnostic(file: "Content/site.yml", line: 1, message: "missing title")])
    }

    func testTitleInAnUnknownLanguage() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "en: Ratings", with: "fr: Évaluations")), [Diagnostic(
            file: "Content/site.yml", line: 1, message: #"unknown language "fr" in title"#, hint: "site.yml languages are zh, en")])
    }

    func testBaseURLMustBeAbsoluteAndEndWithSlash() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "https://example.org/ratings/", with: "example.org/")), [Diagnostic(
            file: "Content/site.yml", line: 2, message: #"base_url "example.org/" is not an absolute http(s) URL"#,
            hint: "e.g. https://example.org/ratings/")])
        XCTAssertEqual(try loadDiagnostics(site(replacing: "https://example.org/ratings/", with: "https://example.org/ratings")), [Diagnostic(
            file: "Content/site.yml", line: 2, message: #"base_url "https://example.org/ratings" does not end with "/""#,
            hint: #"write "https://example.org/ratings/""#)])
    }

    func testLanguages() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "[zh, en]", with: "[]")).first, Diagnostic(
            file: "Content/site.yml", line: 3, message: "languages is empty", hint: "list at least the default language, e.g. [zh, en]"))
        XCTAssertEqual(try loadDiagnostics(site(replacing: "[zh, en]", with: "[zh, English]")).first, Diagnostic(
            file: "Content/site.yml", line: 3, message: #"invalid language code "English""#, hint: "use a code such as zh, en or zh-Hant"))
    }

    func testUnknownTimezone() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "Asia/Shanghai", with: "Asia/Ningbo")), [Diagnostic(
            file: "Content/site.yml", line: 4, message: #"unknown timezone "Asia/Ningbo""#, hint: "use an IANA name such as Asia/Shanghai")])
    }

    func testDuplicateChannelIsReportedAtTheSecondOccurrence() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "id: mailbox", with: "id: board")), [Diagnostic(
            file: "Content/site.yml", line: 7, message: #"duplicate channel id "board""#, hint: "first defined on line 6")])
    }

    func testAssessmentNamesAnUnknownChannel() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "categories:", with: "assessment: {channels: [bord]}\ncategories:")), [Diagnostic(
            file: "Content/site.yml", line: 8, message: #"unknown channel "bord""#, hint: #"did you mean "board"?"#)])
    }

    func testUnknownWeightKey() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "categories:", with: """
            assessment:
              score:
                weights: {green_rate: 50, speed_rate: 10}
            categories:
            """)), [Diagnostic(file: "Content/site.yml", line: 10, message: #"unknown key "speed_rate" in assessment.score.weights"#,
                               hint: #"did you mean "green_rate"?"#)])
    }

    /// The keys of nested settings come from InputDeclarations: an unknown one at any depth is named, with its path and a suggestion.
    func testUnknownNestedKeysAreReportedAtEveryDepth() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "categories:", with: """
            assessment: {lights: {gren: 3}, scor: {}}
            markdown: {unsafe_htm: true}
            open_data: {post: true}
            categories:
            """)), [
            Diagnostic(file: "Content/site.yml", line: 8, message: #"unknown key "scor" in assessment"#, hint: #"did you mean "score"?"#),
            Diagnostic(file: "Content/site.yml", line: 8, message: #"unknown key "gren" in assessment.lights"#, hint: #"did you mean "green"?"#),
            Diagnostic(file: "Content/site.yml", line: 9, message: #"unknown key "unsafe_htm" in markdown"#, hint: #"did you mean "unsafe_html"?"#),
            Diagnostic(file: "Content/site.yml", line: 10, message: #"unknown key "post" in open_data"#, hint: #"did you mean "posts"?"#),
        ])
    }

    func testLightsMustBeNonNegative() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "categories:", with: "assessment: {lights: {green: -1}}\ncategories:")), [Diagnostic(
            file: "Content/site.yml", line: 8, message: #"invalid assessment.lights.green "-1""#, hint: "expected a whole number of 0 or more")])
    }

    func testGreenLimitAboveTheDefaultYellowLimitIsAccepted() throws {
        let (content, diagnostics) = try loadContent(site(replacing: "categories:", with: "assessment: {lights: {green: 7}}\ncategories:"))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.config.assessment.greenLimit, 7)
        XCTAssertEqual(content?.config.assessment.yellowLimit, 5)
    }

    func testUnsafeHTMLMustBeABool() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "categories:", with: "markdown: {unsafe_html: maybe}\ncategories:")), [Diagnostic(
            file: "Content/site.yml", line: 8, message: #"invalid markdown.unsafe_html "maybe""#, hint: "expected true or false")])
    }

    func testUnknownTopLevelKey() throws {
        XCTAssertEqual(try loadDiagnostics(site(replacing: "timezone:", with: "time_zone:")), [
            Diagnostic(file: "Content/site.yml", line: 4, message: #"unknown key "time_zone" in site.yml"#, hint: #"did you mean "timezone"?"#),
            Diagnostic(file: "Content/site.yml", line: 1, message: "missing timezone"),
        ])
    }

    func testYAMLSyntaxErrorHasLineAndColumn() throws {
        let diagnostics = try loadDiagnostics(site(replacing: "timezone: Asia/Shanghai", with: "timezone: [Asia/Shanghai"))
        XCTAssertEqual(diagnostics.map { "\($0.file):\($0.line)" }, ["Content/site.yml:5"])
        XCTAssertNotNil(diagnostics.first?.column)
    }

    func testMissingRequiredFiles() throws {
        XCTAssertEqual(try loadDiagnostics(["site.yml": nil, "departments.csv": nil, "quarters/2024-Q3/quarter.yml": nil,
                                            "quarters/2024-Q3/posts.csv": nil, "quarters/2024-Q3/narrative.md": "Text"]), [
            Diagnostic(file: "Content/site.yml", line: 1, message: "missing required file"),
            Diagnostic(file: "Content/departments.csv", line: 1, message: "missing required file"),
            Diagnostic(file: "Content/quarters/2024-Q3/quarter.yml", line: 1, message: "missing required file"),
            Diagnostic(file: "Content/quarters/2024-Q3/posts.csv", line: 1, message: "missing required file"),
        ])
    }

    func testInvalidUTF8InAYAMLFileNamesTheFirstBadLine() throws {
        XCTAssertEqual(try loadDiagnostics(["site.yml": nil], bytes: ["site.yml": Array("title: x\nbase_url: y\n".utf8) + [0xC4, 0xFE, 0x0A]]), [
            Diagnostic(file: "Content/site.yml", line: 3, message: "the file is not valid UTF-8",
                       hint: "save the file with the encoding UTF-8 (text editors often save Chinese text as GBK)"),
        ])
    }
}

final class LoadRegistryAndCalendarTests: XCTestCase {
    func testDepartmentErrors() throws {
        XCTAssertEqual(try loadDiagnostics(["departments.csv": "name,id\n鄞州区,yinzhou\n海曙区,Haishu\n,jiangbei\n鄞州,yinzhou\n"]), [
            Diagnostic(file: "Content/departments.csv", line: 3, message: #"invalid department id "Haishu""#,
                       hint: "use lower-case letters a-z, digits and hyphens, starting with a letter or digit"),
            Diagnostic(file: "Content/departments.csv", line: 4, message: #"missing name of department "jiangbei""#),
            Diagnostic(file: "Content/departments.csv", line: 5, message: #"duplicate department id "yinzhou""#, hint: "first defined on line 2"),
        ])
    }

    func testDepartmentsNeedAnIdColumn() throws {
        XCTAssertEqual(try loadDiagnostics(["departments.csv": "code,name\nyinzhou,鄞州区\n"]), [
            Diagnostic(file: "Content/departments.csv", line: 1, message: #"missing required column "id""#, hint: #"the header has "code", "name""#),
        ])
    }

    func testCalendarErrors() throws {
        XCTAssertEqual(try loadDiagnostics(["calendar/2024.yml": """
            holidays:
              - 2024-10-01..2024-10-07
              - 2024-02-30
              - 2024-05-05..2024-05-01
              - 2025-01-01
            workdays: [2024-10-06]
            """]), [
            Diagnostic(file: "Content/calendar/2024.yml", line: 3, message: #"invalid date or range "2024-02-30" in holidays"#,
                       hint: "write YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD"),
            Diagnostic(file: "Content/calendar/2024.yml", line: 4, message: #"range "2024-05-05..2024-05-01" ends before it starts"#),
            Diagnostic(file: "Content/calendar/2024.yml", line: 5, message: #""2025-01-01" is outside 2024"#, hint: "put it in calendar/2025.yml"),
            Diagnostic(file: "Content/calendar/2024.yml", line: 6, message: "2024-10-06 is both a holiday and a workday",
                       hint: "it is listed in holidays on line 2"),
        ])
    }

    func testCalendarFileName() throws {
        XCTAssertEqual(try loadDiagnostics(["calendar/holidays.yml": "holidays: []\n"]), [
            Diagnostic(file: "Content/calendar/holidays.yml", line: 1, message: #"invalid calendar file name "holidays.yml""#,
                       hint: "name it after its year, e.g. calendar/2024.yml"),
        ])
    }

    func testCalendarRangesAreInclusive() throws {
        let calendar = try XCTUnwrap(loadContent().0?.calendar)
        XCTAssertEqual(calendar.holidays.count, 7)
        XCTAssertTrue(calendar.isWorkingDay(Day(iso: "2024-09-29")!))
        XCTAssertFalse(calendar.isWorkingDay(Day(iso: "2024-10-07")!))
    }
}
