import Foundation
import XCTest
@testable import Lightboard

/// A rebuild after one input changed renders only the pages made from it, and
/// leaves exactly the site a fresh full build gives.
final class IncrementalBuildTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        for (source, copy) in [("Content", "content"), ("Templates", "templates")] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(source), to: path(copy))
        }
    }

    override func tearDownWithError() throws {
        for output in ["site", "fresh"] { try? FileManager.default.removeItem(atPath: BuildCache.path(in: path(output).path)) }
        try? FileManager.default.removeItem(at: work)
    }

    func path(_ name: String) -> URL { work.appendingPathComponent(name) }

    @discardableResult
    func build(into output: String) throws -> BuildSummary {
        try SiteBuilder.build(contentDirectory: path("content").path, templatesDirectory: path("templates").path,
                              outputDirectory: path(output).path, unpublished: Self.drafts)
    }

    /// The sample's periods, edited here as drafts: a published figure's change needs a correction (CorrectionsTests).
    static let drafts: Set<PeriodID> = [PeriodID("2024-Q2")!, PeriodID("2024-Q3")!]

    /// Every file of `folder`, by relative path.
    func site(_ folder: String) throws -> [String: Data] {
        let root = path(folder).path
        var files: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: root + "/" + relative)
            }
        }
        return files
    }

    /// Builds, applies `change`, rebuilds through the cache and checks the result against a fresh build.
    func rebuild(after change: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws -> BuildSummary {
        try build(into: "site")
        try change()
        let rebuilt = try build(into: "site")
        let fresh = try build(into: "fresh")
        let (rebuiltFiles, freshFiles) = (try site("site"), try site("fresh"))
        let differing = Set(rebuiltFiles.keys).union(freshFiles.keys).filter { rebuiltFiles[$0] != freshFiles[$0] }.sorted()
        XCTAssertEqual(differing, [], "files differing from a fresh build", file: file, line: line)
        XCTAssertEqual(rebuilt.pagesRendered + rebuilt.pagesKept, fresh.pagesRendered, file: file, line: line)
        XCTAssertEqual(fresh.pagesKept, 0, file: file, line: line)
        return rebuilt
    }

    /// Rewrites a text file in place (same inode, new stamp).
    func edit(_ relativePath: String, _ transform: (String) -> String) throws {
        let url = path(relativePath)
        try transform(String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Drops the last post of a quarter's posts.csv.
    func dropLastPost(of quarter: String) throws {
        try edit("content/quarters/\(quarter)/posts.csv") { text in
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast(2)  // the last post and the final line break
            return lines.joined(separator: "\n") + "\n"
        }
    }

    func pages(under prefixes: [String]) throws -> Int {
        try site("fresh").keys.filter { path in path.hasSuffix(".html") && prefixes.contains { path.hasPrefix($0) } }.count
    }

    func testLatestQuarterChangedKeepsTheOlderQuartersPages() throws {
        let rebuilt = try rebuild { try dropLastPost(of: "2024-Q3") }
        // 2024-Q2 does not depend on the quarter after it; neither do e-reading, free pages, the methodology or the search page.
        let untouched = try pages(under: ["zh/2024-q2/", "en/2024-q2/", "zh/e-reading/", "en/e-reading/",
                                          "zh/pages/", "en/pages/", "zh/methodology/", "en/methodology/", "zh/search/", "en/search/", "404.html"])
        XCTAssertEqual(rebuilt.pagesKept, untouched)
    }

    func testEarlierQuarterChangedRendersTheNextQuartersComparisons() throws {
        let rebuilt = try rebuild { try dropLastPost(of: "2024-Q2") }
        // Both quarters' pages are rendered again: 2024-Q3's report compares with 2024-Q2's headline.
        let untouched = try pages(under: ["zh/e-reading/", "en/e-reading/", "zh/pages/", "en/pages/",
                                          "zh/methodology/", "en/methodology/", "zh/search/", "en/search/", "404.html"])
        XCTAssertEqual(rebuilt.pagesKept, untouched)
    }

    func testRemovedQuarterDropsItsPagesAndTheNextQuartersComparisons() throws {
        let rebuilt = try rebuild { try FileManager.default.removeItem(at: path("content/quarters/2024-Q2")) }
        XCTAssertGreaterThan(rebuilt.write.removed.count, 0)
    }

    func testEReadingFileChangedRendersOnlyPagesShowingIt() throws {
        let rebuilt = try rebuild { try edit("content/e-reading/2024-08.en.md") { $0 + "\nOne more line.\n" } }
        let untouched = try pages(under: ["zh/2024-q", "en/2024-q", "zh/departments/", "en/departments/", "zh/archive/", "en/archive/",
                                          "zh/pages/", "en/pages/", "zh/methodology/", "en/methodology/", "zh/search/", "en/search/",
                                          "zh/latest/", "en/latest/", "404.html"])
        XCTAssertEqual(rebuilt.pagesKept, untouched)
    }

    func testFreePageChangedRendersOnlyPagesShowingIt() throws {
        let rebuilt = try rebuild { try edit("content/pages/about.en.md") { $0 + "\nOne more line.\n" } }
        XCTAssertEqual(rebuilt.pagesRendered, try pages(under: ["zh/pages/", "en/pages/", "zh/index.html", "en/index.html", "index.html"]))
    }

    func testTemplateChangedRendersEveryPage() throws {
        let rebuilt = try rebuild { try edit("templates/quarter.mustache") { $0 + "<!-- restyled -->\n" } }
        XCTAssertEqual(rebuilt.pagesKept, 0)
    }

    func testSiteConfigChangedRendersEveryPage() throws {
        let rebuilt = try rebuild {
            try edit("content/site.yml") { $0.replacingOccurrences(of: "en: Ningbo Livelihood", with: "en: The Ningbo Livelihood") }
        }
        XCTAssertEqual(rebuilt.pagesKept, 0)
    }

    func testEditedOutputFileIsRenderedAgain() throws {
        let rebuilt = try rebuild {
            try dropLastPost(of: "2024-Q3")
            try edit("site/en/2024-q2/league/index.html") { $0.replacingOccurrences(of: "<h1", with: "<h1 class=\"edited\"") }
        }
        XCTAssertTrue(rebuilt.write.written.contains("en/2024-q2/league/index.html"))
    }
}
