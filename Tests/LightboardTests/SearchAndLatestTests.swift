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
            "    [1, \"2024年第2季度网络问政考评\", \"../2024-q2/index.html\", \"2024年第2季度 2024 Q2 2024 Q2 online response ratings 2024-Q2 2024-q2\"],",
        ])
        #expect(index[8] == "    [1, \"2024年第2季度部门排名\", \"../2024-q2/league/index.html\", \"2024 Q2 department league\", 3],")
        #expect(index.suffix(2) == ["  ]", "};"])
    }

    @Test func redPostsNewestFirstAreFoundByTitleWithTheirDepartmentAndPeriodButNeverANonPublicOne() throws {
        let site = try files()
        for language in ["zh", "en"] {
            let redPosts = lines(site["\(language)/search/documents.js"]).filter { $0.hasPrefix("    [5, ") }
            // Related: document 1 (housing) and the period's report, document 3 (2024 Q2) or 8 (2024 Q3, five documents later).
            #expect(redPosts == [
                "    [5, \"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\", \"../2024-q3/red/index.html#red-d-housing\", \"\", 1, 8],",
                "    [5, \"小区路灯不亮\", \"../2024-q2/red/index.html#red-d-housing\", \"\", 1, 3]",
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
