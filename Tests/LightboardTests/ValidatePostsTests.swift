import XCTest
@testable import Lightboard

final class ValidatePostsTests: XCTestCase {
    private let file = "Content/quarters/2024-Q3/posts.csv"

    /// A post with the Strings of its text, which outlive the read.
    @dynamicMemberLookup
    private struct ReadPost {
        var post: Post
        var id: String
        var title: String
        var url: String?

        subscript<Value>(dynamicMember keyPath: KeyPath<Post, Value>) -> Value { post[keyPath: keyPath] }
    }

    /// Loads `minimalContent` with this posts.csv (and other changes), streams it, and returns the posts and diagnostics.
    private func readPosts(_ posts: String, _ changes: [String: String?] = [:], quarter: String = "2024-Q3") throws -> ([ReadPost], [Diagnostic]) {
        var files = minimalContent
        files["quarters/\(quarter)/posts.csv"] = posts
        for (path, text) in changes { files[path] = text }
        let folder = try TemporaryFolder(files.compactMapValues { $0 })
        let (content, loadDiagnostics) = SiteBuilder.content(contentDirectory: folder.path)
        XCTAssertEqual(loadDiagnostics.diagnostics, [])
        let site = try XCTUnwrap(content)
        var posts: [ReadPost] = []
        let diagnostics = try validatePosts(of: site, displayPath: "Content/quarters/\(quarter)/posts.csv") { post, text in
            posts.append(ReadPost(post: post, id: text.id, title: text.title, url: text.url))
        }
        return (posts, diagnostics)
    }

    /// Opens the first period's posts as the pipeline does (Load's `TableRecords`), naming the file
    /// `displayPath` in diagnostics, and validates them.
    private func validatePosts(of site: SiteContent, displayPath: String, _ body: (Post, PostText) -> Void) throws -> [Diagnostic] {
        var records = try TableRecords(path: site.periods[0].postsPath, displayPath: displayPath,
                                       timestampColumns: TableRecords.postsTimestampColumns)
        var bag = DiagnosticBag()
        _ = PeriodPosts.stream(&records, period: site.periods[0], of: site, diagnostics: &bag, body)
        return bag.diagnostics
    }

    private let header = "id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url\n"

    func testValidRowBecomesAPost() throws {
        let (posts, diagnostics) = try readPosts(header + "p1,mailbox,haishu,complaint,2024-07-01T09:00,2024-07-01T09:30:15,,NO,标题,https://e.example/p1\n")
        XCTAssertEqual(diagnostics, [])
        let post = try XCTUnwrap(posts.first)
        XCTAssertEqual([post.id, post.title, post.url], ["p1", "标题", "https://e.example/p1"])
        XCTAssertEqual([post.channel, post.department, post.category, post.line], [1, 1, 1, 2])
        XCTAssertEqual(post.postedAt, Timestamp(instant: 1_719_795_600, localDay: Day(iso: "2024-07-01")!))
        XCTAssertEqual(post.acceptedAt?.instant, 1_719_795_600 + 1815)
        XCTAssertNil(post.repliedAt)
        XCTAssertFalse(post.isPublic)
    }

