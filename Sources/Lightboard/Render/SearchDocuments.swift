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
        var json = index.prettyText
        json.removeLast()  // its line break; `String(dropLast())` walked the whole index (1% of a medium build, callgrind)
        return "// Lightboard search index: [kind, title, href, text, related documents...] (docs/search.md).\n"
            + "globalThis.lightboardSearchIndex = " + scriptSafe(json) + ";\n"
    }

    /// JSON made safe to stand in a script: citizens' titles may hold markup, written as \u escapes the file
    /// holds none, whatever reads it; U+2028 and U+2029 end a line in older engines' string literals.
    /// On UTF-8 bytes (the index is most of a language's red-post titles): `<`, `>` and `&` are single
    /// bytes that never occur inside a multi-byte scalar, U+2028/U+2029 are E2 80 A8/A9.
    static func scriptSafe(_ json: String) -> String {
        let bytes = Array(json.utf8)
        var safe: [UInt8] = []
        safe.reserveCapacity(bytes.count + bytes.count / 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"): safe += Array(#"\u003c"#.utf8)
            case UInt8(ascii: ">"): safe += Array(#"\u003e"#.utf8)
            case UInt8(ascii: "&"): safe += Array(#"\u0026"#.utf8)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                safe += Array((bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                index += 3
                continue
            default: safe.append(byte)
            }
            index += 1
        }
        return String(decoding: safe, as: UTF8.self)
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
    /// The text of HTML that Lightboard rendered: tags dropped (each leaves a space), the escapes it writes
    /// undone, runs of white space made one space, none at the ends. One pass over the UTF-8 bytes: tags and
    /// escapes are ASCII; white space beyond ASCII (U+3000, U+00A0, ...) is found by its scalar.
    static func plainText(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var isInTag = false, isInSpace = false
        func space() {
            if !text.isEmpty { isInSpace = true }
        }
        func append(_ piece: some Sequence<UInt8>) {
            if isInSpace { text.append(UInt8(ascii: " ")); isInSpace = false }
            text += piece
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isInTag {
                if byte == UInt8(ascii: ">") { isInTag = false; space() }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "<"):
                isInTag = true
                index += 1
            case UInt8(ascii: "&"):
                let escape = Self.escapes.first { bytes[index...].starts(with: $0.escape) }
                append(escape.map { [$0.byte] } ?? [byte])
                index += escape?.escape.count ?? 1
            case 0x09...0x0D, UInt8(ascii: " "):
                space()
                index += 1
            case 0x80...:
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let scalarBytes = bytes[index..<min(index + length, bytes.count)]
                let isWhitespace = String(decoding: scalarBytes, as: UTF8.self).unicodeScalars.first?.properties.isWhitespace ?? false
                if isWhitespace { space() } else { append(scalarBytes) }
                index += scalarBytes.count
            default:
                append(CollectionOfOne(byte))
                index += 1
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The escapes `HTMLText.escape` and the Markdown renderer write.
    private static let escapes: [(escape: [UInt8], byte: UInt8)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }
}

private extension Array where Element == String {
    /// The strings in order, each once.
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
