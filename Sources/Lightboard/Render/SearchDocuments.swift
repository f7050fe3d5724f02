import Foundation

/// The site's own search index: every thing a reader may look for, as a small
/// script `LANG/search/documents.js` that `assets/search.js` reads on the search
/// page (docs/search.md). A script rather than JSON, so that it loads from disk
/// (`file://` forbids fetching) as well as from any sub-folder of a server.
///
/// The index is the documents' own text: search.js finds a query's words in it
/// (Chinese by its characters, English by word prefixes), which needs no word
/// list; on the sample it is smaller than an index of CJK bigrams would be.
struct SearchDocuments {
    /// What a document is, in the order results of equal weight are listed.
    enum Kind: Int, CaseIterable {
        case department, period, page, complexIssue, eReading, redPost

        var labelKey: String {
            switch self {
            case .department: "search_kind_department"
            case .period: "search_kind_period"
            case .page: "search_kind_page"
            case .complexIssue: "search_kind_complex_issue"
            case .eReading: "search_kind_e_reading"
            case .redPost: "search_kind_red_post"
            }
        }
    }

    struct Document {
        var kind: Kind
        var title: String
        /// Relative to `LANG/search/`, where the search page and this index live.
        var href: String
        /// Further words it is found by: its names in the other languages, its body text.
        var text: String
        /// Documents whose title and text count as this one's (a red post's department and period):
        /// written once, found from many.
        var related: [Int] = []
    }

    /// The index of `builders[language]`'s language; the other builders give each name in their languages.
    static func script(language: String, builders: [String: PageBuilder]) -> String {
        let builder = builders[language]!
        let others = builder.config.languages.filter { $0 != language }.compactMap { builders[$0] }
        let documents = Self.documents(builder, others: others)
        let index = JSONValue.object([
            JSONMember("kinds", .array(Kind.allCases.map { .string(builder.strings[$0.labelKey]) })),
            JSONMember("documents", .array(documents.map { document in
                // Plain values only, so that each document is one line of the file.
                .array([.integer(document.kind.rawValue), .string(document.title), .string(document.href),
                        .string(document.text)] + document.related.map(JSONValue.integer))
            })),
        ])
        return "// Lightboard search index: [kind, title, href, text, related documents...] (docs/search.md).\n"
            + "globalThis.lightboardSearchIndex = " + scriptSafe(String(index.prettyText.dropLast())) + ";\n"
    }

