/// A page of the site, independent of language. Every page is `DIR/index.html`;
/// these are its directories under `LANG/` (the permanent URL scheme).
enum Route: Hashable, Sendable {
    case home
    case archive
    case report(PeriodID)
    case league(PeriodID)
    case green(PeriodID)
    case red(PeriodID)
    case complex(PeriodID)
    case complexIssue(PeriodID, slug: String)
    /// An extra ranking of site.yml `rankings` (contract §9), by its id.
    case ranking(PeriodID, id: String)
    /// Every bonus and penalty of the period, with its reason.
    case adjustments(PeriodID)
    case departments
    case department(id: String)
    case eReading
    case eReadingMonth(slug: String)
    case methodology
    case page(slug: String)
    /// The site's search (docs/search.md).
    case search
    /// A permanent address that sends the reader on to the newest period's report (docs/urls.md).
    case latest

    var components: [String] {
        switch self {
        case .home: []
        case .archive: ["archive"]
        case .report(let id): [id.slug]
        case .league(let id): [id.slug, "league"]
        case .green(let id): [id.slug, "green"]
        case .red(let id): [id.slug, "red"]
        case .complex(let id): [id.slug, "complex"]
        case .complexIssue(let id, let slug): [id.slug, "complex", slug]
        case .ranking(let id, let ranking): [id.slug, "rankings", ranking]
        case .adjustments(let id): [id.slug, "adjustments"]
        case .departments: ["departments"]
        case .department(let id): ["departments", id]
        case .eReading: ["e-reading"]
        case .eReadingMonth(let slug): ["e-reading", slug]
        case .methodology: ["methodology"]
        case .page(let slug): ["pages", slug]
        case .search: ["search"]
        case .latest: ["latest"]
        }
    }

    /// Directory of the page in `language`, from the site root.
    func directory(in language: String) -> [String] { [language] + components }
}

/// A part of the content a generated file is made from, besides what every file
/// reads (site.yml, departments.csv, calendar/, the templates and the executable).
/// The build cache keeps a file whose parts did not change instead of rendering it.
enum InputGroup: Hashable, Sendable {
    /// The period's folder under `quarters/` or `months/`.
    case period(PeriodID)
    /// Every period folder, and which periods there are.
    case allPeriods
    case eReading
    case pages
}

extension Route {
    /// What the page shows beyond the site-wide inputs. Archive stability keeps a
    /// period's pages to the period, the one before it and the same period a year
    /// earlier (their headlines, for the changes).
    var inputs: Set<InputGroup> {
        switch self {
        case .home: [.allPeriods, .eReading, .pages]
        case .archive, .departments, .department: [.allPeriods]
        case .report(let id), .league(let id), .green(let id), .red(let id), .complex(let id), .complexIssue(let id, _),
             .ranking(let id, _), .adjustments(let id):
            Set([id, id.previous, id.yearEarlier].compactMap { $0 }.map(InputGroup.period))
        case .eReading, .eReadingMonth: [.eReading]
        case .methodology: []
        case .page: [.pages]
        case .search: []
        case .latest: [.allPeriods]
        }
    }
}
