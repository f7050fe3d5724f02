import Foundation
import Testing
@testable import Lightboard

/// The search page with its index (docs/search.md) and the permanent latest-report page (docs/urls.md).
@Suite struct SearchAndLatestTests {
    let renderer = SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory)

    func files(_ site: ComputedSite = RenderFixture.fullSite) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try renderer.render(site).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    func lines(_ text: String?) -> [String] { (text ?? "").split(separator: "\n").map(String.init) }

    @Test func theIndexListsDepartmentsThenPeriodsWithLinksFromTheSearchPage() throws {
        let index = lines(try files()["zh/search/documents.js"])
        #expect(index.prefix(4) == [
            "// Lightboard search index: [kind, title, href, text, related documents...] (docs/search.md).",
            "globalThis.lightboardSearchIndex = {",
            "  \"kinds\": [\"部门\", \"考评期次\", \"页面\", \"疑难复杂问题\", \"市长工作电子阅读\", \"红灯留言\"],",
            "  \"documents\": [",
        ])
        #expect(index[4...7] == [
            "    [0, \"宁波市公安局\", \"../departments/psb/index.html\", \"Ningbo Public Security Bureau psb\"],",
            "    [0, \"住建局\\\"\\u003e\\u003cimg onerror=x\\u003e\", \"../departments/housing/index.html\", \"Housing\\\"\\u003e\\u003cimg onerror=x\\u003e housing\"],",
            // No English name: the Chinese one is the only name.
            "    [0, \"宁波市商务局\", \"../departments/commerce/index.html\", \"commerce\"],",
            // Newest period first.
            "    [1, \"2024年第3季度网络问政考评\", \"../2024-q3/index.html\", \"2024年第3季度 2024 Q3 2024 Q3 online response ratings 2024-Q3 2024-q3\"],",
        ])
        #expect(index[8] == "    [1, \"2024年第3季度部门排名\", \"../2024-q3/league/index.html\", \"2024 Q3 department league\", 3],")
        // The period's rankings and its adjustments, found by the press office's reasons too.
        #expect(index[12...13] == [
            "    [1, \"2024年第3季度信箱回复\", \"../2024-q3/rankings/mailbox-replies/index.html\", \"2024 Q3: Mailbox replies\", 3],",
            // The commerce penalty has no reason: nothing to find it by.
            "    [1, \"2024年第3季度加分扣分明细\", \"../2024-q3/adjustments/index.html\", "
                + "\"2024 Q3 bonus and penalty points 网民点赞 \\u003cb\\u003e答非所问\\u003c/b\\u003e \\u0026 \\\"层层转办\\\"\", 3],",
        ])
        #expect(index[14] == "    [1, \"2024年第2季度网络问政考评\", \"../2024-q2/index.html\", \"2024年第2季度 2024 Q2 2024 Q2 online response ratings 2024-Q2 2024-q2\"],")
        #expect(index.suffix(2) == ["  ]", "};"])
    }

    @Test func redPostsNewestFirstAreFoundByTitleWithTheirDepartmentAndPeriodButNeverANonPublicOne() throws {
        let site = try files()
        for language in ["zh", "en"] {
            let redPosts = lines(site["\(language)/search/documents.js"]).filter { $0.hasPrefix("    [5, ") }
            // Related: document 1 (housing) and the period's report, document 3 (2024 Q3) or 10 (2024 Q2, seven documents later).
            #expect(redPosts == [
                "    [5, \"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\", \"../2024-q3/red/index.html#red-d-housing\", \"\", 1, 3],",
                "    [5, \"小区路灯不亮\", \"../2024-q2/red/index.html#red-d-housing\", \"\", 1, 10]",
            ], "\(language)")
            #expect(site["\(language)/search/documents.js"]?.contains(RenderFixture.privateTitle) == false)
        }
    }

    @Test func theSearchPageHasAFormAndWithoutJavaScriptPointsToTheDepartmentsAndTheArchive() throws {
        let page = try #require(try files()["en/search/index.html"])
        #expect(page.contains("<form class=\"search-form\" role=\"search\" data-search hidden"))
        #expect(page.contains("<p class=\"search-no-script\" data-search-no-script>Search needs JavaScript in your browser. Without it, find what you are looking for here: "
            + "<a href=\"../departments/index.html\">departments by group</a> · <a href=\"../archive/index.html\">all periods</a></p>"))
        #expect(page.contains("<script src=\"documents.js\" defer></script>"))
        #expect(page.contains("<script src=\"../../assets/search.js\" defer></script>"))
    }

    @Test func theLatestPageSendsTheReaderToTheNewestReport() throws {
        let site = try files()
        let page = try #require(site["zh/latest/index.html"])
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=../2024-q3/index.html\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://ratings.example/zh/2024-q3/\">"))
        #expect(page.contains("<p>正在打开最新一期考评报告： <a href=\"../2024-q3/index.html\">2024年第3季度网络问政考评</a></p>"))
        #expect(site["sitemap.xml"]?.contains("/latest/") == false)
        #expect(site["sitemap.xml"]?.contains("https://ratings.example/en/search/") == true)

        let older = try #require(try files(RenderFixture.site(quarters: [RenderFixture.q2]))["en/latest/index.html"])
        #expect(older.contains("<meta http-equiv=\"refresh\" content=\"0; url=../2024-q2/index.html\">"))
    }

    @Test func beforeTheFirstPeriodTheLatestPageSaysSoAndRedirectsNowhere() throws {
        let page = try #require(try files(RenderFixture.site(quarters: []))["en/latest/index.html"])
        #expect(!page.contains("http-equiv=\"refresh\""))
        #expect(!page.contains("rel=\"canonical\""))
        #expect(page.contains("<p>No report has been published yet. <a href=\"../archive/index.html\">all periods</a></p>"))
    }

    @Test func everyPageLinksToTheLatestReportAndTheSearchTheSameWayWhateverThePeriods() throws {
        let site = try files()
        for (path, page) in site where path.hasSuffix("index.html") && path.hasPrefix("zh/2024-q2/") {
            let depth = path.split(separator: "/").count - 2
            let up = String(repeating: "../", count: depth)
            #expect(page.contains("<li><a href=\"\(up)latest/index.html\">最新一期</a></li>"), "\(path)")
            #expect(page.contains("<li><a href=\"\(up)search/index.html\">搜索</a></li>"), "\(path)")
        }
    }
}

