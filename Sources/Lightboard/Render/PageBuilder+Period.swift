// The pages under LANG/SLUG/. Archive stability: everything here depends only
// on the quarter itself, the one before it, site.yml and the registry — never
// on newer quarters, e-reading months or free pages.
extension PageBuilder {
    /// `current`: the quarter page being built, marked in the quarter's navigation.
    func periodLinks(_ quarter: PeriodResult, _ linker: Linker, current: Route? = nil) -> PeriodLinks {
        let id = quarter.id
        let previous = quarter.previousHeadline == nil ? [] : id.previous.map {
            [Link(label: format.period($0), href: href(.report($0), linker))]
        } ?? []
        let pages = [("quarter_nav_report", Route.report(id)), ("quarter_nav_league", .league(id)), ("quarter_nav_green", .green(id)),
                     ("quarter_nav_red", .red(id)), ("quarter_nav_complex", .complex(id))].map { key, route in
            LayoutModel.NavItem(label: strings[key], href: href(route, linker), isCurrent: route == current)
        } + quarter.rankings.map { ranking in  // site.yml's extra rankings (contract §9)
            let route = Route.ranking(id, id: ranking.definition.id)
            return LayoutModel.NavItem(label: text(ranking.definition.title).text, href: href(route, linker), isCurrent: route == current)
        }
        return PeriodLinks(quarterName: format.period(id), isMonth: id.kind == .month, report: href(.report(id), linker),
                            league: href(.league(id), linker), green: href(.green(id), linker),
                            red: href(.red(id), linker), complex: href(.complex(id), linker), pages: pages, previous: previous)
    }

    func asOfNote(_ quarter: PeriodResult) -> String {
        strings.format("as_of_note", ["date": format.date(quarter.info.asOf)])
    }

    /// With a year-earlier period (同比) each figure has its change against it too, and the
    /// accepted and replied counts join the figures, as the year-on-year reports give them.
    func headlineFigures(_ quarter: PeriodResult, brief: Bool = false) -> [HeadlineFigure] {
        let now = quarter.headline, before = quarter.previousHeadline, yearEarlier = quarter.yearEarlierHeadline
        func count(_ key: String, unit: String, _ value: (HeadlineFigures) -> Int) -> HeadlineFigure {
            HeadlineFigure(label: strings[key], value: format.integer(value(now)),
                           change: format.countChange(HeadlineChange.count(value(now), previous: before.map(value))),
                           definition: definition(String(key.dropFirst("figure_".count))),
                           yearOverYear: yearEarlier.map { [format.yearOverYearCount(CountChange(value(now), previous: value($0)), unit: unit)] } ?? [])
        }
        func rate(_ key: String, _ kind: RateKind) -> HeadlineFigure {
            HeadlineFigure(label: strings[key], value: format.rate(now.assessed.rate(kind)),
                           change: format.rateChange(tenths: HeadlineChange.rate(now.assessed.rate(kind), previous: before.flatMap { $0.assessed.rate(kind) })),
                           definition: definition(String(key.dropFirst("figure_".count))),
                           yearOverYear: yearEarlier.map { [format.yearOverYearRate(RateChange(now.assessed.rate(kind), previous: $0.assessed.rate(kind)))] } ?? [])
        }
        let posts = count("figure_posts", unit: "unit_posts") { $0.assessed.posts }
        if brief {
            return [posts, rate("figure_green_rate", .greenRate), rate("figure_red_rate", .redRate),
                    count("figure_departments", unit: "unit_departments") { $0.departments }]
        }
        let answered = yearEarlier == nil ? [] : [count("figure_accepted", unit: "unit_posts") { $0.assessed.accepted },
                                                  count("figure_replied", unit: "unit_posts") { $0.assessed.replied }]
        return [posts] + answered + [
            rate("figure_acceptance_rate", .acceptanceRate),
            rate("figure_reply_rate", .replyRate),
            rate("figure_green_rate", .greenRate),
            rate("figure_red_rate", .redRate),
            count("figure_green", unit: "unit_posts") { $0.assessed.lights.green },
            count("figure_red", unit: "unit_posts") { $0.assessed.lights.red },
            count("figure_departments", unit: "unit_departments") { $0.departments },
            count("figure_all_green", unit: "unit_departments") { $0.departmentsAllGreen },
            count("figure_no_red", unit: "unit_departments") { $0.departmentsNoRed },
            count("figure_complex_issues", unit: "unit_issues") { $0.complexIssues },
        ]
    }

