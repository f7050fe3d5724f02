import Foundation
import Testing
@testable import Lightboard

/// One page of each type in both languages, rendered from `RenderFixture` with the
/// real Templates/, against its golden file under Snapshots/GoldenPages/ (`Snapshot`).
/// The committed Site/ guards the sample's bytes; these guard every page type on
/// the fixture's edge cases: hostile names, a fallback language, a non-public
/// red post, a post without a title, a quarter without a previous one.
@Suite struct GoldenPageTests {
    static let rendered = Result {
        try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.fullSite)
    }

    /// Page directories under `LANG/`, one per `Route` case; 2024 Q2 for the green
    /// list, the quarter with an all-green department.
    static let pages = [
        "", "archive/", "2024-q3/", "2024-q3/league/", "2024-q2/green/", "2024-q3/red/", "2024-q3/complex/",
        "2024-q3/complex/issue-01/", "2024-q3/rankings/mailbox-replies/", "2024-q3/adjustments/", "departments/", "departments/housing/", "e-reading/", "e-reading/2024-07/",
        "methodology/", "pages/about/", "search/", "latest/",
    ]
    static let files = pages.flatMap { page in ["zh", "en"].map { "\($0)/\(page)index.html" } } + ["404.html"]

    /// `zh/2024-q3/red/index.html` is stored as `GoldenPages/zh/2024-q3/red.html`, `zh/index.html` as `GoldenPages/zh/home.html`.
    static func snapshotName(_ path: String) -> String {
        guard path != "404.html" else { return "GoldenPages/404.html" }
        let directory = path.split(separator: "/").dropLast()
        return "GoldenPages/" + (directory.count == 1 ? directory + ["home"] : directory).joined(separator: "/") + ".html"
    }

    static let renderedMonthly = Result {
        try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.monthlySite)
    }

    /// The pages that change with monthly reports, from `RenderFixture.monthlySite`: April 2019
    /// for the green list (all green) and a month without a previous one.
    static let monthlyPages = ["", "archive/", "2019-05/", "2019-05/league/", "2019-04/green/", "2019-05/red/", "2019-05/complex/",
                               "2019-05/complex/issue-01/", "2019-05/adjustments/", "departments/", "departments/housing/"]
    static let monthlyFiles = monthlyPages.flatMap { page in ["zh", "en"].map { "\($0)/\(page)index.html" } }

    @Test(arguments: monthlyFiles) func monthlyPageMatchesItsSnapshot(_ path: String) throws {
        let file = try #require(try Self.renderedMonthly.get().first { $0.path == path }, "\(path) is not generated")
        let name = Self.snapshotName(path).replacingOccurrences(of: "GoldenPages/", with: "GoldenPages/monthly/")
        try Snapshot.assertMatches(String(decoding: file.bytes, as: UTF8.self), named: name)
    }

    @Test func everyKindOfRouteHasAGoldenPage() {
        func kind(_ route: Route) -> String { String(String(describing: route).prefix { $0.isLetter }) }
        let routes = SiteRenderer.routes(of: RenderFixture.fullSite)
        let covered = routes.filter { Self.pages.contains($0.components.map { $0 + "/" }.joined()) }
        #expect(Set(covered.map(kind)) == Set(routes.map(kind)))
    }

    @Test(arguments: files) func pageMatchesItsSnapshot(_ path: String) throws {
        let file = try #require(try Self.rendered.get().first { $0.path == path }, "\(path) is not generated")
        try Snapshot.assertMatches(String(decoding: file.bytes, as: UTF8.self), named: Self.snapshotName(path))
    }

    @Test func aDifferenceNamesItsLineAndBothVersions() {
        #expect(Snapshot.firstDifference(expected: "a\nb\nc", actual: "a\nb\nc") == nil)
        #expect(Snapshot.firstDifference(expected: "<h1>\n<p>Red</p>\n", actual: "<h1>\n<p>Green</p>\n")
            == "line 2:\n  snapshot: \"<p>Red</p>\"\n  actual:   \"<p>Green</p>\"")
        #expect(Snapshot.firstDifference(expected: "a\nb", actual: "a\nb\nc")
            == "line 3:\n  snapshot: (no line: the text ends here)\n  actual:   \"c\"")
        #expect(Snapshot.firstDifference(expected: "a\n", actual: "a")
            == "line 2:\n  snapshot: \"\"\n  actual:   (no line: the text ends here)")
    }
}
