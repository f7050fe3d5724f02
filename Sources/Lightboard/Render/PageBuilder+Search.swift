extension PageBuilder {
    func search(_ linker: Linker) -> SearchPage {
        SearchPage(title: pageTitle(.search), indexScript: linker.file([language, "search", "documents.js"]),
                   departmentsHref: href(.departments, linker), archiveHref: href(.archive, linker))
    }

    func latest(_ linker: Linker) -> LatestPage {
        LatestPage(title: pageTitle(.latest), period: latestReport(linker).map { [$0] } ?? [], archiveHref: href(.archive, linker))
    }

    /// The newest period's report, where `/LANG/latest/` sends the reader.
    func latestReport(_ linker: Linker) -> Link? {
        latestPeriod.map { Link(label: pageTitle(.report($0.id)), href: href(.report($0.id), linker)) }
    }
}