    /// The period's open-data files, linked from its report and its adjustments page.
    func dataLinks(_ quarter: PeriodResult, _ linker: Linker) -> DataLinks {
        let absolute = Linker(baseURL: site.content.config.baseURL)
        let dataFolder = ["data", quarter.id.slug]
        return DataLinks(summaryJSON: linker.file(dataFolder + ["summary.json"]),
                         departmentsJSON: linker.file(dataFolder + ["departments.json"]),
                         departmentsCSV: linker.file(dataFolder + ["departments.csv"]),
                         departmentsXLSX: linker.file(dataFolder + ["departments.xlsx"]),
                         adjustmentsJSON: linker.file(dataFolder + ["adjustments.json"]),
                         adjustmentsCSV: linker.file(dataFolder + ["adjustments.csv"]),
                         adjustmentsXLSX: linker.file(dataFolder + ["adjustments.xlsx"]),
                         hasPosts: config.openData.posts,
                         postsCSV: linker.file(dataFolder + ["posts.csv"]), postsXLSX: linker.file(dataFolder + ["posts.xlsx"]),
                         datapackage: linker.file(["data", "datapackage.json"]),
                         summaryJSONURL: absolute.file(dataFolder + ["summary.json"]),
                         departmentsJSONURL: absolute.file(dataFolder + ["departments.json"]),
                         departmentsCSVURL: absolute.file(dataFolder + ["departments.csv"]),
                         datapackageURL: absolute.file(["data", "datapackage.json"]))
    }

    func periodReport(_ quarter: PeriodResult, _ linker: Linker) -> PeriodReportPage {
        PeriodReportPage(
            title: pageTitle(.report(quarter.id)),
            links: periodLinks(quarter, linker, current: .report(quarter.id)),
            asOfNote: asOfNote(quarter),
            publishedNote: strings.format("published_note", ["date": format.date(quarter.info.published)]),
            figures: headlineFigures(quarter),
            yearOverYearNote: quarter.yearEarlierHeadline == nil ? [] : [strings["method_year_over_year"]],
            lights: lightDistribution(quarter),
            channels: quarter.channels.map { channel in
                ChannelRow(name: text(channel.channel.name), isAssessed: quarter.assessedChannels.contains(channel.channel.id),
                           posts: format.integer(channel.tally.posts), publicPosts: format.integer(channel.publicPosts),
                           accepted: format.integer(channel.tally.accepted), replied: format.integer(channel.tally.replied),
                           acceptanceRate: format.rate(channel.tally.rate(.acceptanceRate)),
                           replyRate: format.rate(channel.tally.rate(.replyRate)))
            },
            categories: categoryRows(quarter),
            settlement: settlementSection(quarter),
            satisfaction: satisfactionSection(quarter),
            adjustments: adjustmentsLink(quarter, linker),
            narrative: html(quarter.narrative, below: 2, figures: figureTable(quarter)),
            corrections: zip(quarter.info.corrections, quarter.info.correctionAnchors).map { correction, anchor in
                CorrectionItem(anchor: anchor, date: format.date(correction.date), isoDate: correction.date.description,
                               text: text(correction.text), hasChanges: !correction.changes.isEmpty,
                               changes: correction.changes.map { CorrectionChangeRow(figure: $0.figure, old: $0.old.json, new: $0.new.json) })
            },
            correctionsLog: quarter.info.corrections.isEmpty ? [] : [linker.file(["data", quarter.id.slug, "corrections.json"])],
            downloads: dataLinks(quarter, linker),
            // Contract §9–§10 (PageBuilder+Rankings.swift)
            categoriesNote: categoriesNote(quarter), topClasses: topClassesSection(quarter),
            thresholds: thresholdsSection(quarter, linker), joined: joinedSection(quarter, linker),
            rankings: rankingsSection(quarter, linker))
    }

    func leagueRow(_ figures: DepartmentFigures, of period: PeriodResult, _ linker: Linker) -> LeagueRow {
        let tally = figures.tally
        return LeagueRow(
            anchor: "d-" + figures.department.id, rank: format.integer(figures.rank),
            department: departmentLink(figures.department, linker), score: format.points(figures.score),
            acceptanceRate: format.rate(tally.rate(.acceptanceRate)), replyRate: format.rate(tally.rate(.replyRate)),
            greenRate: format.rate(tally.rate(.greenRate)),
            green: format.integer(tally.lights.green), yellow: format.integer(tally.lights.yellow),
            gray: format.integer(tally.lights.gray), red: format.integer(tally.lights.red),
            bonus: format.points(figures.bonus), penalty: format.points(figures.penalty),
            complexIssues: format.integer(figures.complexIssues),
            settleRate: format.rate(tally.rate(.settleRate)), satisfactionRate: format.rate(tally.rate(.satisfactionRate)),
            isTopTen: Rankings.isTopTen(rank: figures.rank),
            hasSettlement: period.hasSettlement, hasSatisfaction: hasSatisfaction(period))
    }

