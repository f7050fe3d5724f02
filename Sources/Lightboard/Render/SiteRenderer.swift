/// Turns the computed site into the files of the public website: HTML pages in
/// every language (through the Mustache templates of `templatesDirectory`),
/// Atom feeds, sitemap, robots.txt, 404 page and assets.
///
/// Every page is `DIR/index.html` and links relatively, so the site works under
/// any base path and from `file://`. Output is deterministic and sorted by path.
public struct SiteRenderer: Sendable {
    public let templatesDirectory: String

    /// `templatesDirectory` is named as given in diagnostics, e.g. `Templates`.
    public init(templatesDirectory: String) {
        self.templatesDirectory = templatesDirectory
    }

    /// Throws `ContentErrors` naming the template file, line and column when the templates are broken.
    public func render(_ site: ComputedSite) throws(ContentErrors) -> [RenderedFile] {
        try render(site, keeping: { _, _ in false }).files
    }

    /// What a render produced: the files rendered, sorted by path, and the paths kept as they are.
    struct Output {
        var files: [RenderedFile]
        var kept: [String]
    }

    /// Renders every file except those `isKept(path, inputs)` keeps: files whose
    /// inputs did not change since they were written (the build cache decides).
    func render(_ site: ComputedSite, keeping isKept: (String, Set<InputGroup>) -> Bool) throws(ContentErrors) -> Output {
        let config = site.content.config
        let templates = try TemplateLibrary(directory: templatesDirectory, languages: config.languages)
        let routes = Self.routes(of: site)
        let feeds = Feeds(site: site)
        let builders = Dictionary(uniqueKeysWithValues: config.languages.map { language in
            (language, PageBuilder(site: site, language: language, strings: templates.strings[language]!,
                                   partials: RenderedPartials(templates, language: language)))
        })
        var jobs = Self.jobs(of: site, routes: routes)
        var kept: [String] = []
        jobs.removeAll { job in
            let keep = isKept(job.path, job.inputs)
            if keep { kept.append(job.path) }
            return keep
        }
        // Pages are independent, so they are rendered on every core.
        let files = templates.assets + jobs.concurrentMap { job in
            let text = switch job {
            case .page(let route, let language, let directory): page(route, at: directory, builders[language]!, templates, feeds)
            case .feed(let language): feeds.atom(builders[language]!)
            case .searchIndex(let language): SearchDocuments.script(language: language, builders: builders)
            case .notFound: notFound(site, templates)
            case .sitemap: feeds.sitemap(routes: routes.filter { $0 != .latest })  // a redirect is no page of its own
            case .robots: feeds.robots()
            case .redirect(let redirect):
                RedirectPages.page(redirect, config: config, strings: templates.strings[RedirectPages.language(of: redirect, config: config)]!)
            }
            return RenderedFile(path: job.path, text: text)
        }
        return Output(files: files.sorted { $0.path < $1.path }, kept: kept.sorted())
    }

    /// Every file but the assets (which come from the templates), in the order they are rendered.
    private static func jobs(of site: ComputedSite, routes: [Route]) -> [RenderJob] {
        let config = site.content.config
        var jobs: [RenderJob] = config.languages.flatMap { language in
            routes.map { RenderJob.page($0, language: language, directory: $0.directory(in: language)) }
                + [.feed(language: language), .searchIndex(language: language)]
        }
        jobs += [.page(.home, language: config.defaultLanguage, directory: []), .notFound, .sitemap, .robots]
        jobs += config.redirects.map(RenderJob.redirect)
        return jobs
    }

    /// The path of every file `render` writes except the assets: what `lightboard check`, which reads no
    /// templates, can know the site will hold.
    static func renderedPaths(of site: ComputedSite) -> Set<String> {
        Set(jobs(of: site, routes: routes(of: site)).map(\.path))
    }

    /// The file of every page of the site, in every language, and the default language's home copy
    /// (what a redirect may lead to).
    static func pagePaths(of site: ComputedSite) -> Set<String> {
        Set(jobs(of: site, routes: routes(of: site)).compactMap { job in
            if case .page = job { return job.path }
            return nil
        })
    }

