import XCTest
@testable import Lightboard

/// `DepartmentLinkCache` prints what `{{#department}}{{> department-link}}{{/department}}` printed.
final class DepartmentLinkCacheTests: XCTestCase {
    func testRendersThePartialWithTheNameEscapedAndItsLanguage() throws {
        let templates = try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"])
        let cache = DepartmentLinkCache(templates, language: "en")
        let hostile = cache.link(name: DisplayText(text: RenderFixture.hostileName, lang: "en", isFallback: false),
                                 href: "../../departments/x/")
        XCTAssertEqual(hostile.html, #"<a href="../../departments/x/">&quot;&gt;&lt;img onerror=x&gt;</a>"#)
        let fallback = cache.link(name: DisplayText(text: "商务局", lang: "zh", isFallback: true), href: "../commerce/")
        XCTAssertEqual(fallback.html, #"<a href="../commerce/"><span lang="zh">商务局</span></a>"#)
    }

    func testTheSameNameAtAnotherDepthIsAnotherLink() throws {
        let templates = try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"])
        let cache = DepartmentLinkCache(templates, language: "zh")
        let name = DisplayText(text: "商务局", lang: "zh", isFallback: false)
        XCTAssertEqual(cache.link(name: name, href: "../commerce/").html, #"<a href="../commerce/">商务局</a>"#)
        XCTAssertEqual(cache.link(name: name, href: "../../departments/commerce/").html,
                       #"<a href="../../departments/commerce/">商务局</a>"#)
        XCTAssertEqual(cache.link(name: name, href: "../commerce/").html, #"<a href="../commerce/">商务局</a>"#)
    }
}
