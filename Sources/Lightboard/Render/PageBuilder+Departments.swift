extension PageBuilder {
    func departments(_ linker: Linker) -> DepartmentsPage {
        let latest = latestPeriod
        let latestFigures = latest.flatMap { latest in site.periods.firstIndex { $0.id == latest.id }.map { leagueFigures[$0] } } ?? [:]
        func row(_ department: Department) -> DepartmentIndexRow {
            let figures = latestFigures[department.id]
            return DepartmentIndexRow(department: departmentLink(department, linker),
                                      latestRank: figures.map { format.integer($0.rank) } ?? "—",
                                      latestScore: figures.map { format.points($0.score) } ?? "—")
        }
        func section(_ anchor: String, _ name: [DisplayText], _ members: [Department]) -> DepartmentGroupSection {
            DepartmentGroupSection(anchor: anchor, name: name, count: format.integer(members.count), rows: members.map(row))
        }
        let departments = site.content.registry.departments
        let groups = site.content.config.departmentGroups
        var sections: [DepartmentGroupSection]
        if groups.isEmpty {
            sections = [section("departments", [], departments)]
        } else {
            sections = groups.enumerated().compactMap { index, group in
                let members = departments.filter { $0.group == index }
                return members.isEmpty ? nil : section("group-" + group.id, [text(group.name)], members)
            }
            let ungrouped = departments.filter { $0.group == nil }
            if !ungrouped.isEmpty {
                let name = DisplayText(text: strings["departments_ungrouped"], lang: language, isFallback: false)
                sections.append(section("group-ungrouped", [name], ungrouped))
            }
        }
        return DepartmentsPage(title: pageTitle(.departments), latestQuarter: latest.map { [format.period($0.id)] } ?? [],
                               isGrouped: !groups.isEmpty, groups: sections)
    }

    func department(_ department: Department, _ linker: Linker) -> DepartmentPage {
        let hasSettlement = site.periods.contains { $0.hasSettlement }, hasRatings = site.periods.contains(where: hasSatisfaction)
        var rows: [PeriodKind: [DepartmentPeriodRow]] = [:]
        var series: [PeriodKind: [Charts.Row]] = [:]
        var issues: [DepartmentIssue] = []
        var redQuarters: [DepartmentRedPeriod] = []
        var redPosts = RedPostsPartial(self)
        for (period, figuresByDepartment) in zip(site.periods, leagueFigures) {
            let kind = period.id.kind
            let periodName = format.period(period.id)
            let periodLink = Link(label: periodName, href: href(.report(period.id), linker))
            let figures = figuresByDepartment[department.id]
            let greenRate = figures?.tally.rate(.greenRate), redRate = figures?.tally.rate(.redRate)
            let greenText = format.rate(greenRate), redText = format.rate(redRate)
            rows[kind, default: []].append(DepartmentPeriodRow(
                quarter: periodLink,
                rank: figures.map { strings.format("rank_of", ["rank": format.integer($0.rank), "count": format.integer(period.league.count)]) } ?? "—",
                score: figures.map { format.points($0.score) } ?? "—",
                posts: format.integer(figures?.tally.posts ?? 0),
                greenRate: greenText,
                redRate: redText,
                settleRate: period.hasSettlement ? format.rate(figures?.tally.rate(.settleRate)) : "—",
                satisfactionRate: hasSatisfaction(period) ? format.rate(figures?.tally.rate(.satisfactionRate)) : "—",
                hasSettlement: hasSettlement, hasSatisfaction: hasRatings))
            series[kind, default: []].append(Charts.Row(label: periodName, bars: [
                Charts.RowBar(value: greenRate, valueText: "\(strings["chart_green_rate"]) \(greenText)", fill: .green),
                Charts.RowBar(value: redRate, valueText: "\(strings["chart_red_rate"]) \(redText)", fill: .red),
            ]))
            for issue in period.complexIssues where issue.lead == department.id || issue.partners.contains(department.id) {
                issues.append(DepartmentIssue(title: text(issue.title), href: href(.complexIssue(period.id, slug: issue.slug), linker),
                                              quarter: periodName,
                                              role: strings[issue.lead == department.id ? "issue_role_lead" : "issue_role_partner"]))
            }
            if let posts = period.redPosts[department.id], !posts.isEmpty {
                let redPage = href(.red(period.id), linker)
                let allKey = kind == .quarter ? "department_red_all" : "department_red_all_month"
                let allRedPosts = posts.count > Rankings.redPostsPerDepartment
                    ? [Link(label: strings.format(allKey, ["count": format.integer(posts.count)]),
                            href: redPage + "#" + Self.redAnchor(department.id))]
                    : []
                redQuarters.append(DepartmentRedPeriod(quarter: Link(label: periodName, href: redPage),
                                                        redPosts: redPosts.list(Rankings.departmentRedPosts(posts)),
                                                        allRedPosts: allRedPosts))
            }
        }
        let name = text(department.name)
        func rowsHTML(_ kind: PeriodKind) -> String {
            Rankings.newestFirstByKind(rows[kind] ?? []).map(partials.departmentPeriodRow.html).joined()
        }
        func chart(_ kind: PeriodKind) -> [String] {
            let periods = series[kind] ?? []
            guard periods.contains(where: { $0.bars.contains { $0.value != nil } }) else { return [] }
            let suffix = kind == .quarter ? "" : "_month"
            // Newest first, as in the table.
            return [Charts.rows(Rankings.newestFirstByKind(periods), id: kind == .quarter ? "rate-chart" : "month-rate-chart",
                                title: strings.format("chart_department_title" + suffix, ["department": name.text]),
                                description: strings["chart_department_desc" + suffix], scale: .percent)]
        }
        return DepartmentPage(title: name, indexHref: href(.departments, linker),
                              hasQuarters: !site.quarters.isEmpty || site.months.isEmpty, hasMonths: !site.months.isEmpty,
                              hasSettlement: hasSettlement, hasSatisfaction: hasRatings,
                              rowsHTML: rowsHTML(.quarter), chart: chart(.quarter),
                              monthRowsHTML: rowsHTML(.month), monthChart: chart(.month),
                              issues: Rankings.newestFirstByKind(issues), redQuarters: Rankings.newestFirstByKind(redQuarters),
                              adjustments: departmentAdjustments(department, linker),
                              scoreBreakdown: scoreBreakdown(department))
    }
}
