import Foundation
import Testing
@testable import Lightboard

@Suite struct RenderTests {
    let files: [String: String]

    init() throws {
        let rendered = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.fullSite)
        files = Dictionary(uniqueKeysWithValues: rendered.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func everyPageTypeExistsInBothLanguages() {
        let pages = ["", "archive/", "2024-q3/", "2024-q3/league/", "2024-q3/green/", "2024-q3/red/", "2024-q3/complex/",
                     "2024-q3/complex/issue-01/", "2024-q2/", "departments/", "departments/housing/", "departments/commerce/",
                     "e-reading/", "e-reading/2024-07/", "methodology/", "pages/about/"]
        for language in ["zh", "en"] {
            for page in pages {
                #expect(files["\(language)/\(page)index.html"] != nil, "\(language)/\(page)")
            }
            #expect(files["\(language)/feed.xml"] != nil)
            #expect(files["\(language)/index.html"]!.contains("<html lang=\"\(language)\">"))
        }
        for file in ["index.html", "404.html", "sitemap.xml", "robots.txt", "assets/style.css"] {
            #expect(files[file] != nil, "\(file)")
        }
    }

    @Test func rootIndexIsTheDefaultLanguageHomeWithCanonical() throws {
        let root = try #require(files["index.html"])
        #expect(root.contains("<link rel=\"canonical\" href=\"https://ratings.example/zh/\">"))
        #expect(root.contains("href=\"en/index.html\""))
        #expect(root.contains("href=\"zh/2024-q3/index.html\""))
        #expect(files["zh/index.html"]!.contains("href=\"2024-q3/index.html\""))
    }

    @Test func quarterReportShowsFiguresChangesAndNotes() throws {
        let zh = try #require(files["zh/2024-q3/index.html"])
        let en = try #require(files["en/2024-q3/index.html"])
        #expect(zh.contains("<h1>2024年第3季度网络问政考评</h1>"))
        #expect(zh.contains("状态截至2024年11月18日"))
        #expect(en.contains("Status as of 18 November 2024"))
        #expect(en.contains("20,180"))
        #expect(en.contains("72.4%"))
        // 72.4 − 77.6 (170/219) = −5.2 percentage points; 20,180 − 220 posts.
        #expect(en.contains("\u{2212}5.2 pp"))
        #expect(en.contains("+19,960"))
        #expect(en.contains("Previous quarter: 2024 Q2"))
        #expect(en.contains("href=\"../../data/2024-q3/summary.json\""))
        #expect(en.contains("Mayor&#39;s mailbox"))
        // The narrative's h1 is demoted below the page's own.
        #expect(en.components(separatedBy: "<h1").count == 2)
        let q2 = try #require(files["en/2024-q2/index.html"])
        #expect(q2.contains("no comparison with the previous quarter"))
        #expect(!q2.contains("Previous quarter"))
        #expect(files["zh/2024-q2/index.html"]!.contains("更正：一条留言的回复时间有误。"))
        #expect(files["en/2024-q2/index.html"]!.contains("<span lang=\"zh\">更正：一条留言的回复时间有误。</span>"))
    }

    @Test func leagueRanksScoresAndMarksTopTen() throws {
        let league = try #require(files["en/2024-q3/league/index.html"])
        #expect(league.contains("98.76"))
        #expect(league.contains("\u{2212}1.25"))
        #expect(league.contains("class=\"top-ten\""))
        #expect(league.contains("role=\"img\""))
        #expect(league.contains("<title id=\"league-chart-title\">Department scores, 2024 Q3</title>"))
    }

    @Test func fallbackNamesCarryTheirLanguage() throws {
        let departments = try #require(files["en/departments/index.html"])
        #expect(departments.contains("<span lang=\"zh\">宁波市商务局</span>"))
    }

    @Test func redPostsLinkOutSafely() throws {
        let red = try #require(files["en/2024-q3/red/index.html"])
        #expect(red.contains("<a href=\"https://board.example/post?id=1&amp;x=2\" rel=\"nofollow noopener\"><span lang=\"zh\">&lt;script&gt;alert(1)&lt;/script&gt;</span></a>"))
        #expect(red.contains("35 working days"))
        #expect(red.contains("(untitled)"))
    }

    @Test func nonPublicRedPostsShowNeitherTitleNorLink() throws {
        for (path, text) in files {
            #expect(!text.contains(RenderFixture.privateTitle), "\(path)")
            #expect(!text.contains("private-3"), "\(path)")
        }
        let red = try #require(files["en/2024-q3/red/index.html"])
        #expect(red.contains("Non-public post"))
        #expect(red.contains("33 working days"))
        #expect(try #require(files["zh/departments/psb/index.html"]).contains("非公开留言"))
    }

    @Test func hostileStringsAppearOnlyEscaped() {
        for (path, text) in files where !path.hasSuffix(".css") {
            #expect(!text.contains(RenderFixture.hostileTitle), "\(path)")
            #expect(!text.contains("<img onerror"), "\(path)")
            #expect(!text.contains("\"><img"), "\(path)")
        }
        #expect(files["zh/2024-q3/red/index.html"]!.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(files["en/2024-q3/league/index.html"]!.contains("Housing&quot;&gt;&lt;img onerror=x&gt;"))
        #expect(files["zh/departments/housing/index.html"]!.contains("<title>住建局&quot;&gt;&lt;img onerror=x&gt; – "))
    }

    @Test func everyRelativeLinkResolves() {
        for (path, text) in files where path.hasSuffix(".html") && path != "404.html" {
            let directory = path.split(separator: "/").dropLast().map(String.init)
            for link in Self.links(in: text) {
                if link.hasPrefix("https:") || link.hasPrefix("http:") || link.hasPrefix("mailto:") || link.hasPrefix("tel:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : Self.resolve(parts[0], from: directory)
                guard let targetText = files[target] ?? (target.hasPrefix("data/") ? "" : nil) else {
                    Issue.record("\(path): \(link) does not resolve")
                    continue
                }
                if parts.count == 2, !target.hasPrefix("data/") {
                    #expect(targetText.contains("id=\"\(parts[1])\""), "\(path): \(link)")
                }
            }
        }
    }

    @Test func notFoundPageLinksAbsolutely() throws {
        let page = try #require(files["404.html"])
        #expect(page.contains("href=\"https://ratings.example/assets/style.css\""))
        #expect(page.contains("href=\"https://ratings.example/en/\""))
    }

    @Test func feedsAndSitemapUseBaseURLAndContentDates() throws {
        let feed = try #require(files["en/feed.xml"])
        #expect(feed.contains("<updated>2024-11-25T00:00:00+08:00</updated>"))
        #expect(feed.contains("<id>https://ratings.example/en/2024-q3/</id>"))
        let sitemap = try #require(files["sitemap.xml"])
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://ratings.example/zh/2024-q3/league/\"/>"))
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /\nSitemap: https://ratings.example/sitemap.xml\n")
    }

    @Test func methodologyComesFromSiteConfig() throws {
        let page = try #require(files["en/methodology/index.html"])
        #expect(page.contains("Green: replied within 3 working days (inclusive)."))
        #expect(page.contains("<td class=\"num\">+50</td>"))
        #expect(page.contains("Complex-issue points: 1 for each"))
    }

    @Test func eReadingFeedbackLinks() throws {
        let page = try #require(files["zh/e-reading/2024-07/index.html"])
        #expect(page.contains("href=\"mailto:mayor@ningbo.example\""))
        #expect(page.contains("href=\"tel:0574-12345\""))
    }

    @Test func noInlineStylesScriptsOrExternalResources() {
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(!text.contains("style="), "\(path)")
            let withoutOurScripts = text.replacingOccurrences(of: #"<script src="([./]*assets/(table-sort|display-modes|search)|documents)\.js" defer></script>"#,
                                                              with: "", options: .regularExpression)
            #expect(!withoutOurScripts.contains("<script"), "\(path)")
            #expect(!text.contains("src=\"http"), "\(path)")
            #expect(text.components(separatedBy: "<h1").count == 2, "\(path): one h1")
        }
    }

    // MARK: - Helpers

    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            }
        }
        return links
    }

    static func resolve(_ link: String, from directory: [String]) -> String {
        var components = directory
        for part in link.split(separator: "/") {
            if part == ".." { components.removeLast() } else if part != "." { components.append(String(part)) }
        }
        return components.joined(separator: "/")
    }
}
