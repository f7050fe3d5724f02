import Foundation
import Testing
@testable import Lightboard

/// The real sample (Content/) rendered with the real Templates/, in memory:
/// what citizens will read, checked page by page.
@Suite struct SitePagesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let contentDirectory = repository.appendingPathComponent("Content").path
    static let templatesDirectory = repository.appendingPathComponent("Templates").path

    /// Rendered once for the whole suite (computing the sample takes a moment).
    static let sample = Result { try render(content: contentDirectory, templates: templatesDirectory) }

    static func render(content: String, templates: String) throws -> [String: [UInt8]] {
        let site = try SiteBuilder.compute(contentDirectory: content)
        let files = try SiteBuilder.render(site, templatesDirectory: templates)
        // posts.csv and posts.xlsx are streamed when the site is written (PostsOpenDataTests): present, unread here.
        let streamed = site.content.config.openData.posts ? site.periods.flatMap { OpenDataRenderer.postsPaths($0.id) } : []
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) } + streamed.map { ($0, []) })
    }

    let files: [String: [UInt8]]

    init() throws { files = try Self.sample.get() }

    func page(_ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) is not generated"), as: UTF8.self)
    }

    var htmlPages: [(path: String, text: String)] {
        files.keys.sorted().filter { $0.hasSuffix(".html") }.map { ($0, String(decoding: files[$0]!, as: UTF8.self)) }
    }

    // MARK: - Every page type, both languages, key figures

    @Test(arguments: ["zh", "en"])
    func everyPageTypeShowsItsKeyFigures(language: String) throws {
        let expectations: [String: [String]] = [
            "": ["20,180", "72.4%", "2.2%"],
            "archive/": ["20,180", "19,040"],
            "2024-q3/": ["20,180", "72.4%", "99.9%", "97.8%", "14,602", "443", "+1,140", "4,764", "<svg class=\"chart chart-rows\""],
            "2024-q3/league/": ["124.83", "<svg class=\"chart chart-rows\""],
            "2024-q3/green/": ["100.0%"],
            "2024-q3/red/": ["120", "95", "70"],
            "2024-q3/complex/": ["issue-01/index.html", "issue-34/index.html"],
            "2024-q3/complex/issue-01/": ["<dl class=\"facts\">"],
            "2024-q2/": ["19,040"],
            "departments/": ["psb/index.html", "yinzhou/index.html"],
            "departments/yinzhou/": ["111.17", "<svg class=\"chart chart-rows\""],
            "e-reading/": ["2024-09/index.html", "2024-07/index.html"],
            "e-reading/2024-09/": ["8,710", "mailto:"],
            "methodology/": ["+20", "+30", "+50"],
            "pages/about/": ["<div class=\"prose\""],
        ]
        for (directory, needles) in expectations {
            let text = try page("\(language)/\(directory)index.html")
            #expect(text.contains("<html lang=\"\(language)\">"), "\(language)/\(directory)")
            for needle in needles {
                #expect(text.contains(needle), "\(language)/\(directory) should show \(needle)")
            }
        }
        #expect(try page("\(language)/2024-q3/index.html").contains(language == "zh" ? "状态截至2024年11月18日" : "Status as of 18 November 2024"))
        #expect(files["\(language)/feed.xml"] != nil)
    }

    @Test func siteWideFilesExist() {
        for path in ["index.html", "404.html", "sitemap.xml", "robots.txt", "assets/style.css", "assets/table-sort.js",
                     "data/2024-q3/summary.json", "data/2024-q3/departments.csv", "data/datapackage.json"] {
            #expect(files[path] != nil, "\(path)")
        }
    }

    @Test func leagueListsThePublicSecurityBureauFirst() throws {
        for (language, name) in [("zh", "宁波市公安局"), ("en", "Ningbo Public Security Bureau")] {
            let league = try page("\(language)/2024-q3/league/index.html")
            let firstRow = try #require(league.range(of: "<tr id=\"d-"))
            let row = league[firstRow.lowerBound...].prefix(600)
            #expect(row.hasPrefix("<tr id=\"d-psb\""))
            #expect(row.contains(name))
            #expect(row.contains("124.83"))
        }
    }

    @Test func redListNamesTheTopThreeInOrder() throws {
        let red = try page("zh/2024-q3/red/index.html")
        let topList = try #require(red.range(of: "<ol class=\"top-red-list\">"))
        let listEnd = try #require(red.range(of: "</ol>", range: topList.upperBound..<red.endIndex))
        let top = String(red[topList.upperBound..<listEnd.lowerBound])
        let positions = try ["鄞州区", "海曙区", "余姚市"].map { try #require(top.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(top.components(separatedBy: "<li>").count - 1 == 3)
    }

    // MARK: - Safety

    @Test func untrustedScriptTitleAppearsOnlyEscaped() throws {
        let title = "<script>alert(1)</script>小区门口路灯不亮"
        for (path, text) in htmlPages {
            #expect(!text.contains(title), "\(path)")
        }
        #expect(try page("zh/2024-q3/red/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;小区门口路灯不亮"))
        #expect(try page("en/departments/haishu/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func theOnlyScriptsAreOurOwnDisplayModesSearchAndTableSorter() {
        for (path, text) in htmlPages {
            let tags = text.components(separatedBy: "<script").dropFirst()
            // The search page loads its index after the three of every page.
            let files = path == "404.html" ? [] : ["assets/display-modes.js", "assets/search.js", "assets/table-sort.js"]
                + (path.hasSuffix("/search/index.html") ? ["documents.js"] : [])
            #expect(tags.count == files.count, "\(path): \(files.count) script tags")
            for (tag, file) in zip(tags, files) {
                let opening = tag.prefix { $0 != ">" }
                #expect(opening.hasPrefix(" src=\"") && opening.hasSuffix("\(file)\" defer"), "\(path): <script\(opening)>")
                #expect(tag.hasPrefix(opening + "></script>"), "\(path): script with a body")
            }
        }
    }

    // MARK: - Links

    @Test func everyRelativeLinkAndAnchorResolves() throws {
        var checked = 0
        for (path, text) in htmlPages where path != "404.html" {
            let directory = path.split(separator: "/").dropLast().map(String.init)
            for link in RenderTests.links(in: text) {
                if ["https:", "http:", "mailto:", "tel:"].contains(where: link.hasPrefix) { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : RenderTests.resolve(parts[0], from: directory)
                checked += 1
                guard let bytes = files[target] else {
                    Issue.record("\(path): \(link) -> \(target) is not generated")
                    continue
                }
                if parts.count == 2 {
                    #expect(String(decoding: bytes, as: UTF8.self).contains("id=\"\(parts[1])\""), "\(path): \(link)")
                }
            }
        }
        #expect(checked > 5_000)
    }

    // MARK: - Archive stability on the real content

    @Test func addingTheNewestQuarterChangesNoByteOfTheOlderOne() throws {
        let folder = try TemporaryFolder()
        let content = folder.file("Content")
        try FileManager.default.copyItem(atPath: Self.contentDirectory, toPath: content)
        try FileManager.default.removeItem(atPath: content + "/quarters/2024-Q3")
        let before = try Self.render(content: content, templates: Self.templatesDirectory)
        let olderQuarter = { (files: [String: [UInt8]]) in
            files.filter { path, _ in ["zh/2024-q2/", "en/2024-q2/", "data/2024-q2/"].contains(where: path.hasPrefix) }
        }
        #expect(before["zh/2024-q3/index.html"] == nil)
        #expect(olderQuarter(before).count > 20)
        #expect(olderQuarter(before).keys.sorted() == olderQuarter(files).keys.sorted())
        for (path, bytes) in olderQuarter(before) {
            #expect(files[path] == bytes, "\(path) changed when 2024-Q3 was added")
        }
    }

    // MARK: - Restyling

    @Test func templatesOptionRestylesTheSite() throws {
        let folder = try TemporaryFolder()
        let templates = folder.file("Templates")
        try FileManager.default.copyItem(atPath: Self.templatesDirectory, toPath: templates)
        let layout = templates + "/layout.mustache"
        let original = try String(contentsOfFile: layout, encoding: .utf8)
        try original.replacingOccurrences(of: "<body>", with: "<body class=\"press-office\">")
            .write(toFile: layout, atomically: true, encoding: .utf8)
        try "body { font-family: serif; }\n".write(toFile: templates + "/assets/style.css", atomically: true, encoding: .utf8)

        let restyled = try Self.render(content: Self.contentDirectory, templates: templates)
        #expect(restyled.keys.sorted() == files.keys.sorted())
        for path in ["zh/2024-q3/league/index.html", "en/departments/psb/index.html", "index.html"] {
            #expect(String(decoding: try #require(restyled[path]), as: UTF8.self).contains("<body class=\"press-office\">"), "\(path)")
            #expect(try !page(path).contains("press-office"), "\(path)")
        }
        #expect(restyled["assets/style.css"] == Array("body { font-family: serif; }\n".utf8))
        #expect(restyled["data/2024-q3/summary.json"] == files["data/2024-q3/summary.json"])
    }
}
