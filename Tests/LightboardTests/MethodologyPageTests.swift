import Foundation
import XCTest
@testable import Lightboard

/// The methodology page is generated from site.yml, so it states the limits the computation uses.
final class MethodologyPageTests: XCTestCase {
    func methodology(lights: String) throws -> String {
        var files = minimalContent
        files["site.yml"] = minimalContent["site.yml"]! + "assessment:\n  lights: \(lights)\n"
        let folder = try TemporaryFolder(files)
        let site = try SiteBuilder.compute(contentDirectory: folder.path)
        let page = try XCTUnwrap(try SiteBuilder.render(site, templatesDirectory: RenderFixture.templatesDirectory)
            .first { $0.path == "en/methodology/index.html" })
        return String(decoding: page.bytes, as: UTF8.self)
    }

    func testLimitsComeFromSiteYml() throws {
        let html = try methodology(lights: "{green: 2, yellow: 4}")
        XCTAssertTrue(html.contains("Green: replied within 2 working days (inclusive)."), html)
        XCTAssertTrue(html.contains("Yellow: replied on working day 3 to 4."), html)
        XCTAssertTrue(html.contains("Gray: replied after more than 4 working days."), html)
    }

    /// `lights: {green: 7}` keeps the default yellow 5: no post can be yellow, gray starts after 7.
    func testNoYellowRuleWhenYellowIsNotAboveGreen() throws {
        let html = try methodology(lights: "{green: 7}")
        XCTAssertTrue(html.contains("Green: replied within 7 working days (inclusive)."), html)
        XCTAssertFalse(html.contains("Yellow: replied"), html)
        XCTAssertTrue(html.contains("Gray: replied after more than 7 working days."), html)
    }
}
