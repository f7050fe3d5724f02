import Foundation
import Testing
@testable import Lightboard

/// The red-light page names every red post; a department page shows the ten
/// longest-waiting of each quarter and links to the rest (`RedPostsPartial`).
@Suite struct RedPostListTests {
    static let manyRedPosts = (1...12).map { number in
        RedPost(id: "many-\(number)", department: "housing", isPublic: true, title: "红灯留言\(number)号",
                url: "https://board.example/post?id=\(number)",
                postedAt: Timestamp(instant: 1_727_000_000 + Int64(number), localDay: RenderFixture.day("2024-09-01")),
                workingDaysWaiting: 50 - number)
    }

    let files: [String: String]

    init() throws {
        var q3 = RenderFixture.q3
        q3.redPosts["housing"] = Self.manyRedPosts
        let rendered = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory)
            .render(RenderFixture.site(quarters: [RenderFixture.q2, q3]))
        files = Dictionary(uniqueKeysWithValues: rendered.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    func count(_ needle: String, in path: String) throws -> Int {
        try #require(files[path]).components(separatedBy: needle).count - 1
    }

    @Test func redPageListsEveryRedPost() throws {
        #expect(try count("红灯留言", in: "en/2024-q3/red/index.html") == 12)
        #expect(try #require(files["en/2024-q3/red/index.html"]).contains("红灯留言12号"))
    }

    @Test func departmentPageShowsTheTenLongestWaitingAndLinksToAll() throws {
        let page = try #require(files["en/departments/housing/index.html"])
        #expect(try count("红灯留言", in: "en/departments/housing/index.html") == Rankings.redPostsPerDepartment)
        #expect(page.contains("红灯留言10号") && !page.contains("红灯留言11号"))
        #expect(page.contains(#"<a href="../../2024-q3/red/index.html#red-d-housing">All 12 red posts of the quarter, on the red-light page</a>"#))
        #expect(try #require(files["zh/departments/housing/index.html"]).contains("本季度全部 12 条红灯留言见红灯通报页"))
    }

    @Test func aQuarterWithTenOrFewerRedPostsHasNoLinkToMore() throws {
        #expect(try count("red-posts-more", in: "en/departments/psb/index.html") == 0)
        #expect(try count("red-posts-more", in: "en/departments/housing/index.html") == 1)  // 2024 Q2 has one red post
    }

    @Test func escapingMatchesMustacheForEveryCharacter() {
        #expect(HTMLText.escape("住建局\"><img onerror=x>'&amp;") == "住建局&quot;&gt;&lt;img onerror=x&gt;&#39;&amp;amp;")
        #expect(HTMLText.escape("没有要转义的") == "没有要转义的")
        #expect(HTMLText.escape("") == "")
    }

    static let rows = [
        RedPostRow(isPublic: true, title: DisplayText(text: "lamp <b>&amp; out", lang: "zh", isFallback: true),
                   url: ["https://board.example/post?id=1&x=2"], posted: "1 Jul 2024", waiting: "35 working days"),
        RedPostRow(isPublic: true, title: DisplayText(text: "路灯不亮", lang: "zh", isFallback: false), url: [],
                   posted: "a<b", waiting: "1 working day"),
        RedPostRow(isPublic: false, title: DisplayText(text: "private", lang: "zh", isFallback: true), url: ["https://x.example/"],
                   posted: "2 Jul 2024", waiting: ""),
    ]

    /// The rows cut at their strings (`MarkedRow`) come out as swift-mustache renders them, however the
    /// press office restyles `partials/red-post`: escaped or raw, through a transform, in a section.
    @Test(arguments: [
        nil,
        "<li>{{posted}} {{{posted}}} {{&waiting}}</li>\n",
        "<li>{{uppercased(posted)}} {{#title}}{{lowercased(text)}}{{/title}}</li>\n",
        "<li>{{#waiting}}[{{.}}]{{/waiting}}{{^waiting}}none{{/waiting}} {{#url}}{{.}}{{/url}}</li>\n",
    ])
    func restyledRowsComeOutAsSwiftMustacheRendersThem(_ partial: String?) throws {
        let directory = try RenderStabilityTests.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        if let partial { try partial.write(toFile: directory + "/partials/red-post.mustache", atomically: true, encoding: .utf8) }
        let templates = try TemplateLibrary(directory: directory, languages: ["zh", "en"])
        let fast = RedPostTemplates(templates, language: "en")
        for _ in 1...2 {  // the first row of a shape makes its cut, the second uses it
            for row in Self.rows {
                #expect(fast.html(row) == templates.render("red-post", row, strings: templates.strings["en"]!))
            }
        }
    }

    @Test func aRowPrintsEscapedAndRawWhereThePartialSaysSo() throws {
        let directory = try RenderStabilityTests.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "<li>{{posted}} {{{posted}}}</li>\n".write(toFile: directory + "/partials/red-post.mustache", atomically: true, encoding: .utf8)
        let fast = RedPostTemplates(try TemplateLibrary(directory: directory, languages: ["zh", "en"]), language: "en")
        #expect(fast.html(Self.rows[1]) == "<li>a&lt;b a<b</li>\n")
        #expect(fast.html(Self.rows[1]) == "<li>a&lt;b a<b</li>\n")
    }

    /// The shipped partial takes the fast path for every shape; a transform sends its shape through swift-mustache.
    @Test func theShippedPartialIsCutAndATransformIsNot() throws {
        let shipped = Partial<RedPostRow>("red-post", try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"]),
                                          language: "en")
        #expect(Self.rows.allSatisfy { MarkedRow(shipped, example: $0) != nil })
        let directory = try RenderStabilityTests.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "<li>{{uppercased(posted)}}</li>\n".write(toFile: directory + "/partials/red-post.mustache", atomically: true, encoding: .utf8)
        let transformed = Partial<RedPostRow>("red-post", try TemplateLibrary(directory: directory, languages: ["zh", "en"]), language: "en")
        #expect(MarkedRow(transformed, example: Self.rows[0]) == nil)
    }
}
