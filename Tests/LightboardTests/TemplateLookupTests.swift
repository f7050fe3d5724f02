import Mustache
import XCTest
@testable import Lightboard

/// The hand-written `MustacheParent` look-ups answer exactly what reflection would:
/// every stored property by its name, and nothing else.
final class TemplateLookupTests: XCTestCase {
    func assertAgreesWithMirror(_ value: any MustacheParent, file: StaticString = #filePath, line: UInt = #line) {
        let children = Mirror(reflecting: value).children
        XCTAssertFalse(children.isEmpty, file: file, line: line)
        for child in children {
            let label = child.label!
            XCTAssertEqual(value.child(named: label).map { String(describing: $0) }, String(describing: child.value),
                           "\(type(of: value)).\(label)", file: file, line: line)
        }
        XCTAssertNil(value.child(named: "noSuchField"), file: file, line: line)
    }

    func testEveryHandWrittenLookUpAgreesWithReflection() {
        var counter = 0
        func text() -> String {
            counter += 1
            return "value \(counter)"
        }
        let display = DisplayText(text: text(), lang: "en", isFallback: true)
        let link = Link(label: text(), href: text())
        let department = DepartmentLink(name: display, href: text())
        let values: [any MustacheParent] = [
            display, link, department,
            LayoutModel.NavItem(label: text(), href: text(), isCurrent: true),
            LayoutModel.LanguageLink(label: text(), lang: "zh", href: text(), isCurrent: false),
            LayoutModel.Alternate(hreflang: "zh", href: text()),
            LeagueRow(anchor: text(), rank: text(), department: department, score: text(), acceptanceRate: text(), replyRate: text(),
                      greenRate: text(), green: text(), yellow: text(), gray: text(), red: text(), bonus: text(), penalty: text(),
                      complexIssues: text(), isTopTen: true),
            GreenListRow(position: text(), department: department, posts: text(), accepted: text(), green: text()),
            GreenRateRow(department: department, greenRate: text(), green: text(), accepted: text(), isAllGreen: true),
            RedDepartment(anchor: text(), position: text(), department: department, red: text(), redRate: text(), redPosts: text()),
            DepartmentIndexRow(department: department, latestRank: text(), latestScore: text()),
            DepartmentQuarterRow(quarter: link, rank: text(), score: text(), posts: text(), greenRate: text(), redRate: text()),
            ArchiveRow(quarter: link, published: text(), posts: text(), acceptanceRate: text(), replyRate: text(), greenRate: text(),
                       redRate: text(), departments: text()),
            LeaderRow(position: text(), department: department, issues: text()),
            ChannelRow(name: display, isAssessed: true, posts: text(), publicPosts: text(), accepted: text(), replied: text(),
                       acceptanceRate: text(), replyRate: text()),
            CategoryRow(name: display, posts: text(), share: text()),
            QuarterLinks(quarterName: text(), report: text(), league: text(), green: text(), red: text(), complex: text(),
                         pages: [LayoutModel.NavItem(label: text(), href: text(), isCurrent: false)], previous: [link]),
            DataLinks(summaryJSON: text(), departmentsJSON: text(), departmentsCSV: text(), datapackage: text()),
            HeadlineFigure(label: text(), value: text(), change: Change(difference: -1, text: text())),
            Change(difference: 1, text: text()),
            ComplexIssueCard(title: display, href: text(), lead: department, partners: [department], location: [display],
                             resolved: text(), isoResolved: text()),
            DepartmentIssue(title: display, href: text(), quarter: text(), role: text()),
            DepartmentRedQuarter(quarter: link, redPosts: text(), allRedPosts: [link]),
            LayoutModel(lang: "en", documentTitle: text(), siteTitle: display, canonical: [text()],
                        alternates: [LayoutModel.Alternate(hreflang: "en", href: text())], stylesheet: text(), scripts: [text()],
                        feed: text(), homeHref: text(), nav: [], languages: [], content: text()),
        ]
        for value in values { assertAgreesWithMirror(value) }
    }
}
