import XCTest
@testable import Lightboard

/// The checked-in sample content loads without a single diagnostic.
final class LoadSampleContentTests: XCTestCase {
    private var sampleDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content").path
    }

    func testSampleContentLoadsCleanly() throws {
        let (content, diagnostics) = SiteBuilder.content(contentDirectory: sampleDirectory + "/")
        XCTAssertEqual(diagnostics.diagnostics, [])
        let site = try XCTUnwrap(content)
        XCTAssertEqual(site.contentDirectory, sampleDirectory)
        XCTAssertEqual(site.config.languages, ["zh", "en"])
        XCTAssertEqual(site.config.timeZone.identifier, "Asia/Shanghai")
        XCTAssertEqual(site.config.assessment.channels, ["board"])
        XCTAssertEqual(site.registry.departments.count, 106)
        XCTAssertEqual(site.periods.map(\.info.id.description), ["2024-Q2", "2024-Q3"])
        XCTAssertEqual(site.periods[1].complexIssues.count, 34)
        XCTAssertEqual(site.periods[1].info.asOf, Day(iso: "2024-11-18"))
        XCTAssertEqual(site.periods[1].asOfLine, 1)
        XCTAssertEqual(site.periods[1].narrative.sources.keys.sorted(), ["en", "zh"])
        XCTAssertEqual(site.eReading.map(\.slug), ["2024-07", "2024-08", "2024-09"])
        XCTAssertEqual(site.eReading[0].feedback.map(\.kind), ["email", "phone"])
        XCTAssertEqual(site.pages.map(\.slug), ["about"])
        XCTAssertEqual(site.pages[0].title?.texts["en"], "About the online response ratings")
        XCTAssertEqual(site.calendar.years, [2024])
    }

    func testSamplePostsStreamWithoutErrors() throws {
        let site = try XCTUnwrap(SiteBuilder.content(contentDirectory: sampleDirectory).content)
        var counts: [Int] = []
        var diagnostics = DiagnosticBag()
        for quarter in site.periods {
            var count = 0
            _ = PeriodPosts.stream(quarter, of: site, diagnostics: &diagnostics) { _, _ in count += 1 }
            counts.append(count)
        }
        XCTAssertEqual(diagnostics.diagnostics, [])
        XCTAssertEqual(counts, [23530, 24944])
    }
}
