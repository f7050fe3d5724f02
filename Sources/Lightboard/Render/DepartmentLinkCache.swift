import Synchronization

/// `partials/department-link.mustache`, rendered once per department, page
/// depth and language instead of at every mention.
///
/// Why: department links fill the league, green-list and red-light tables, one
/// per row; through `{{#department}}{{> department-link}}{{/department}}` each
/// cost swift-mustache two partials and seven look-ups, a third of a league row
/// (large benchmark: 40,000 league rows a language). Links are relative, so the
/// link to a department is the same text on every page at the same depth: the
/// cache renders it the first time and templates print it with
/// `{{{department.html}}}`. The partial sees the link and the interface
/// strings, as before, and escapes the department's name as before.
final class DepartmentLinkCache: Sendable {
    private let templates: TemplateLibrary
    private let strings: UIStrings
    private let rendered = Mutex<[Key: String]>([:])

    private struct Key: Hashable {
        let name: DisplayText
        let href: String
    }

    init(_ templates: TemplateLibrary, language: String) {
        self.templates = templates
        strings = templates.strings[language]!
    }

    /// The link with its rendered partial.
    func link(name: DisplayText, href: String) -> DepartmentLink {
        var link = DepartmentLink(name: name, href: href, html: "")
        let key = Key(name: name, href: href)
        if let html = rendered.withLock({ $0[key] }) {
            link.html = html
        } else {
            // Rendered outside the lock; two pages racing for the same link render the same text.
            link.html = templates.render("department-link", link, strings: strings)
            rendered.withLock { $0[key] = link.html }
        }
        return link
    }
}
