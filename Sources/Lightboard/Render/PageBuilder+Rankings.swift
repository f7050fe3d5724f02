// Contract §9–§10 on a period's pages: categories with their sub-categories and the top five
// classes, the departments below each threshold, platform sign-up, and the extra rankings.
// The orderings are computed in Compute (Rules/Orderings.swift); here they are only worded.
extension PageBuilder {
    // MARK: - Categories

    /// The classes in site.yml order, each with its sub-categories; shares are of the assessed posts.
    func categoryRows(_ period: PeriodResult) -> [CategoryRow] {
        let assessedPosts = period.headline.assessed.posts
        let share = { (category: CategoryCount) in format.rate(category.share(ofAssessed: assessedPosts)) }
        return period.categories.filter { $0.parent == nil }.map { group in
            let subCategories = period.categories.filter { $0.parent?.id == group.category.id }
            let name = text(group.category.name)
            return CategoryRow(
                name: name, posts: format.integer(group.posts), share: share(group),
                subCategories: subCategories.isEmpty ? [] : [SubCategoryGroup(
                    name: name,
                    count: strings.format(subCategories.count == 1 ? "sub_categories_one" : "sub_categories",
                                          ["count": format.integer(subCategories.count)]),
                    rows: subCategories.map { SubCategoryRow(name: text($0.category.name), posts: format.integer($0.posts), share: share($0)) })])
        }
    }

    /// "13 categories with 88 sub-categories", only when site.yml gives sub-categories.
    func categoriesNote(_ period: PeriodResult) -> [String] {
        let subCategories = period.categories.count { $0.parent != nil }
        guard subCategories > 0 else { return [] }
        let classes = period.categories.count { $0.parent == nil }
        return [strings.format("categories_note", [
            "classes": strings.format(classes == 1 ? "unit_categories_one" : "unit_categories", ["count": format.integer(classes)]),
            "sub_categories": strings.format(subCategories == 1 ? "sub_categories_one" : "sub_categories",
                                             ["count": format.integer(subCategories)])])]
    }

    func topClassesSection(_ period: PeriodResult) -> [TopClassesSection] {
        let top = period.topClasses
        guard !top.isEmpty else { return [] }
        let assessedPosts = period.headline.assessed.posts
        return [TopClassesSection(items: top.enumerated().map { position, category in
            TopClassItem(rank: strings.format("top_class_rank", ["rank": format.integer(position + 1)]),
                         name: text(category.category.name),
                         figures: strings.format("top_class_figures", [
                            "count": strings.format(category.posts == 1 ? "unit_posts_one" : "unit_posts", ["count": format.integer(category.posts)]),
                            "share": format.rate(category.share(ofAssessed: assessedPosts))]))
        })]
    }

    // MARK: - Thresholds and sign-up

    func thresholdsSection(_ period: PeriodResult, _ linker: Linker) -> [ThresholdsSection] {
        period.thresholds.isEmpty ? [] : [ThresholdsSection(lines: period.thresholds.map { result in
            let rate = result.threshold.rate
            return ThresholdSection(
                heading: strings.format("below_threshold_heading", ["rate": strings["rate_" + rate.rawValue],
                                                                    "threshold": format.weight(result.threshold.value) + "%"]),
                anchor: "below-" + rate.rawValue.replacingOccurrences(of: "_", with: "-"),
                rateLabel: strings["rate_" + rate.rawValue],
                rows: result.departments.map { BelowThresholdRow(department: departmentLink($0.department, linker),
                                                                 rate: format.rate($0.tally.rate(rate))) },
                hasRows: !result.departments.isEmpty)
        })]
    }

    func joinedSection(_ period: PeriodResult, _ linker: Linker) -> [JoinedSection] {
        guard let joined = period.joined else { return [] }
        let isMonth = period.id.kind == .month
        let count = joined.inPeriod.count
        let inPeriod = count == 0
            ? strings[isMonth ? "joined_none_month" : "joined_none"]
            : strings.format(isMonth ? "joined_in_period_month" : "joined_in_period", ["departments": departments(count)])
        return [JoinedSection(total: strings.format("joined_total", ["departments": departments(joined.total),
                                                                     "date": format.date(period.info.asOf)]),
                              inPeriod: inPeriod, hasDepartments: count > 0, departments: joined.inPeriod.map { departmentLink($0, linker) })]
    }

    private func departments(_ count: Int) -> String {
        strings.format(count == 1 ? "unit_departments_one" : "unit_departments", ["count": format.integer(count)])
    }

    // MARK: - Extra rankings

    func rankingsSection(_ period: PeriodResult, _ linker: Linker) -> [RankingsSection] {
        period.rankings.isEmpty ? [] : [RankingsSection(links: period.rankings.map {
            RankingLink(title: text($0.definition.title), href: href(.ranking(period.id, id: $0.definition.id), linker))
        })]
    }

    func ranking(_ id: String, of period: PeriodResult, _ linker: Linker) -> RankingPage {
        let ranking = period.rankings.first { $0.definition.id == id }!
        let definition = ranking.definition
        let valueLabel = measureLabel(definition.measure)
        let channels = definition.channels.compactMap { channel in config.channels.first { $0.id == channel } }
            .map { text($0.name).text }.joined(separator: strings["list_separator"])
        let intro = strings.format("ranking_intro", ["measure": valueLabel, "channels": channels])
        let dataFile = ["data", period.id.slug, "rankings", id + ".json"]
        return RankingPage(
            title: pageTitle(.ranking(period.id, id: id)), links: periodLinks(period, linker, current: .ranking(period.id, id: id)),
            asOfNote: asOfNote(period),
            intro: definition.top.map {
                strings.format("ranking_intro_top", ["intro": intro, "top": strings.format("ranking_top", ["top": format.integer($0)])])
            } ?? intro,
            valueLabel: valueLabel,
            rows: ranking.entries.map { entry in
                RankingRow(rank: format.integer(entry.rank), department: departmentLink(entry.department, linker),
                           posts: format.integer(entry.posts),
                           value: definition.measure.isRate ? format.rate(entry.value) : entry.value.map { format.integer(Int($0.numerator)) } ?? "—")
            },
            hasRows: !ranking.entries.isEmpty,
            dataJSON: linker.file(dataFile), dataJSONURL: Linker(baseURL: config.baseURL).file(dataFile))
    }

    /// The column heading of what a ranking counts.
    private func measureLabel(_ measure: RankingMeasure) -> String {
        switch measure {
        case .posts: strings["col_posts"]
        case .accepted: strings["col_accepted"]
        case .replied: strings["col_replied"]
        case .green: strings["col_green"]
        case .settled: strings["ranking_by_settled"]
        case .satisfied: strings["ranking_by_satisfied"]
        case .rate(let kind): strings["rate_" + kind.rawValue]
        }
    }
}
