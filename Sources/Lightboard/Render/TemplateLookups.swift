import Mustache

// Every view model answers its own `{{name}}` look-ups with a switch. Without
// them swift-mustache would reflect each object of the context stack with a
// `Mirror` for every tag (half of the sample build's instructions before issue 6,
// callgrind). Each answers exactly its stored properties, by name, as the
// `Mirror` would (`TemplateLookupTests`): a property added to a view model
// needs its line here, or the test fails.

/// A view model that answers `{{name}}` look-ups with a switch; strings it returns reach
/// the template as `TemplateText`.
protocol TemplateFields: MustacheParent {
    func field(named name: String) -> Any?
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        let value = field(named: name)
        if let text = value as? String { return TemplateText(text) }
        return value
    }
}

/// A string as a template value. swift-mustache prints a plain `String` only after
/// three failed protocol casts (`MustacheCustomRenderable`, `AnyOptional`, then the
/// `TextOutputStreamable` of `String(describing:)`), each a conformance-cache search;
/// a `MustacheCustomRenderable` is printed after the first. Sections, `{{.}}` and
/// transforms (`{{uppercased(name)}}`) behave as with the `String` itself.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible {
    let renderText: String

    init(_ text: String) { renderText = text }

    var isNull: Bool { false }
    var description: String { renderText }
    func transform(_ name: String) -> Any? { renderText.transform(name) }
}

extension DisplayText: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "lang": self.lang
        case "isFallback": self.isFallback
        default: nil
        }
    }
}

extension Link: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "href": self.href
        default: nil
        }
    }
}

extension DepartmentLink: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "html": self.html
        default: nil
        }
    }
}

extension LayoutModel.NavItem: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "href": self.href
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension LayoutModel.LanguageLink: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "lang": self.lang
        case "href": self.href
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension SiteNav: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "nav": self.nav
        default: nil
        }
    }
}

extension LayoutModel.Alternate: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "hreflang": self.hreflang
        case "href": self.href
        default: nil
        }
    }
}

extension LeagueRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "rank": self.rank
        case "department": self.department
        case "score": self.score
        case "acceptanceRate": self.acceptanceRate
        case "replyRate": self.replyRate
        case "greenRate": self.greenRate
        case "green": self.green
        case "yellow": self.yellow
        case "gray": self.gray
        case "red": self.red
        case "bonus": self.bonus
        case "penalty": self.penalty
        case "complexIssues": self.complexIssues
        case "isTopTen": self.isTopTen
        default: nil
        }
    }
}

extension GreenListRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "position": self.position
        case "department": self.department
        case "posts": self.posts
        case "accepted": self.accepted
        case "green": self.green
        default: nil
        }
    }
}

extension GreenRateRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "department": self.department
        case "greenRate": self.greenRate
        case "green": self.green
        case "accepted": self.accepted
        case "isAllGreen": self.isAllGreen
        default: nil
        }
    }
}

extension RedDepartment: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "position": self.position
        case "department": self.department
        case "red": self.red
        case "redRate": self.redRate
        case "redPosts": self.redPosts
        default: nil
        }
    }
}

extension RedPostList: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "rows": self.rows
        default: nil
        }
    }
}

extension RedPostRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "isPublic": self.isPublic
        case "title": self.title
        case "url": self.url
        case "posted": self.posted
        case "waiting": self.waiting
        default: nil
        }
    }
}

extension DepartmentIndexRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "department": self.department
        case "latestRank": self.latestRank
        case "latestScore": self.latestScore
        default: nil
        }
    }
}

extension DepartmentQuarterRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "quarter": self.quarter
        case "rank": self.rank
        case "score": self.score
        case "posts": self.posts
        case "greenRate": self.greenRate
        case "redRate": self.redRate
        default: nil
        }
    }
}

extension ArchiveRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "quarter": self.quarter
        case "published": self.published
        case "posts": self.posts
        case "acceptanceRate": self.acceptanceRate
        case "replyRate": self.replyRate
        case "greenRate": self.greenRate
        case "redRate": self.redRate
        case "departments": self.departments
        default: nil
        }
    }
}

extension LeaderRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "position": self.position
        case "department": self.department
        case "issues": self.issues
        default: nil
        }
    }
}

extension ChannelRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "isAssessed": self.isAssessed
        case "posts": self.posts
        case "publicPosts": self.publicPosts
        case "accepted": self.accepted
        case "replied": self.replied
        case "acceptanceRate": self.acceptanceRate
        case "replyRate": self.replyRate
        default: nil
        }
    }
}

extension CategoryRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "posts": self.posts
        case "share": self.share
        default: nil
        }
    }
}

extension QuarterLinks: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "quarterName": self.quarterName
        case "report": self.report
        case "league": self.league
        case "green": self.green
        case "red": self.red
        case "complex": self.complex
        case "pages": self.pages
        case "previous": self.previous
        default: nil
        }
    }
}

extension DataLinks: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "summaryJSON": self.summaryJSON
        case "departmentsJSON": self.departmentsJSON
        case "departmentsCSV": self.departmentsCSV
        case "datapackage": self.datapackage
        default: nil
        }
    }
}

extension HeadlineFigure: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "change": self.change
        default: nil
        }
    }
}