    func testTimestampFormsAndTheSiteTimeZone() throws {
        var parser = TimestampParser(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        XCTAssertEqual(parser.parse("2024-07-01T08:00"), parser.parse("2024-07-01T00:00Z"))
        XCTAssertEqual(parser.parse("2024-07-01T08:00:00+08:00"), parser.parse("2024-06-30T18:30-05:30"))
        XCTAssertEqual(parser.parse("2024-06-30T16:30Z")?.localDay, Day(iso: "2024-07-01"))
        for bad in ["2024-07-01", "2024-07-01 08:00", "2024-07-01T24:00", "2024-02-30T08:00", "2024-07-01T08:00+8", "2024-07-01T08:00:60"] {
            XCTAssertNil(parser.parse(bad), bad)
        }
        var newYork = TimestampParser(timeZone: TimeZone(identifier: "America/New_York")!)
        XCTAssertEqual(newYork.parse("2024-07-01T08:00")?.instant, newYork.parse("2024-07-01T12:00Z")?.instant)
        XCTAssertEqual(newYork.parse("2024-01-01T08:00")?.instant, newYork.parse("2024-01-01T13:00Z")?.instant)
    }

    /// Instants computed by hand (Python's datetime) for seconds, `Z`, offsets and leap days.
    func testTimestampInstantsAndCalendarEdges() throws {
        var parser = TimestampParser(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        XCTAssertEqual(parser.parse("2024-07-01T08:00:59"), Timestamp(instant: 1_719_792_059, localDay: Day(iso: "2024-07-01")!))
        XCTAssertEqual(parser.parse("2024-07-01T00:00:59Z")?.instant, 1_719_792_059)
        XCTAssertEqual(parser.parse("2024-06-30T19:00:59-05:00")?.instant, 1_719_792_059)
        XCTAssertEqual(parser.parse("2024-02-29T12:00Z"), Timestamp(instant: 1_709_208_000, localDay: Day(iso: "2024-02-29")!))
        XCTAssertEqual(parser.parse("2000-02-29T08:00")?.instant, 951_782_400)
        XCTAssertEqual(parser.parse("1970-01-01T07:59:59")?.instant, -1)
        XCTAssertEqual(parser.parse("1970-01-01T07:59:59")?.localDay, Day(iso: "1970-01-01"))
        XCTAssertEqual(parser.parse("1969-12-31T23:59:59Z")?.localDay, Day(iso: "1970-01-01"))
        for bad in ["2023-02-29T08:00", "1900-02-29T08:00", "2024-04-31T08:00", "2024-00-10T08:00", "2024-13-01T08:00",
                    "2024-07-00T08:00", "2024-07-01T08:60", "2024-07-01T08:00Z ", "2024-07-01T08:00:5", "2024-07-01T08:00+08:0",
                    "2024-07-01T08:00+24:00", "2024-07-01T08:00+08-00", "2024-07-01T08:00z", "2024-07-01T0a:00", ""] {
            XCTAssertNil(parser.parse(bad), bad)
        }
    }

    /// The parser caches months (64 slots): every day of 1999–2031, and the days
    /// after each month's end, in an order that makes months share and retake slots.
    func testCachedMonthsGiveTheSameDays() throws {
        var parser = TimestampParser(timeZone: TimeZone(identifier: "UTC")!)
        for round in 0..<2 {
            for year in stride(from: round == 0 ? 1999 : 2031, through: round == 0 ? 2031 : 1999, by: round == 0 ? 1 : -1) {
                for month in 1...12 {
                    for day in 0...32 {
                        let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T12:00"
                        XCTAssertEqual(parser.parse(text)?.localDay, Day(year: year, month: month, day: day), text)
                    }
                }
            }
        }
    }

    /// Local times in a daylight-saving gap or overlap take the offset in force just after the guessed instant.
    func testTimestampsAroundTransitions() throws {
        var newYork = TimestampParser(timeZone: TimeZone(identifier: "America/New_York")!)
        XCTAssertEqual(newYork.parse("2024-03-10T02:30"), Timestamp(instant: 1_710_052_200, localDay: Day(iso: "2024-03-10")!))
        XCTAssertEqual(newYork.parse("2024-11-03T01:30"), Timestamp(instant: 1_730_611_800, localDay: Day(iso: "2024-11-03")!))
        // São Paulo's clocks went from 00:00 to 01:00: a time in the gap falls on the day before.
        var saoPaulo = TimestampParser(timeZone: TimeZone(identifier: "America/Sao_Paulo")!)
        XCTAssertEqual(saoPaulo.parse("2018-11-04T00:30"), Timestamp(instant: 1_541_298_600, localDay: Day(iso: "2018-11-03")!))
    }

    func testMissingRequiredColumn() throws {
        XCTAssertEqual(try readPosts("id,channel,department,posted_at\np1,board,yinzhou,2024-07-01T09:00\n").1, [
            Diagnostic(file: file, line: 1, message: #"missing required column "category""#, hint: #"the header has "id", "channel", "department", "posted_at""#),
        ])
    }

    func testUnknownIdentifiersWithSuggestions() throws {
        XCTAssertEqual(try readPosts(header + "p1,bord,yinzou,praise,2024-07-01T09:00,,,,,\n").1, [
            Diagnostic(file: file, line: 2, message: #"unknown channel "bord""#, hint: #"did you mean "board"?"#),
            Diagnostic(file: file, line: 2, message: #"unknown category "praise""#, hint: #"site.yml lists "inquiry", "complaint""#),
            Diagnostic(file: file, line: 2, message: #"unknown department "yinzou""#, hint: #"did you mean "yinzhou"?"#),
        ])
    }

    func testDuplicateIdIsReportedAtTheSecondOccurrence() throws {
        let (posts, diagnostics) = try readPosts(header + "p1,board,yinzhou,inquiry,2024-07-01T09:00,,,,\"two\nlines\",\np1,board,yinzhou,inquiry,2024-07-02T09:00,,,,,\n")
        XCTAssertEqual(posts.count, 1)
        XCTAssertEqual(diagnostics, [Diagnostic(file: file, line: 4, message: #"duplicate id "p1""#, hint: "first used on line 2")])
    }

    func testEveryLaterDuplicateNamesTheFirstLine() throws {
        let row = "p1,board,yinzhou,inquiry,2024-07-01T09:00,,,,,\n"
        let (posts, diagnostics) = try readPosts(header + row + row + row)
        XCTAssertEqual(posts.map(\.line), [2])
        XCTAssertEqual(diagnostics, [Diagnostic(file: file, line: 3, message: #"duplicate id "p1""#, hint: "first used on line 2"),
                                     Diagnostic(file: file, line: 4, message: #"duplicate id "p1""#, hint: "first used on line 2")])
    }

    func testPublicAndURLCompareWholeWordsAndPrefixes() throws {
        let (posts, diagnostics) = try readPosts(header + """
            p1,board,yinzhou,inquiry,2024-07-01T09:00,,,nO,,hTtP://e.example/1
            p2,board,yinzhou,inquiry,2024-07-01T09:00,,,ye,,http:/e.example
            p3,board,yinzhou,inquiry,2024-07-01T09:00,,,yess,,http
            p4,board,yinzhou,inquiry,2024-07-01T09:00,,,YES,,https://

            """)
        XCTAssertEqual(posts.map(\.id), ["p1", "p4"])
        XCTAssertEqual(posts.map(\.isPublic), [false, true])
        XCTAssertEqual(posts.map(\.url), ["hTtP://e.example/1", "https://"])
        XCTAssertEqual(diagnostics, [
            Diagnostic(file: file, line: 3, message: #"invalid public "ye""#, hint: "expected yes or no (empty means yes)"),
            Diagnostic(file: file, line: 3, message: #"url "http:/e.example" is not http or https"#),
            Diagnostic(file: file, line: 4, message: #"invalid public "yess""#, hint: "expected yes or no (empty means yes)"),
            Diagnostic(file: file, line: 4, message: #"url "http" is not http or https"#),
        ])
    }

    func testWithoutOptionalColumns() throws {
        let (posts, diagnostics) = try readPosts("posted_at,category,department,channel,id\n2024-07-01T09:00,inquiry,yinzhou,board,p1\n")
        XCTAssertEqual(diagnostics, [])
        let post = try XCTUnwrap(posts.first)
        XCTAssertEqual([post.title], [""])
        XCTAssertNil(post.url)
        XCTAssertNil(post.acceptedAt)
        XCTAssertTrue(post.isPublic)
    }

    func testDatesThatDoNotParse() throws {
        XCTAssertEqual(try readPosts(header + "p1,board,yinzhou,inquiry,2024/07/01 09:00,yesterday,,,,\n").1, [
            Diagnostic(file: file, line: 2, message: #"invalid posted_at "2024/07/01 09:00""#, hint: PostsValidator.timestampHint),
            Diagnostic(file: file, line: 2, message: #"invalid accepted_at "yesterday""#, hint: PostsValidator.timestampHint),
        ])
    }

    func testPostedAtOutsideTheQuarterInTheSiteTimeZone() throws {
        let (posts, diagnostics) = try readPosts(header + "p1,board,yinzhou,inquiry,2024-06-30T16:30Z,,,,,\np2,board,yinzhou,inquiry,2024-06-30T23:59,,,,,\n")
        XCTAssertEqual(posts.map(\.id), ["p1"])
        XCTAssertEqual(diagnostics, [Diagnostic(file: file, line: 3, message: #"posted_at "2024-06-30T23:59" is outside 2024-Q3"#,
                                                hint: "in the site time zone (Asia/Shanghai) it falls on 2024-06-30")])
    }

    func testAcceptedOrRepliedBeforePosting() throws {
        XCTAssertEqual(try readPosts(header + "p1,board,yinzhou,inquiry,2024-07-01T09:00,2024-07-01T00:59Z,2024-07-01T08:59,,,\n").1, [
            Diagnostic(file: file, line: 2, message: #"accepted_at "2024-07-01T00:59Z" is earlier than posted_at "2024-07-01T09:00""#),
            Diagnostic(file: file, line: 2, message: #"replied_at "2024-07-01T08:59" is earlier than posted_at "2024-07-01T09:00""#),
        ])
    }

    func testPublicAndURL() throws {
        let (posts, diagnostics) = try readPosts(header + """
            p1,board,yinzhou,inquiry,2024-07-01T09:00,,,Yes,,HTTPS://e.example/1
            p2,board,yinzhou,inquiry,2024-07-01T09:00,,,maybe,,javascript:alert(1)

            """)
        XCTAssertEqual(posts.map(\.isPublic), [true])
        XCTAssertEqual(diagnostics, [
            Diagnostic(file: file, line: 3, message: #"invalid public "maybe""#, hint: "expected yes or no (empty means yes)"),
            Diagnostic(file: file, line: 3, message: #"url "javascript:alert(1)" is not http or https"#),
        ])
    }

    func testMissingCalendarYearIsReportedAtAsOf() throws {
        let (_, diagnostics) = try readPosts(header + "p1,board,yinzhou,inquiry,2024-12-30T09:00,,,,,\n", [
            "quarters/2024-Q3/quarter.yml": nil, "quarters/2024-Q3/posts.csv": nil,
            "quarters/2024-Q4/quarter.yml": "published: 2025-01-20\nas_of: 2025-01-15\n",
        ], quarter: "2024-Q4")
        XCTAssertEqual(diagnostics, [Diagnostic(file: "Content/quarters/2024-Q4/quarter.yml", line: 2,
                                                message: "no working-day calendar for 2025", hint: "add calendar/2025.yml")])
    }

    func testInvalidUTF8StopsTheFile() throws {
        let rows = header + "p1,board,yinzhou,inquiry,2024-07-01T09:00,,,,,\np2,board,yinzhou,inquiry,2024-07-01T09:00,,,,"
        let folder = try TemporaryFolder(minimalContent, bytes: ["quarters/2024-Q3/posts.csv": Array(rows.utf8) + [0xD6, 0xD0, 0x0A]])
        let site = try XCTUnwrap(SiteBuilder.content(contentDirectory: folder.path).content)
        var ids: [String] = []
        let diagnostics = try validatePosts(of: site, displayPath: file) { ids.append($1.id) }
        XCTAssertEqual(ids, ["p1"])
        XCTAssertEqual(diagnostics, [Diagnostic(file: file, line: 3, message: "the file is not valid UTF-8",
                                                    hint: #"re-save the file as "CSV UTF-8" (spreadsheets often export GBK)"#)])
    }
}

extension TimestampParser {
    /// The tests write timestamps as Strings; posts.csv hands the parser bytes.
    mutating func parse(_ text: String) -> Timestamp? {
        var text = text
        return text.withUTF8 { parse($0) }
    }
}
