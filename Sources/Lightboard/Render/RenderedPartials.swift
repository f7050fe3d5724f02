import Synchronization

/// Partials whose output repeats from page to page, rendered once per language
/// and distinct value instead of at every use.
///
/// Why: swift-mustache spends ~2 µs on each `{{name}}` (a name split and
/// several protocol casts), and these partials are printed thousands of times
/// with the same values. Links are relative, so a department link, the site
/// navigation or the site title is the same text on every page at the same
/// depth. Department links fill every row of the league, green-list and
/// red-light tables (two partials and seven look-ups, a third of a league row);
/// the navigation and the site title are a third of every page's layout.
/// Templates print the result with triple braces (`{{{department.html}}}`,
/// `{{{siteNav}}}`, `{{{siteTitleHTML}}}`); the partial itself escapes its
/// values as before and sees the value and the interface strings (`t.KEY`).
struct RenderedPartials: Sendable {
    /// By href: a department's link at one depth (the name is the department's).
    let departmentLink: RenderedPartial<DepartmentLink, String>
    let siteNav: RenderedPartial<SiteNav, SiteNav>
    let text: RenderedPartial<DisplayText, DisplayText>
    /// Not cached as text: every department's list differs (`RedPostTemplates`).
    let redPosts: RedPostTemplates
    /// The page shell: the same shape on almost every page, its strings filled in (`MarkedTemplate`).
    let layout: MarkedTemplate
    /// A row of the league table (`partials/league-row`), by the same method: the league pages hold a
    /// fifth of a build's look-ups, in rows of a handful of shapes.
    let leagueRow: MarkedTemplate
    /// A period's row of a department page's table (`partials/department-period-row`), the same way.
    let departmentPeriodRow: MarkedTemplate
    /// A row of the green page's table of green rates (`partials/green-rate-row`), the same way.
    let greenRateRow: MarkedTemplate

    /// The partials above with the value each is rendered with (for the strict template check).
    static var models: [(name: String, model: any TemplateFields.Type)] {
        [("department-link", DepartmentLink.self), ("site-nav", SiteNav.self), ("text", DisplayText.self),
         ("red-posts", RedPostList.self), ("red-post", RedPostRow.self), ("league-row", LeagueRow.self),
         ("department-period-row", DepartmentPeriodRow.self), ("green-rate-row", GreenRateRow.self)]
    }

    init(_ templates: TemplateLibrary, language: String) {
        departmentLink = RenderedPartial("department-link", templates, language: language)
        siteNav = RenderedPartial("site-nav", templates, language: language)
        text = RenderedPartial("text", templates, language: language)
        redPosts = RedPostTemplates(templates, language: language)
        layout = MarkedTemplate("layout", templates, language: language)
        leagueRow = MarkedTemplate("league-row", templates, language: language)
        departmentPeriodRow = MarkedTemplate("department-period-row", templates, language: language)
        greenRateRow = MarkedTemplate("green-rate-row", templates, language: language)
    }
}

/// One partial of one language, rendered with a value of its own.
struct Partial<Value: TemplateFields>: Sendable {
    private let name: String
    private let templates: TemplateLibrary
    private let strings: UIStrings

    init(_ name: String, _ templates: TemplateLibrary, language: String) {
        self.name = name
        self.templates = templates
        strings = templates.strings[language]!
    }

    func html(_ value: Value) -> String { templates.render(name, value, strings: strings) }
}

/// One partial of one language, rendered once per key: the value itself, or
/// something cheaper to hash that determines it.
final class RenderedPartial<Value: TemplateFields & Sendable, Key: Hashable & Sendable>: Sendable {
    private let partial: Partial<Value>
    private let rendered = Mutex<[Key: String]>([:])

    init(_ name: String, _ templates: TemplateLibrary, language: String) {
        partial = Partial(name, templates, language: language)
    }

    func html(_ value: Value, key: Key) -> String {
        if let html = rendered.withLock({ $0[key] }) { return html }
        // Rendered outside the lock; two pages racing for the same value render the same text.
        let html = partial.html(value)
        rendered.withLock { $0[key] = html }
        return html
    }

    /// Rendered without the cache, for a value met once.
    func uncachedHTML(_ value: Value) -> String { partial.html(value) }
}

extension RenderedPartial where Key == Value {
    func html(_ value: Value) -> String { html(value, key: value) }
}
