/// The `<ul class="red-posts">` list of one department's red posts in one
/// quarter, written in Swift instead of a Mustache partial.
///
/// Why: the red-light page names every red post, hundreds of thousands on a
/// national board (large benchmark: 215,000 per language), and swift-mustache
/// spends ~20 µs per post on context look-ups and casts — more than all other
/// pages together (docs/performance.md). The markup keeps the partial's classes,
/// so the stylesheet restyles it as before. Citizen text is escaped here.
///
/// Not `Sendable`: it memoises dates and waiting times, one builder per page.
struct RedPostsHTML {
    private let builder: PageBuilder
    private let lightPrefix: String
    private let postedOn: String
    private let waitingLabel: String
    private let nonPublicTitle: String
    private var dates: [Day: String] = [:]
    private var waitingTimes: [Int: String] = [:]

    init(_ builder: PageBuilder) {
        self.builder = builder
        let strings = builder.strings
        lightPrefix = #"<span class="light light-red"><span aria-hidden="true">●</span> "#
            + HTMLText.escape(strings["light_red"]) + "</span>"
        postedOn = HTMLText.escape(strings["posted_on"])
        waitingLabel = HTMLText.escape(strings["waiting"])
        nonPublicTitle = HTMLText.escape(strings["non_public_post"])
    }

    /// A non-public post is listed without its title and link, so the counts still add up.
    mutating func list(_ posts: some Collection<RedPost>) -> String {
        var html = "<ul class=\"red-posts\">\n"
        html.reserveCapacity(posts.count * 400)
        for post in posts {
            html += "  <li>\n    "
            html += lightPrefix
            html += "\n    "
            if !post.isPublic {
                html += "<span class=\"non-public\">" + nonPublicTitle + "</span>"
            } else if let url = post.url {
                html += "<a href=\"" + HTMLText.escape(url) + "\" rel=\"nofollow noopener\">" + title(post) + "</a>"
            } else {
                html += title(post)
            }
            html += "\n    <span class=\"meta\">" + postedOn + " " + date(post.postedAt.localDay)
            html += " · " + waitingLabel + " " + waiting(post.workingDaysWaiting) + "</span>\n  </li>\n"
        }
        html += "</ul>"
        return html
    }

    private func title(_ post: RedPost) -> String {
        let text = builder.citizenText(post.title)
        let escaped = HTMLText.escape(text.text)
        return text.isFallback ? "<span lang=\"" + HTMLText.escape(text.lang) + "\">" + escaped + "</span>" : escaped
    }

    private mutating func date(_ day: Day) -> String {
        if let known = dates[day] { return known }
        let text = HTMLText.escape(builder.format.date(day))
        dates[day] = text
        return text
    }

    private mutating func waiting(_ days: Int) -> String {
        if let known = waitingTimes[days] { return known }
        let text = HTMLText.escape(builder.waiting(days))
        waitingTimes[days] = text
        return text
    }
}
