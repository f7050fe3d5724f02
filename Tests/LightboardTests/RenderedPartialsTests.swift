import XCTest
@testable import Lightboard

/// A partial rendered once and reused prints what the partial printed at each use.
final class RenderedPartialsTests: XCTestCase {
    private func partials(_ language: String) throws -> RenderedPartials {
        RenderedPartials(try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"]), language: language)
    }

    private func html(_ partials: RenderedPartials, _ name: DisplayText, _ href: String) -> String {
        partials.departmentLink.html(DepartmentLink(name: name, href: href, html: ""), key: href)
    }

    func testDepartmentLinkEscapesTheNameAndMarksItsLanguage() throws {
        let partials = try partials("en")
        let hostile = DisplayText(text: RenderFixture.hostileName, lang: "en", isFallback: false)
        XCTAssertEqual(html(partials, hostile, "../../departments/x/"),
                       #"<a href="../../departments/x/">&quot;&gt;&lt;img onerror=x&gt;</a>"#)
        let fallback = DisplayText(text: "商务局", lang: "zh", isFallback: true)
        XCTAssertEqual(html(partials, fallback, "../commerce/"), #"<a href="../commerce/"><span lang="zh">商务局</span></a>"#)
    }

    func testTheSameNameAtAnotherDepthIsAnotherLink() throws {
        let partials = try partials("zh")
        let name = DisplayText(text: "商务局", lang: "zh", isFallback: false)
        XCTAssertEqual(html(partials, name, "../commerce/"), #"<a href="../commerce/">商务局</a>"#)
        XCTAssertEqual(html(partials, name, "../../departments/commerce/"),
                       #"<a href="../../departments/commerce/">商务局</a>"#)
        XCTAssertEqual(html(partials, name, "../commerce/"), #"<a href="../commerce/">商务局</a>"#)
    }

    func testSiteNavMarksTheCurrentSectionAndUsesTheLanguagesStrings() throws {
        let nav = SiteNav(nav: [LayoutModel.NavItem(label: "Home", href: "../", isCurrent: false),
                                LayoutModel.NavItem(label: "A & B", href: "./", isCurrent: true)])
        let html = try partials("en").siteNav.html(nav)
        XCTAssertTrue(html.hasPrefix(#"<nav class="site-nav" aria-label="Main navigation">"#), html)
        XCTAssertTrue(html.contains(#"<li><a href="../">Home</a></li>"#), html)
        XCTAssertTrue(html.contains(#"<li><a href="./" aria-current="page">A &amp; B</a></li>"#), html)
        XCTAssertTrue(try partials("zh").siteNav.html(nav).contains(#"aria-label="主导航""#))
    }

    func testTextIsWrappedOnlyWhenItFellBackToAnotherLanguage() throws {
        let partials = try partials("en")
        XCTAssertEqual(partials.text.html(DisplayText(text: "Ningbo <ratings>", lang: "en", isFallback: false)), "Ningbo &lt;ratings&gt;")
        XCTAssertEqual(partials.text.html(DisplayText(text: "宁波", lang: "zh", isFallback: true)), #"<span lang="zh">宁波</span>"#)
    }
}