    func league(_ quarter: PeriodResult, _ linker: Linker) -> LeaguePage {
        LeaguePage(
            title: pageTitle(.league(quarter.id)), links: periodLinks(quarter, linker, current: .league(quarter.id)), asOfNote: asOfNote(quarter),
            departmentCount: format.integer(quarter.league.count),
            hasSettlement: quarter.hasSettlement, hasSatisfaction: hasSatisfaction(quarter),
            rowsHTML: quarter.league.map { partials.leagueRow.html(leagueRow($0, of: quarter, linker)) }.joined(),
            adjustments: adjustmentsLink(quarter, linker),
            chart: leagueChart(quarter),
            definitions: leagueDefinitions())
    }

    func green(_ quarter: PeriodResult, _ linker: Linker) -> GreenPage {
        let byGreenRate = Rankings.byGreenRate(quarter.league)
        return GreenPage(
            title: pageTitle(.green(quarter.id)), links: periodLinks(quarter, linker, current: .green(quarter.id)), asOfNote: asOfNote(quarter),
            allGreen: quarter.greenList.enumerated().map { position, figures in
                GreenListRow(position: format.integer(position + 1), department: departmentLink(figures.department, linker),
                             posts: format.integer(figures.tally.posts), accepted: format.integer(figures.tally.accepted),
                             green: format.integer(figures.tally.lights.green))
            },
            hasGreenRates: !byGreenRate.isEmpty,
            greenRatesHTML: byGreenRate.map { figures in
                partials.greenRateRow.html(GreenRateRow(
                    department: departmentLink(figures.department, linker), greenRate: format.rate(figures.tally.rate(.greenRate)),
                    green: format.integer(figures.tally.lights.green), accepted: format.integer(figures.tally.accepted),
                    isAllGreen: figures.tally.isAllGreen))
            }.joined())
    }

    func waiting(_ days: Int) -> String {
        strings.format(days == 1 ? "working_days_one" : "working_days", ["days": format.integer(days)])
    }

    /// The anchor of a department's red posts on the red-light page.
    static func redAnchor(_ departmentID: String) -> String { "red-d-" + departmentID }

    func redDepartments(_ quarter: PeriodResult, _ list: [DepartmentFigures], _ linker: Linker, withPosts: Bool) -> [RedDepartment] {
        var redPosts = RedPostsPartial(self)
        return list.enumerated().map { position, figures in
            RedDepartment(anchor: Self.redAnchor(figures.department.id), position: format.integer(position + 1),
                          department: departmentLink(figures.department, linker),
                          red: format.integer(figures.tally.lights.red), redRate: format.rate(figures.tally.rate(.redRate)),
                          redPosts: withPosts ? redPosts.list(quarter.redPosts[figures.department.id] ?? []) : "")
        }
    }

    func red(_ quarter: PeriodResult, _ linker: Linker) -> RedPage {
        RedPage(title: pageTitle(.red(quarter.id)), links: periodLinks(quarter, linker, current: .red(quarter.id)), asOfNote: asOfNote(quarter),
                topRed: redDepartments(quarter, quarter.topRed, linker, withPosts: false),
                departments: redDepartments(quarter, quarter.redList, linker, withPosts: true))
    }

    func issueCard(_ issue: ComplexIssue, quarter: PeriodID, _ linker: Linker) -> ComplexIssueCard {
        ComplexIssueCard(title: text(issue.title), href: href(.complexIssue(quarter, slug: issue.slug), linker),
                         lead: departmentLink(id: issue.lead, linker),
                         partners: issue.partners.map { departmentLink(id: $0, linker) },
                         location: issue.location.map { [text($0)] } ?? [],
                         resolved: format.date(issue.resolved), isoResolved: issue.resolved.description)
    }

    func complex(_ quarter: PeriodResult, _ linker: Linker) -> ComplexPage {
        ComplexPage(title: pageTitle(.complex(quarter.id)), links: periodLinks(quarter, linker, current: .complex(quarter.id)),
                    cards: quarter.complexIssues.map { issueCard($0, quarter: quarter.id, linker) },
                    leaders: quarter.complexIssueLeaders.enumerated().map { position, leader in
                        LeaderRow(position: format.integer(position + 1), department: departmentLink(leader.department, linker),
                                  issues: format.integer(leader.issues))
                    })
    }

    func complexIssue(_ issue: ComplexIssue, of quarter: PeriodResult, _ linker: Linker) -> ComplexIssuePage {
        ComplexIssuePage(title: text(issue.title), links: periodLinks(quarter, linker),
                         card: issueCard(issue, quarter: quarter.id, linker), story: html(issue.story, below: 1, figures: figureTable(quarter)))
    }
}