    /// One file rendered through the templates or written in Swift.
    private enum RenderJob {
        /// `route` in `language` as `directory/index.html` (the root for the default-language home copy).
        case page(Route, language: String, directory: [String])
        case feed(language: String)
        /// `LANG/search/documents.js`, the index of the search page.
        case searchIndex(language: String)
        case notFound
        case sitemap
        case robots
        /// A page that moved, at its old path (site.yml `redirects`).
        case redirect(Redirect)

        var path: String {
            switch self {
            case .page(_, _, let directory): (directory + ["index.html"]).joined(separator: "/")
            case .feed(let language): "\(language)/feed.xml"
            case .searchIndex(let language): "\(language)/search/documents.js"
            case .notFound: "404.html"
            case .sitemap: "sitemap.xml"
            case .robots: "robots.txt"
            case .redirect(let redirect): redirect.from
            }
        }

        var inputs: Set<InputGroup> {
            switch self {
            case .page(let route, _, _): route.inputs
            case .feed: [.allPeriods, .eReading]
            case .searchIndex: [.allPeriods, .eReading, .pages]
            case .notFound, .robots, .redirect: []
            case .sitemap: [.allPeriods, .eReading, .pages]  // every page's URL
            }
        }
    }

    /// Every page of the site, language aside.
    static func routes(of site: ComputedSite) -> [Route] {
        var routes: [Route] = [.home, .archive]
        for quarter in site.periods {
            routes += [.report(quarter.id), .league(quarter.id), .green(quarter.id), .red(quarter.id), .complex(quarter.id)]
            routes += quarter.complexIssues.map { .complexIssue(quarter.id, slug: $0.slug) }
            routes += quarter.rankings.map { .ranking(quarter.id, id: $0.definition.id) }
            routes.append(.adjustments(quarter.id))
        }
        routes.append(.departments)
        routes += site.content.registry.departments.map { .department(id: $0.id) }
        routes.append(.eReading)
        routes += site.content.eReading.map { .eReadingMonth(slug: $0.slug) }
        routes.append(.methodology)
        routes += site.content.pages.map { .page(slug: $0.slug) }
        routes += [.search, .latest]
        return routes
    }

    /// Renders `route` as the file `directory/index.html` (the site root for the default-language home copy).
    private func page(_ route: Route, at directory: [String], _ builder: PageBuilder, _ templates: TemplateLibrary, _ feeds: Feeds) -> String {
        let linker = Linker(pageDirectory: directory)
        let site = builder.site
        let (template, model): (String, any TemplateFields) = switch route {
        case .home: ("home", builder.home(linker))
        case .archive: ("archive", builder.archive(linker))
        case .report(let id): ("quarter", builder.periodReport(period(id, site), linker))
        case .league(let id): ("league", builder.league(period(id, site), linker))
        case .green(let id): ("green", builder.green(period(id, site), linker))
        case .red(let id): ("red", builder.red(period(id, site), linker))
        case .complex(let id): ("complex", builder.complex(period(id, site), linker))
        case .complexIssue(let id, let slug): ("complex-issue", complexIssue(slug, of: period(id, site), builder, linker))
        case .ranking(let id, let ranking): ("ranking", builder.ranking(ranking, of: period(id, site), linker))
        case .adjustments(let id): ("adjustments", builder.adjustments(period(id, site), linker))
        case .departments: ("departments", builder.departments(linker))
        case .department(let id): ("department", builder.department(site.content.registry.department(id)!, linker))
        case .eReading: ("e-reading", builder.eReadingIndex(linker))
        case .eReadingMonth(let slug): ("e-reading-month", builder.eReadingMonth(site.content.eReading.first { $0.slug == slug }!, linker))
        case .methodology: ("methodology", builder.methodology())
        case .page(let slug): ("page", builder.freePage(site.content.pages.first { $0.slug == slug }!))
        case .search: ("search", builder.search(linker))
        case .latest: ("latest", builder.latest(linker))
        }
        let content = templates.render(template, model, strings: builder.strings)
        let siteTitle = builder.text(site.content.config.title)
        // The latest page is the newest report under a second address: the report is the canonical one.
        let canonical = route == .latest ? builder.latestReport(feeds.absolute).map { [$0.href] } ?? []
            : [feeds.absolute.page(route.directory(in: builder.language))]
        let layout = LayoutModel(
            lang: builder.pageLanguage,
            documentTitle: route == .home ? siteTitle.text : "\(builder.pageTitle(route)) – \(siteTitle.text)",
            siteTitle: siteTitle,
            siteTitleHTML: builder.partials.text.html(siteTitle),
            canonical: canonical,
            alternates: feeds.alternates(route).map { LayoutModel.Alternate(hreflang: $0.0, href: $0.1) },
            stylesheet: linker.file("assets/style.css"),
            scripts: templates.scripts.map(linker.file),
            feed: linker.file([builder.language, "feed.xml"]),
            homeHref: builder.href(.home, linker),
            siteNav: navigation(current: route, builder, linker),
            languages: site.content.config.languages.map { language in
                // A language without interface strings of its own is named by its code, not by the fallback's name.
                let strings = templates.strings[language]!
                return LayoutModel.LanguageLink(label: strings.language == language ? strings["language_name"] : language, lang: language,
                                         href: linker.page(route.directory(in: language)), isCurrent: language == builder.language)
            },
            refresh: route == .latest ? builder.latestReport(linker).map { [$0.href] } ?? [] : [],
            content: content)
        return builder.partials.layout.html(layout)
    }

