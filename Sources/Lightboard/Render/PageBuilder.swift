/// Builds the view models of one language. Links are made by the `Linker` of
/// the page being built, so the same model works at any depth.
struct PageBuilder: Sendable {
    let site: ComputedSite
    let language: String
    let strings: UIStrings
    let format: Formatting
    let markdown: MarkdownRenderer
    /// Each period's league figures by department id, indexed like `site.periods`: a department
    /// page looks its figures up in every period (500 departments x 40 quarters in the large benchmark).
    let leagueFigures: [[String: DepartmentFigures]]
    let partials: RenderedPartials

    init(site: ComputedSite, language: String, strings: UIStrings, partials: RenderedPartials) {
        self.site = site
        self.language = language
        self.strings = strings
        self.partials = partials
        format = Formatting(strings: strings)
        markdown = MarkdownRenderer(allowsUnsafeHTML: site.content.config.allowsUnsafeHTML)
        leagueFigures = site.periods.map { quarter in
            Dictionary(quarter.league.map { ($0.department.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    var config: SiteConfig { site.content.config }
    var defaultLanguage: String { config.defaultLanguage }
    /// The language the page is marked in (`<html lang>`): that of its interface strings, which
    /// are the default language's when the language has no `strings/LANG.yml`. Text in any
    /// other language is marked with its own.
    var pageLanguage: String { strings.language }

    func text(_ value: LocalizedText) -> DisplayText {
        let resolved = value.resolved(in: language, defaultLanguage: defaultLanguage)
        return DisplayText(text: resolved.text, lang: resolved.language, isFallback: resolved.language != pageLanguage)
    }

    /// Citizen text is published as written, in the default language.
    func citizenText(_ value: String) -> DisplayText {
        value.isEmpty
            ? DisplayText(text: strings["untitled_post"], lang: pageLanguage, isFallback: false)
            : DisplayText(text: value, lang: defaultLanguage, isFallback: pageLanguage != defaultLanguage)
    }

    /// `headingLevel`: the heading the Markdown appears under (1 = the page's h1, 2 = a section).
    /// `figures`: those a period's text may name with `{{figure NAME}}` (checked by FigureCheck).
    func html(_ value: LocalizedMarkdown, below headingLevel: Int, figures: FigureTable? = nil) -> [DisplayMarkdown] {
        guard let resolved = value.resolved(in: language, defaultLanguage: defaultLanguage) else { return [] }
        let rendered = figures.map { table in
            FigureReferences.html(from: resolved.markdown, render: markdown.html(from:)) { name in table.figure(named: name).map(format.text) ?? "" }
        } ?? markdown.html(from: resolved.markdown)
        let html = HTMLText.nestingHeadings(rendered, below: headingLevel)
        return [DisplayMarkdown(html: html, lang: resolved.language, isFallback: resolved.language != pageLanguage)]
    }

    /// The figures of a period's summary.json, for its texts.
    func figureTable(_ period: PeriodResult) -> FigureTable {
        FigureTable(summary: OpenDataRenderer.summary(period, config: config))
    }

    func href(_ route: Route, _ linker: Linker) -> String {
        linker.page(route.directory(in: language))
    }

    func departmentLink(_ department: Department, _ linker: Linker) -> DepartmentLink {
        var link = DepartmentLink(name: text(department.name), href: href(.department(id: department.id), linker), html: "")
        link.html = partials.departmentLink.html(link, key: link.href)
        return link
    }

    /// An id missing from the registry links to the departments index under its id (not cached: the href is not its own).
    func departmentLink(id: String, _ linker: Linker) -> DepartmentLink {
        guard let department = site.content.registry.department(id) else {
            var link = DepartmentLink(name: DisplayText(text: id, lang: pageLanguage, isFallback: false), href: href(.departments, linker), html: "")
            link.html = partials.departmentLink.uncachedHTML(link)
            return link
        }
        return departmentLink(department, linker)
    }

    func title(_ key: String, quarter: PeriodID) -> String {
        strings.format(key, ["quarter": format.period(quarter)])
    }

    /// The newest period a reader is sent to first: the later-published of the last quarter and the last month.
    var latestPeriod: PeriodResult? { Rankings.latestPeriod(quarters: site.quarters, months: site.months) }

    /// `<title>` and the page's h1 text for a route.
    func pageTitle(_ route: Route) -> String {
        switch route {
        case .home: text(config.title).text
        case .archive: strings[site.months.isEmpty ? "page_title_archive" : "page_title_archive_periods"]
        case .report(let id): title("page_title_quarter", quarter: id)
        case .league(let id): title("page_title_league", quarter: id)
        case .green(let id): title("page_title_green", quarter: id)
        case .red(let id): title("page_title_red", quarter: id)
        case .complex(let id): title("page_title_complex", quarter: id)
        case .complexIssue(let id, let slug):
            site.periods.first { $0.id == id }?.complexIssues.first { $0.slug == slug }.map { text($0.title).text } ?? slug
        case .ranking(let id, let ranking):
            strings.format("page_title_ranking", ["quarter": format.period(id),
                                                  "ranking": config.rankings.first { $0.id == ranking }.map { text($0.title).text } ?? ranking])
        case .adjustments(let id): title("page_title_adjustments", quarter: id)
        case .departments: strings["page_title_departments"]
        case .department(let id): site.content.registry.department(id).map { text($0.name).text } ?? id
        case .eReading: strings["page_title_e_reading"]
        case .eReadingMonth(let slug): site.content.eReading.first { $0.slug == slug }.map { text($0.title).text } ?? slug
        case .methodology: strings["page_title_methodology"]
        case .page(let slug): site.content.pages.first { $0.slug == slug }?.title.map { text($0).text } ?? slug
        case .search: strings["page_title_search"]
        case .latest: strings["page_title_latest"]
        }
    }
}
