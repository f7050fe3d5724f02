import Mustache
import XCTest
@testable import Lightboard

/// The generated `MustacheParent` look-ups answer exactly what reflection would:
/// every stored property by its name, and nothing else; `templateFields` lists the same names.
final class TemplateLookupTests: XCTestCase {
    func assertAgreesWithMirror(_ value: any TemplateFields, file: StaticString = #filePath, line: UInt = #line) {
        let children = Mirror(reflecting: value).children
        XCTAssertEqual(type(of: value).templateFields.map(\.name), children.map(\.label), file: file, line: line)
        XCTAssertFalse(children.isEmpty, file: file, line: line)
        for child in children {
            let label = child.label!
            XCTAssertEqual(value.child(named: label).map { String(describing: $0) }, String(describing: child.value),
                           "\(type(of: value)).\(label)", file: file, line: line)
        }
        XCTAssertNil(value.child(named: "noSuchField"), file: file, line: line)
    }

    func testEveryGeneratedLookUpAgreesWithReflection() {
        var counter = 0
        func text() -> String {
            counter += 1
            return "value \(counter)"
        }
        let display = DisplayText(text: text(), lang: "en", isFallback: true)
        let link = Link(label: text(), href: text())
        let department = DepartmentLink(name: display, href: text(), html: text())
        let values: [any TemplateFields] = [
            display, link, department,
            LayoutModel.NavItem(label: text(), href: text(), isCurrent: true),
            LayoutModel.LanguageLink(label: text(), lang: "zh", href: text(), isCurrent: false),
            LayoutModel.Alternate(hreflang: "zh", href: text()),
            LeagueRow(anchor: text(), rank: text(), department: department, score: text(), acceptanceRate: text(), replyRate: text(),
                      greenRate: text(), green: text(), yellow: text(), gray: text(), red: text(), bonus: text(), penalty: text(),
                      complexIssues: text(), settleRate: text(), satisfactionRate: text(), isTopTen: true,
                      hasSettlement: true, hasSatisfaction: false),
            GreenListRow(position: text(), department: department, posts: text(), accepted: text(), green: text()),
            GreenRateRow(department: department, greenRate: text(), green: text(), accepted: text(), isAllGreen: true),
            RedDepartment(anchor: text(), position: text(), department: department, red: text(), redRate: text(), redPosts: text()),
            RedPostList(rows: text()),
            RedPostRow(isPublic: true, title: display, url: [text()], posted: text(), waiting: text()),
            DepartmentIndexRow(department: department, latestRank: text(), latestScore: text()),
            DepartmentPeriodRow(quarter: link, rank: text(), score: text(), posts: text(), greenRate: text(), redRate: text(),
                                 settleRate: text(), satisfactionRate: text(), hasSettlement: true, hasSatisfaction: false),
            ArchiveRow(quarter: link, published: text(), posts: text(), acceptanceRate: text(), replyRate: text(), greenRate: text(),
                       redRate: text(), departments: text()),
            LeaderRow(position: text(), department: department, issues: text()),
            ChannelRow(name: display, isAssessed: true, posts: text(), publicPosts: text(), accepted: text(), replied: text(),
                       acceptanceRate: text(), replyRate: text()),
            CategoryRow(name: display, posts: text(), share: text(), subCategories: []),
            PeriodLinks(quarterName: text(), isMonth: true, report: text(), league: text(), green: text(), red: text(), complex: text(),
                         pages: [LayoutModel.NavItem(label: text(), href: text(), isCurrent: false)], previous: [link]),
            DataLinks(summaryJSON: text(), departmentsJSON: text(), departmentsCSV: text(), departmentsXLSX: text(),
                      adjustmentsJSON: text(), adjustmentsCSV: text(), adjustmentsXLSX: text(), hasPosts: true, postsCSV: text(), postsXLSX: text(), datapackage: text(),
                      summaryJSONURL: text(), departmentsJSONURL: text(), departmentsCSVURL: text(), datapackageURL: text()),
            HeadlineFigure(label: text(), value: text(), change: Change(difference: -1, text: text()), definition: text(),
                           yearOverYear: [Change(difference: 1, text: text(), isYearOverYear: true)]),
            Change(difference: 1, text: text()),
            ComplexIssueCard(title: display, href: text(), lead: department, partners: [department], location: [display],
                             resolved: text(), isoResolved: text()),
            DepartmentIssue(title: display, href: text(), quarter: text(), role: text()),
            DepartmentRedPeriod(quarter: link, redPosts: text(), allRedPosts: [link]),
            LayoutModel(lang: "en", documentTitle: text(), siteTitle: display, siteTitleHTML: text(), canonical: [text()],
                        alternates: [LayoutModel.Alternate(hreflang: "en", href: text())], stylesheet: text(), scripts: [text()],
                        feed: text(), homeHref: text(), siteNav: text(), languages: [], refresh: [text()], content: text()),
            SiteNav(nav: [LayoutModel.NavItem(label: text(), href: text(), isCurrent: false)]),
        ]
        let markdown = DisplayMarkdown(html: text(), lang: "zh", isFallback: true)
        let periodLinks = PeriodLinks(quarterName: text(), isMonth: false, report: text(), league: text(), green: text(), red: text(), complex: text(),
                                        pages: [], previous: [link])
        let downloads = DataLinks(summaryJSON: text(), departmentsJSON: text(), departmentsCSV: text(), departmentsXLSX: text(),
                      adjustmentsJSON: text(), adjustmentsCSV: text(), adjustmentsXLSX: text(), hasPosts: true, postsCSV: text(), postsXLSX: text(), datapackage: text(),
                      summaryJSONURL: text(), departmentsJSONURL: text(), departmentsCSVURL: text(), datapackageURL: text())
        let figure = HeadlineFigure(label: text(), value: text(), change: Change(difference: 0, text: text()), definition: text(),
                                    yearOverYear: [])
        let leagueRow = LeagueRow(anchor: text(), rank: text(), department: department, score: text(), acceptanceRate: text(),
                                  replyRate: text(), greenRate: text(), green: text(), yellow: text(), gray: text(), red: text(),
                                  bonus: text(), penalty: text(), complexIssues: text(), settleRate: text(), satisfactionRate: text(), isTopTen: false,
                                  hasSettlement: false, hasSatisfaction: true)
        let redDepartment = RedDepartment(anchor: text(), position: text(), department: department, red: text(), redRate: text(),
                                          redPosts: text())
        let card = ComplexIssueCard(title: display, href: text(), lead: department, partners: [], location: [], resolved: text(),
                                    isoResolved: text())
        let change = CorrectionChangeRow(figure: text(), old: text(), new: text())
        let correction = CorrectionItem(anchor: text(), date: text(), isoDate: text(), text: display, hasChanges: true, changes: [change])
        let latest = HomeLatestPeriod(links: periodLinks, asOfNote: text(), figures: [figure], topLeague: [leagueRow], topRed: [redDepartment])
        let within = SettledWithinRow(limit: text(), settled: text(), rate: text())
        let settlement = SettlementSection(summary: text(), settled: text(), settleRate: text(), within: [within])
        let star = StarCount(count: text(), share: text())
        let dimension = DimensionRow(name: display, rated: text(), mean: text(), stars: [star], chart: text(), chartCaption: text())
        let satisfaction = SatisfactionSection(summary: text(), satisfactionRate: text(), starLabels: [text()], dimensions: [dimension])
        let subCategories = SubCategoryGroup(name: display, count: text(),
                                             rows: [SubCategoryRow(name: display, posts: text(), share: text())])
        let topClasses = TopClassesSection(items: [TopClassItem(rank: text(), name: display, figures: text())])
        let thresholds = ThresholdsSection(lines: [ThresholdSection(heading: text(), anchor: text(), rateLabel: text(),
                                                                    rows: [BelowThresholdRow(department: department, rate: text())],
                                                                    hasRows: true)])
        let joined = JoinedSection(total: text(), inPeriod: text(), hasDepartments: true, departments: [department])
        let rankings = RankingsSection(links: [RankingLink(title: display, href: text())])
        let adjustmentRow = AdjustmentRow(date: text(), isoDate: text(), department: department, kind: text(), kindText: text(),
                                          points: text(), reason: display, source: display, isOutsideLeague: true)
        let adjustmentPeriod = DepartmentAdjustmentPeriod(period: link, anchor: text(), totals: [text()], isOutsideLeague: false,
                                                          rows: [adjustmentRow])
        let pages: [any TemplateFields] = [
            adjustmentRow, adjustmentPeriod, AdjustmentsLink(label: text(), href: text()),
            AdjustmentsPage(title: text(), links: periodLinks, count: text(), rows: [adjustmentRow], hasOutsideLeague: true,
                            leagueHref: text(), downloads: downloads),
            markdown, change, correction, latest, within, settlement, star, dimension, satisfaction,
            PeriodReportPage(title: text(), links: periodLinks, asOfNote: text(), publishedNote: text(), figures: [figure], yearOverYearNote: [text()],
                              lights: [LightDistribution(accepted: text(), rows: [LightRow(light: text(), name: text(), definition: text(), posts: text(), share: text())], chart: text())],
                              channels: [], categories: [], settlement: [settlement], satisfaction: [satisfaction],
                              adjustments: [AdjustmentsLink(label: text(), href: text())], narrative: [markdown], corrections: [correction],
                              correctionsLog: [text()], downloads: downloads,
                              categoriesNote: [text()], topClasses: [topClasses], thresholds: [thresholds], joined: [joined], rankings: [rankings]),
            subCategories, topClasses, thresholds, joined, rankings,
            RankingPage(title: text(), links: periodLinks, asOfNote: text(), intro: text(), valueLabel: text(),
                        rows: [RankingRow(rank: text(), department: department, posts: text(), value: text())], hasRows: true,
                        dataJSON: text(), dataJSONURL: text()),
            LeaguePage(title: text(), links: periodLinks, asOfNote: text(), departmentCount: text(), hasSettlement: true, hasSatisfaction: false, rowsHTML: text(),
                       adjustments: [AdjustmentsLink(label: text(), href: text())], chart: text(), definitions: [Definition(term: text(), text: text())]),
            GreenPage(title: text(), links: periodLinks, asOfNote: text(), allGreen: [], hasGreenRates: true, greenRatesHTML: text()),
            RedPage(title: text(), links: periodLinks, asOfNote: text(), topRed: [redDepartment], departments: []),
            ComplexPage(title: text(), links: periodLinks, cards: [card], leaders: []),
            ComplexIssuePage(title: display, links: periodLinks, card: card, story: [markdown]),
            DepartmentsPage(title: text(), latestQuarter: [text()], isGrouped: true,
                            groups: [DepartmentGroupSection(anchor: text(), name: [display], count: text(), rows: [])]),
            DepartmentPage(title: display, indexHref: text(), hasQuarters: true, hasMonths: false, hasSettlement: false, hasSatisfaction: true, rowsHTML: text(), chart: [text()],
                           monthRowsHTML: text(), monthChart: [text()], issues: [], redQuarters: [], adjustments: [adjustmentPeriod],
                           scoreBreakdown: [ScoreBreakdownTable(quarters: [text()], parts: [ScorePartRow(label: text(), values: [text()], isTotal: true)])]),
            HomeEReading(month: text(), title: display, href: text()),
            HomePage(title: display, latest: [latest], eReading: [], pages: [link], archiveHref: text(), departmentsHref: text(),
                     methodologyHref: text(), eReadingHref: text()),
            ArchivePage(title: text(), rows: [], years: [ArchiveYear(year: text(), anchor: text(), tables: [])]),
            ArchiveYear(year: text(), anchor: text(), tables: [ArchiveTable(id: text(), caption: text(), isMonth: true, rows: [])]),
            ArchiveTable(id: text(), caption: text(), isMonth: true, rows: []),
            EReadingRow(month: text(), title: display, href: text(), hits: text()),
            EReadingPage(title: text(), rows: []),
            OfficialRow(name: display, role: display),
            FeedbackItem(label: text(), value: text(), href: [text()]),
            EReadingMonthPage(title: display, month: text(), officials: [], body: [markdown], hits: text(), opinions: text(),
                              handledWithin: text(), feedback: [], indexHref: text()),
            WeightRow(rate: text(), weight: text()),
            MethodologyPage(title: text(), lightRules: [text()], weights: [], complexPoints: text(), channels: [display],
                            rounding: text(), asOf: text()),
            FreePageModel(title: display, body: [markdown]),
            SearchPage(title: text(), indexScript: text(), departmentsHref: text(), archiveHref: text()),
            LatestPage(title: text(), period: [link], archiveHref: text()),
            NotFoundPage.Message(lang: "en", heading: text(), message: text(), home: link),
            NotFoundPage(messages: []),
        ]
        for value in values + pages { assertAgreesWithMirror(value) }
    }
}
