// View models of the search page and the latest-period page (docs/search.md, docs/urls.md).

struct SearchPage: Sendable {
    var title: String
    /// `documents.js` beside the page: the index `assets/search.js` searches.
    var indexScript: String
    /// Where a reader without JavaScript finds a department or a period instead.
    var departmentsHref: String
    var archiveHref: String
}

/// `/LANG/latest/`: the same address whatever the newest period, so that every page can link to it.
struct LatestPage: Sendable {
    var title: String
    /// Zero or one: the newest period's report (none before the first period).
    var period: [Link]
    var archiveHref: String
}