    /// JSON made safe to stand in a script: citizens' titles may hold markup, written as \u escapes the file
    /// holds none, whatever reads it; U+2028 and U+2029 end a line in older engines' string literals.
    /// By scalar, not by Character: a `<` followed by a combining mark is one Character.
    static func scriptSafe(_ json: String) -> String {
        var safe = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                safe.append(contentsOf: ("\\u" + String(zeroPadded: scalar.value, width: 4, radix: 16)).unicodeScalars)
            default: safe.append(scalar)
            }
        }
        return String(safe)
    }

    static func documents(_ builder: PageBuilder, others: [PageBuilder]) -> [Document] {
        let site = builder.site
        let linker = Linker(pageDirectory: Route.search.directory(in: builder.language))
        var documents: [Document] = []
        func names(_ value: LocalizedText) -> [String] {
            ([builder] + others).map { $0.text(value).text }.uniqued()
        }
        func otherTitles(_ route: Route) -> [String] {
            others.map { $0.pageTitle(route) }
        }
        func add(_ kind: Kind, _ route: Route, title: String? = nil, text: [String], fragment: String = "", related: [Int] = []) {
            let title = title ?? builder.pageTitle(route)
            let words = text.filter { !$0.isEmpty && $0 != title }.uniqued()
            documents.append(Document(kind: kind, title: title, href: builder.href(route, linker) + fragment,
                                      text: words.joined(separator: " "), related: related))
        }

        var departmentDocument: [String: Int] = [:]
        for department in site.content.registry.departments {
            departmentDocument[department.id] = documents.count
            add(.department, .department(id: department.id), text: names(department.name) + [department.id])
        }
        // Newest period first (docs/search.md): of equally good results, the recent ones come first.
        var periodDocument: [PeriodID: Int] = [:]
        for period in Rankings.newestFirstByKind(site.periods) {
            periodDocument[period.id] = documents.count
            let periodNames = ([builder] + others).map { $0.format.period(period.id) }.uniqued()
            add(.period, .report(period.id), text: periodNames + otherTitles(.report(period.id)) + [period.id.description, period.id.slug])
            let rankings = period.rankings.map { Route.ranking(period.id, id: $0.definition.id) }
            for route in [Route.league(period.id), .green(period.id), .red(period.id), .complex(period.id)] + rankings {
                add(.period, route, text: otherTitles(route), related: [periodDocument[period.id]!])
            }
            // The press office's reasons, so that a search for one finds the page that gives it.
            let reasons = period.adjustments.map(\.reason).uniqued()
            add(.period, .adjustments(period.id), text: otherTitles(.adjustments(period.id)) + reasons, related: [periodDocument[period.id]!])
        }
        var pageDocument: [Route: Int] = [:]
        for route in [Route.archive, .departments, .eReading, .methodology] {
            pageDocument[route] = documents.count
            add(.page, route, text: otherTitles(route))
        }
        for page in site.content.pages {
            add(.page, .page(slug: page.slug), text: otherTitles(.page(slug: page.slug)) + [plainText(page.body, builder)])
        }
        for period in Rankings.newestFirstByKind(site.periods) {
            let figures = builder.figureTable(period)
            for issue in period.complexIssues {
                let departments = ([issue.lead] + issue.partners).compactMap { departmentDocument[$0] }
                add(.complexIssue, .complexIssue(period.id, slug: issue.slug), text: names(issue.title) + (issue.location.map(names) ?? [])
                        + [plainText(issue.story, builder, figures: figures)], related: departments + [periodDocument[period.id]!])
            }
        }
        for month in Rankings.newestFirstByKind(site.content.eReading) {
            let officials = month.officials.flatMap { names($0.name) + names($0.role) }
            add(.eReading, .eReadingMonth(slug: month.slug),
                text: names(month.title) + [builder.format.month(year: month.year, month: month.month), month.slug] + officials
                    + [plainText(month.body, builder)], related: [pageDocument[.eReading]!])
        }
        for period in Rankings.newestFirstByKind(site.periods) {
            for figures in period.redList {
                let fragment = "#" + PageBuilder.redAnchor(figures.department.id)
                let related = [departmentDocument[figures.department.id]!, periodDocument[period.id]!]
                // A non-public post keeps its title off the pages, so off the index too.
                for post in period.redPosts[figures.department.id] ?? [] where post.isPublic && !post.title.isEmpty {
                    add(.redPost, .red(period.id), title: post.title, text: [], fragment: fragment, related: related)
                }
            }
        }
        return documents
    }

    /// The words of rendered Markdown, without its tags.
    /// `figures`: the period's, for a text that names them with `{{figure NAME}}`, as its page shows them.
    private static func plainText(_ markdown: LocalizedMarkdown, _ builder: PageBuilder, figures: FigureTable? = nil) -> String {
        builder.html(markdown, below: 1, figures: figures).map { HTMLText.plainText($0.html) }.joined()
    }
}

extension HTMLText {
    /// The text of HTML that Lightboard rendered: tags dropped, the escapes it writes undone, runs of space made one.
    static func plainText(_ html: String) -> String {
        var text = ""
        var isInTag = false
        for character in html {
            switch character {
            case "<": isInTag = true
            case ">" where isInTag: isInTag = false; text += " "
            case _ where isInTag: continue
            default: text.append(character)
            }
        }
        for (escape, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: escape, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

private extension Array where Element == String {
    /// The strings in order, each once.
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
