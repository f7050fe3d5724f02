// The bonus and penalty points with their reasons: the period's page (LANG/SLUG/adjustments/),
// the department page's section and the links from the report and the league. The rows come
// in `Rankings.adjustments` order (PeriodResult.adjustments); nothing is reordered here.
// Archive stability: the period's page depends on the period (and, for the quarter
// navigation, on whether the one before it exists), never on newer periods.
extension PageBuilder {
    /// Sources the interface strings name in words (`adjustment_source_ID`); any other is shown as written.
    static let namedAdjustmentSources = ["netizen", "media"]

    func adjustments(_ period: PeriodResult, _ linker: Linker) -> AdjustmentsPage {
        let league = Set(period.league.map(\.department.id))
        let rows = period.adjustments.map { adjustmentRow($0, isInLeague: league.contains($0.department), linker) }
        return AdjustmentsPage(title: pageTitle(.adjustments(period.id)), links: periodLinks(period, linker, current: .adjustments(period.id)),
                               count: adjustmentsCount(period), rows: rows, hasOutsideLeague: rows.contains(where: \.isOutsideLeague),
                               leagueHref: href(.league(period.id), linker), downloads: dataLinks(period, linker))
    }

    /// The report's and the league's link to the period's adjustments; none when it has none.
    func adjustmentsLink(_ period: PeriodResult, _ linker: Linker) -> [AdjustmentsLink] {
        period.adjustments.isEmpty ? [] : [AdjustmentsLink(label: adjustmentsCount(period), href: href(.adjustments(period.id), linker))]
    }

    /// "311 bonus and penalty entries", or the sentence saying the period has none.
    func adjustmentsCount(_ period: PeriodResult) -> String {
        let count = period.adjustments.count
        guard count > 0 else { return strings[period.id.kind == .quarter ? "no_adjustments" : "no_adjustments_month"] }
        return strings.format(count == 1 ? "adjustments_count_one" : "adjustments_count", ["count": format.integer(count)])
    }

    /// The periods in which `department` has adjustments, newest first within each kind, the months before the
    /// quarters (as its red posts are): `site.periods` (the quarters, then the months), newest first.
    func departmentAdjustments(_ department: Department, _ linker: Linker) -> [DepartmentAdjustmentPeriod] {
        Rankings.newestFirstByKind(zip(site.periods, leagueFigures).compactMap { period, figuresByDepartment -> DepartmentAdjustmentPeriod? in
            let own = period.adjustments.filter { $0.department == department.id }
            guard !own.isEmpty else { return nil }
            let figures = figuresByDepartment[department.id]
            return DepartmentAdjustmentPeriod(
                period: Link(label: format.period(period.id), href: href(.adjustments(period.id), linker)),
                anchor: "adjustments-" + period.id.slug,
                totals: figures.map { [strings.format("department_adjustment_totals", ["bonus": format.points($0.bonus),
                                                                                      "penalty": format.points($0.penalty)])] } ?? [],
                isOutsideLeague: figures == nil,
                rows: own.map { adjustmentRow($0, isInLeague: figures != nil, linker) })
        })
    }

    func adjustmentRow(_ adjustment: Adjustment, isInLeague: Bool, _ linker: Linker) -> AdjustmentRow {
        let points = NumberText.exact(adjustment.points, style: .page)
        let source = Self.namedAdjustmentSources.contains(adjustment.source)
            ? DisplayText(text: strings["adjustment_source_" + adjustment.source], lang: pageLanguage, isFallback: false)
            : writtenText(adjustment.source)
        return AdjustmentRow(date: format.date(adjustment.date), isoDate: adjustment.date.description,
                             department: departmentLink(id: adjustment.department, linker),
                             kind: adjustment.kind.rawValue, kindText: strings["adjustment_" + adjustment.kind.rawValue],
                             points: (adjustment.kind == .bonus ? "+" : Formatting.minus) + points,
                             reason: writtenText(adjustment.reason), source: source, isOutsideLeague: !isInLeague)
    }

    /// The press office's text as written, in the default language; an empty cell is a dash.
    private func writtenText(_ value: String) -> DisplayText {
        value.isEmpty
            ? DisplayText(text: "—", lang: pageLanguage, isFallback: false)
            : DisplayText(text: value, lang: defaultLanguage, isFallback: pageLanguage != defaultLanguage)
    }
}