extension ComplexIssueCard: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "lead": self.lead
        case "partners": self.partners
        case "location": self.location
        case "resolved": self.resolved
        case "isoResolved": self.isoResolved
        default: nil
        }
    }
}

extension DepartmentIssue: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "quarter": self.quarter
        case "role": self.role
        default: nil
        }
    }
}

extension DepartmentRedQuarter: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "quarter": self.quarter
        case "redPosts": self.redPosts
        case "allRedPosts": self.allRedPosts
        default: nil
        }
    }
}

extension LayoutModel: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "documentTitle": self.documentTitle
        case "siteTitle": self.siteTitle
        case "siteTitleHTML": self.siteTitleHTML
        case "canonical": self.canonical
        case "alternates": self.alternates
        case "stylesheet": self.stylesheet
        case "scripts": self.scripts
        case "feed": self.feed
        case "homeHref": self.homeHref
        case "siteNav": self.siteNav
        case "languages": self.languages
        case "content": self.content
        default: nil
        }
    }
}

extension Change: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "isAvailable": self.isAvailable
        case "trend": self.trend
        case "text": self.text
        default: nil
        }
    }
}

// MARK: - Pages and their parts

extension DisplayMarkdown: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "html": self.html
        case "lang": self.lang
        case "isFallback": self.isFallback
        default: nil
        }
    }
}

extension CorrectionItem: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "date": self.date
        case "isoDate": self.isoDate
        case "text": self.text
        default: nil
        }
    }
}

extension QuarterReportPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "links": self.links
        case "asOfNote": self.asOfNote
        case "publishedNote": self.publishedNote
        case "figures": self.figures
        case "channels": self.channels
        case "categories": self.categories
        case "narrative": self.narrative
        case "corrections": self.corrections
        case "downloads": self.downloads
        default: nil
        }
    }
}

extension LeaguePage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "links": self.links
        case "asOfNote": self.asOfNote
        case "departmentCount": self.departmentCount
        case "rows": self.rows
        case "chart": self.chart
        default: nil
        }
    }
}

extension GreenPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "links": self.links
        case "asOfNote": self.asOfNote
        case "allGreen": self.allGreen
        case "greenRates": self.greenRates
        default: nil
        }
    }
}

extension RedPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "links": self.links
        case "asOfNote": self.asOfNote
        case "topRed": self.topRed
        case "departments": self.departments
        default: nil
        }
    }
}

extension ComplexPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "links": self.links
        case "cards": self.cards
        case "leaders": self.leaders
        default: nil
        }
    }
}

extension ComplexIssuePage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "links": self.links
        case "card": self.card
        case "story": self.story
        default: nil
        }
    }
}

extension DepartmentsPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "latestQuarter": self.latestQuarter
        case "rows": self.rows
        default: nil
        }
    }
}

extension DepartmentPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "indexHref": self.indexHref
        case "rows": self.rows
        case "chart": self.chart
        case "issues": self.issues
        case "redQuarters": self.redQuarters
        default: nil
        }
    }
}

extension HomeLatestQuarter: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "links": self.links
        case "asOfNote": self.asOfNote
        case "figures": self.figures
        case "topLeague": self.topLeague
        case "topRed": self.topRed
        default: nil
        }
    }
}

extension HomeEReading: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "month": self.month
        case "title": self.title
        case "href": self.href
        default: nil
        }
    }
}

extension HomePage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "latest": self.latest
        case "eReading": self.eReading
        case "pages": self.pages
        case "archiveHref": self.archiveHref
        case "departmentsHref": self.departmentsHref
        case "methodologyHref": self.methodologyHref
        case "eReadingHref": self.eReadingHref
        default: nil
        }
    }
}

extension ArchivePage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "rows": self.rows
        default: nil
        }
    }
}

extension EReadingRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "month": self.month
        case "title": self.title
        case "href": self.href
        case "hits": self.hits
        default: nil
        }
    }
}

extension EReadingPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "rows": self.rows
        default: nil
        }
    }
}

extension OfficialRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": self.role
        default: nil
        }
    }
}

extension FeedbackItem: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "href": self.href
        default: nil
        }
    }
}

extension EReadingMonthPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "month": self.month
        case "officials": self.officials
        case "body": self.body
        case "hits": self.hits
        case "opinions": self.opinions
        case "handledWithin": self.handledWithin
        case "feedback": self.feedback
        case "indexHref": self.indexHref
        default: nil
        }
    }
}

extension WeightRow: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "rate": self.rate
        case "weight": self.weight
        default: nil
        }
    }
}

extension MethodologyPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "lightRules": self.lightRules
        case "weights": self.weights
        case "complexPoints": self.complexPoints
        case "channels": self.channels
        case "rounding": self.rounding
        case "asOf": self.asOf
        default: nil
        }
    }
}

extension FreePageModel: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "body": self.body
        default: nil
        }
    }
}

extension NotFoundPage.Message: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "heading": self.heading
        case "message": self.message
        case "home": self.home
        default: nil
        }
    }
}

extension NotFoundPage: TemplateFields {
    func field(named name: String) -> Any? {
        switch name {
        case "messages": self.messages
        default: nil
        }
    }
}