/// documents.js stands in a script: no markup and no line ends a string literal cannot hold, whatever a citizen typed.
@Suite struct SearchIndexEscapingTests {
    @Test func aHostileRedPostTitleIsWrittenWithEscapesOnly() throws {
        // `<` before a combining mark is one Character but two scalars; U+2028/U+2029 end a line in older engines.
        let hostile = "<\u{0338}script>a\u{2028}b\u{2029}c&"
        var q3 = RenderFixture.q3
        q3.redPosts["housing"]![0].title = hostile
        let files = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.site(quarters: [RenderFixture.q2, q3]))
        let index = String(decoding: try #require(files.first { $0.path == "en/search/documents.js" }).bytes, as: UTF8.self)
        #expect(index.contains("    [5, \"\\u003c\u{0338}script\\u003ea\\u2028b\\u2029c\\u0026\", \"../2024-q3/red/index.html#red-d-housing\""))
        #expect(!index.unicodeScalars.contains { "<>&\u{2028}\u{2029}".unicodeScalars.contains($0) })
    }
}

@Suite struct SearchIndexFigureTests {
    @Test func aComplexIssueIsFoundByTheFiguresItsPageShowsNotByTheirTags() throws {
        var q3 = RenderFixture.q3
        q3.complexIssues[0].story = LocalizedMarkdown(["zh": "涉及{{figure departments}}个部门。"])
        let files = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.site(quarters: [RenderFixture.q2, q3]))
        let index = String(decoding: try #require(files.first { $0.path == "zh/search/documents.js" }).bytes, as: UTF8.self)
        let issue = try #require(index.split(separator: "\n").first { $0.hasPrefix("    [3, ") })
        // The headline's 2 departments, as on the issue's page.
        #expect(issue == "    [3, \"兆海苑北区地下室渗漏\", \"../2024-q3/complex/issue-01/index.html\", \"Basement leakage in Yaohaiyuan 前湾新区 涉及2个部门。\", 1, 0, 3],")
    }
}

@Suite struct PlainTextTests {
    @Test func tagsBecomeOneSpaceEscapesAreUndoneOnceAndWhiteSpaceRunsCollapse() {
        // U+3000 (ideographic space) and U+00A0 are white space beyond ASCII; `&amp;lt;` is a written `&lt;`.
        let html = "<h2 id=\"x\">Title</h2>\n<p>a &amp;lt; b&#39;s &quot;c&quot;\u{3000}\u{00A0}d</p><p>e&gt;f &amp; 路灯</p>\n"
        #expect(HTMLText.plainText(html) == "Title a &lt; b's \"c\" d e>f & 路灯")
        #expect(HTMLText.plainText("  <br>  ") == "")
        #expect(HTMLText.plainText("x&unknown;y") == "x&unknown;y")
    }
}
