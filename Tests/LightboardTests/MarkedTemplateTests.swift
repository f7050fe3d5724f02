import Foundation
import Mustache
import Testing
@testable import Lightboard

/// The layout filled in from its cut (`MarkedTemplate`) is byte for byte what swift-mustache renders,
/// however the press office restyles it.
@Suite struct MarkedTemplateTests {
    static func layout(title: String, content: String, refresh: [String] = [], current: String = "en") -> LayoutModel {
        LayoutModel(
            lang: "en", documentTitle: title, siteTitle: DisplayText(text: "Ratings", lang: "en", isFallback: false),
            siteTitleHTML: "<span>Ratings</span>", canonical: ["https://example.org/en/?a=1&b=2"],
            alternates: [.init(hreflang: "zh", href: "../zh/"), .init(hreflang: "en", href: "./")],
            stylesheet: "../assets/style.css", scripts: ["../assets/a.js", "../assets/b.js"], feed: "feed.xml", homeHref: "./",
            siteNav: "<nav>…</nav>",
            languages: ["zh", "en"].map { .init(label: $0 == "zh" ? "中文" : "English", lang: $0, href: "../\($0)/", isCurrent: $0 == current) },
            refresh: refresh, content: content)
    }

    static let layouts = [
        layout(title: "League – Ratings", content: "<h1>League</h1>\n<p>…</p>\n"),
        layout(title: "a<b & \"c\" 'd'", content: "<p>x</p>", refresh: ["../2024-q3/index.html"]),
        layout(title: "", content: "", current: "zh"),
        layout(title: "\u{E000}&0aB\u{E001}", content: "one line\n  indented\n"),  // a title that looks like a marker
    ]

    @Test(arguments: [
        nil,
        "<title>{{documentTitle}}|{{{documentTitle}}}|{{&documentTitle}}</title>{{{content}}}\n",
        "{{#languages}}<a{{#isCurrent}} class=\"c\"{{/isCurrent}}>{{uppercased(label)}}</a>{{/languages}}{{{content}}}",
        "{{#refresh}}[{{.}}]{{/refresh}}{{^refresh}}none{{/refresh}} {{#scripts}}{{.}},{{/scripts}}\n  {{{content}}}\n",
    ])
    func restyledLayoutsComeOutAsSwiftMustacheRendersThem(_ layout: String?) throws {
        let directory = try RenderStabilityTests.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        if let layout { try layout.write(toFile: directory + "/layout.mustache", atomically: true, encoding: .utf8) }
        let templates = try TemplateLibrary(directory: directory, languages: ["zh", "en"])
        let fast = MarkedTemplate("layout", templates, language: "en")
        for _ in 1...2 {  // the first model of a shape makes its cut, the second uses it
            for model in Self.layouts {
                #expect(fast.html(model) == templates.render("layout", model, strings: templates.strings["en"]!))
            }
        }
    }

    @Test func theShippedLayoutIsCutAndATransformedStringIsNot() throws {
        let templates = try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"])
        let model = Self.layouts[0]
        var walk = ModelWalk()
        walk.visit(model)
        let render = { (parent: any MustacheParent) in templates.render("layout", parent: parent, strings: templates.strings["en"]!) }
        #expect(MarkedCut(of: model, strings: walk.strings, render: render,
                          expected: templates.render("layout", model, strings: templates.strings["en"]!)) != nil)
        let directory = try RenderStabilityTests.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "{{uppercased(documentTitle)}}{{{content}}}".write(toFile: directory + "/layout.mustache", atomically: true, encoding: .utf8)
        let restyled = try TemplateLibrary(directory: directory, languages: ["zh", "en"])
        #expect(MarkedCut(of: model, strings: walk.strings, render: { restyled.render("layout", parent: $0, strings: restyled.strings["en"]!) },
                          expected: restyled.render("layout", model, strings: restyled.strings["en"]!)) == nil)
    }

    /// League rows (`partials/league-row`) by the same method: the shipped partial and a restyled one,
    /// rows of every shape (top ten or not, with and without the v2 columns), as swift-mustache renders them.
    @Test(arguments: [nil, "<tr>{{#isTopTen}}★{{/isTopTen}}{{rank}} {{{department.html}}} {{lowercased(score)}}{{#hasSettlement}} {{settleRate}}{{/hasSettlement}}</tr>\n"])
    func leagueRowsComeOutAsSwiftMustacheRendersThem(_ row: String?) throws {
        let directory = try RenderStabilityTests.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        if let row { try row.write(toFile: directory + "/partials/league-row.mustache", atomically: true, encoding: .utf8) }
        let templates = try TemplateLibrary(directory: directory, languages: ["zh", "en"])
        let fast = MarkedTemplate("league-row", templates, language: "zh")
        let link = DepartmentLink(name: DisplayText(text: "甲<局>", lang: "zh", isFallback: false), href: "../../departments/a/",
                                  html: "<a href=\"../../departments/a/\">甲&lt;局&gt;</a>")
        let rows = [(true, false, false), (false, false, false), (true, true, true), (false, true, false)].enumerated().map { index, shape in
            LeagueRow(anchor: "d-a\(index)", rank: "\(index + 1)", department: link, score: index == 1 ? "−1.25" : "98.76",
                      acceptanceRate: "100.0%", replyRate: "97.8%", greenRate: "72.4%", green: "14,602", yellow: "3,020",
                      gray: "2,095", red: "443", bonus: "0.50", penalty: "0.00", complexIssues: "1", settleRate: "75.0%",
                      satisfactionRate: "—", isTopTen: shape.0, hasSettlement: shape.1, hasSatisfaction: shape.2)
        }
        for _ in 1...2 {
            for model in rows {
                #expect(fast.html(model) == templates.render("league-row", model, strings: templates.strings["zh"]!))
            }
        }
    }

    /// A department page's period rows (`partials/department-period-row`) likewise, in every shape.
    @Test func departmentPeriodRowsComeOutAsSwiftMustacheRendersThem() throws {
        let templates = try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"])
        let fast = MarkedTemplate("department-period-row", templates, language: "en")
        let rows = [(false, false), (true, false), (true, true), (false, true)].enumerated().map { index, shape in
            DepartmentPeriodRow(quarter: Link(label: "2024 Q\(index + 1) <&>", href: "../../2024-q\(index + 1)/"),
                                rank: index == 0 ? "—" : "\(index) of 200", score: "98.76", posts: "1,200", greenRate: "91.7%",
                                redRate: "0.0%", settleRate: "75.0%", satisfactionRate: "—", hasSettlement: shape.0, hasSatisfaction: shape.1)
        }
        for _ in 1...2 {
            for model in rows {
                #expect(fast.html(model) == templates.render("department-period-row", model, strings: templates.strings["en"]!))
            }
        }
    }

    /// The green page's green-rate rows (`partials/green-rate-row`) likewise.
    @Test func greenRateRowsComeOutAsSwiftMustacheRendersThem() throws {
        let templates = try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"])
        let fast = MarkedTemplate("green-rate-row", templates, language: "zh")
        let link = DepartmentLink(name: DisplayText(text: "甲", lang: "zh", isFallback: false), href: "../../departments/a/",
                                  html: "<a href=\"../../departments/a/\">甲</a>")
        let rows = [true, false, true].map { isAllGreen in
            GreenRateRow(department: link, greenRate: isAllGreen ? "100.0%" : "—", green: "12", accepted: "12", isAllGreen: isAllGreen)
        }
        for model in rows + rows {
            #expect(fast.html(model) == templates.render("green-rate-row", model, strings: templates.strings["zh"]!))
        }
    }
}