    private func complexIssue(_ slug: String, of quarter: PeriodResult, _ builder: PageBuilder, _ linker: Linker) -> ComplexIssuePage {
        builder.complexIssue(quarter.complexIssues.first { $0.slug == slug }!, of: quarter, linker)
    }

    /// The fixed navigation of every page (archive stability: it never lists quarters or pages).
    private func navigation(current: Route?, _ builder: PageBuilder, _ linker: Linker) -> String {
        let archive = builder.site.months.isEmpty ? "nav_archive" : "nav_archive_periods"
        // The latest report and the search come early: a phone shows the first items of the scrolling line.
        let nav = [("nav_home", Route.home), ("nav_latest", .latest), (archive, .archive), ("nav_departments", .departments),
                   ("nav_search", .search), ("nav_e_reading", .eReading), ("nav_methodology", .methodology)].map { key, route in
            LayoutModel.NavItem(label: builder.strings[key], href: builder.href(route, linker), isCurrent: route == current)
        }
        return builder.partials.siteNav.html(SiteNav(nav: nav))
    }

    /// Served for any missing URL at any depth, so its links are absolute; one message per language.
    private func notFound(_ site: ComputedSite, _ templates: TemplateLibrary) -> String {
        let config = site.content.config
        let linker = Linker(baseURL: config.baseURL)
        let builder = PageBuilder(site: site, language: config.defaultLanguage, strings: templates.strings[config.defaultLanguage]!,
                                  partials: RenderedPartials(templates, language: config.defaultLanguage))
        let model = NotFoundPage(messages: config.languages.map { language in
            let strings = templates.strings[language]!
            return NotFoundPage.Message(lang: strings.language, heading: strings["page_title_not_found"], message: strings["not_found_message"],
                                        home: Link(label: strings["nav_home"], href: linker.page([language])))
        })
        let siteTitle = builder.text(config.title)
        let layout = LayoutModel(
            lang: config.defaultLanguage, documentTitle: "\(builder.strings["page_title_not_found"]) – \(siteTitle.text)",
            siteTitle: siteTitle, siteTitleHTML: builder.partials.text.html(siteTitle),
            canonical: [], alternates: [], stylesheet: linker.file("assets/style.css"),
            scripts: [], // nothing to enhance here
            feed: linker.file([config.defaultLanguage, "feed.xml"]), homeHref: builder.href(.home, linker),
            siteNav: navigation(current: nil, builder, linker), languages: [], refresh: [],
            content: templates.render("not-found", model, strings: builder.strings))
        return templates.render("layout", layout, strings: builder.strings)
    }

    private func period(_ id: PeriodID, _ site: ComputedSite) -> PeriodResult {
        site.periods.first { $0.id == id }!
    }
}
