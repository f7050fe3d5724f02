extension PageBuilder {
    func home(_ linker: Linker) -> HomePage {
        let latest = latestPeriod.map { quarter in
            HomeLatestPeriod(links: periodLinks(quarter, linker), asOfNote: asOfNote(quarter),
                              figures: headlineFigures(quarter, brief: true),
                              topLeague: Rankings.homeLeague(quarter.league).map { leagueRow($0, of: quarter, linker) },
                              topRed: redDepartments(quarter, quarter.topRed, linker, withPosts: false))
        }
        let eReading = site.content.eReading.last.map { month in
            HomeEReading(month: format.month(year: month.year, month: month.month), title: text(month.title),
                         href: href(.eReadingMonth(slug: month.slug), linker))
        }
        return HomePage(title: text(config.title), latest: latest.map { [$0] } ?? [], eReading: eReading.map { [$0] } ?? [],
                        pages: site.content.pages.map { Link(label: pageTitle(.page(slug: $0.slug)), href: href(.page(slug: $0.slug), linker)) },
                        archiveHref: href(.archive, linker), departmentsHref: href(.departments, linker),
                        methodologyHref: href(.methodology, linker), eReadingHref: href(.eReading, linker))
    }

    /// A quarter-only site lists its quarters in one table; with months, each year has its quarters and its months.
    func archive(_ linker: Linker) -> ArchivePage {
        func row(_ period: PeriodResult) -> ArchiveRow {
            let assessed = period.headline.assessed
            return ArchiveRow(quarter: Link(label: format.period(period.id), href: href(.report(period.id), linker)),
                              published: format.date(period.info.published), posts: format.integer(assessed.posts),
                              acceptanceRate: format.rate(assessed.rate(.acceptanceRate)), replyRate: format.rate(assessed.rate(.replyRate)),
                              greenRate: format.rate(assessed.rate(.greenRate)), redRate: format.rate(assessed.rate(.redRate)),
                              departments: format.integer(period.headline.departments))
        }
        guard !site.months.isEmpty else {
            return ArchivePage(title: pageTitle(.archive), rows: Rankings.newestFirstByKind(site.quarters).map(row), years: [])
        }
        let years = Rankings.archiveYears(site.periods).map { year in
            let yearText = String(year)
            let tables = PeriodKind.allCases.compactMap { kind -> ArchiveTable? in
                let periods = site.periods.filter { $0.id.year == year && $0.id.kind == kind }
                guard !periods.isEmpty else { return nil }
                let key = kind == .quarter ? "archive_quarters_caption" : "archive_months_caption"
                return ArchiveTable(id: "\(kind.folder)-\(yearText)", caption: strings.format(key, ["year": yearText]),
                                    isMonth: kind == .month, rows: Rankings.newestFirstByKind(periods).map(row))
            }
            return ArchiveYear(year: yearText, anchor: "y-" + yearText, tables: tables)
        }
        return ArchivePage(title: pageTitle(.archive), rows: [], years: years)
    }

    func eReadingIndex(_ linker: Linker) -> EReadingPage {
        EReadingPage(title: pageTitle(.eReading), rows: Rankings.newestFirstByKind(site.content.eReading).map { month in
            EReadingRow(month: format.month(year: month.year, month: month.month), title: text(month.title),
                        href: href(.eReadingMonth(slug: month.slug), linker), hits: month.hits.map(format.integer) ?? "—")
        })
    }

    func eReadingMonth(_ month: EReadingMonth, _ linker: Linker) -> EReadingMonthPage {
        EReadingMonthPage(
            title: text(month.title), month: format.month(year: month.year, month: month.month),
            officials: month.officials.map { OfficialRow(name: text($0.name), role: text($0.role)) },
            body: html(month.body, below: 2),
            hits: month.hits.map(format.integer) ?? "—", opinions: month.opinions.map(format.integer) ?? "—",
            handledWithin: month.handledWithinDays.map(waiting) ?? "—",
            feedback: month.feedback.map(feedbackItem),
            indexHref: href(.eReading, linker))
    }

    /// `mailto:` and `tel:` links; other kinds are shown as plain text.
    private func feedbackItem(_ channel: FeedbackChannel) -> FeedbackItem {
        switch channel.kind {
        case "email":
            return FeedbackItem(label: strings["feedback_email"], value: channel.value, href: ["mailto:" + channel.value])
        case "phone":
            let dialable = channel.value.filter { $0.isASCII && ($0.isNumber || $0 == "+" || $0 == "-") }
            return FeedbackItem(label: strings["feedback_phone"], value: channel.value, href: dialable.isEmpty ? [] : ["tel:" + dialable])
        default:
            return FeedbackItem(label: channel.kind, value: channel.value, href: [])
        }
    }

    /// Generated from site.yml, so it cannot drift from the computation.
    func methodology() -> MethodologyPage {
        let rules = config.assessment
        let green = format.integer(rules.greenLimit)
        // A yellow limit not above the green one gives no yellow light at all.
        let yellowRule = rules.yellowLimit > rules.greenLimit
            ? [strings.format("method_yellow", ["from": format.integer(rules.greenLimit + 1),
                                                "days": format.integer(rules.yellowLimit)])]
            : []
        let grayAfter = format.integer(max(rules.greenLimit, rules.yellowLimit))
        return MethodologyPage(
            title: pageTitle(.methodology),
            lightRules: [strings.format("method_green", ["days": green])] + yellowRule
                + [strings.format("method_gray", ["days": grayAfter]), strings["method_red"]],
            weights: rules.weights.map { weight in
                WeightRow(rate: strings["rate_" + weight.rate.rawValue],
                          weight: (weight.weight.isNegative ? "" : "+") + format.weight(weight.weight))
            },
            complexPoints: strings.format("method_complex_points", ["points": format.weight(rules.complexIssuePoints)]),
            channels: rules.channels.compactMap { id in config.channels.first { $0.id == id }.map { text($0.name) } },
            rounding: strings["method_rounding"],
            asOf: strings["method_as_of"])
    }

    func freePage(_ page: FreePage) -> FreePageModel {
        FreePageModel(title: DisplayText(text: pageTitle(.page(slug: page.slug)), lang: page.title.map { text($0).lang } ?? pageLanguage,
                                         isFallback: page.title.map { text($0).isFallback } ?? false),
                      body: html(page.body, below: 1))
    }
}
