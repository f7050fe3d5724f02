/// The list of one department's red posts in one quarter, rendered from
/// `partials/red-posts.mustache` around one `partials/red-post.mustache` per
/// post, and printed by the page with triple braces (`{{{redPosts}}}`), so the
/// press office restyles it like any other partial.
///
/// Not `Sendable`: it memoises dates and waiting times, one per page.
struct RedPostsPartial {
    private let builder: PageBuilder
    private var dates: [Day: String] = [:]
    private var waitingTimes: [Int: String] = [:]

    init(_ builder: PageBuilder) {
        self.builder = builder
    }

    mutating func list(_ posts: some Collection<RedPost>) -> String {
        let templates = builder.partials.redPosts
        var rows = ""
        rows.reserveCapacity(posts.count * 400)
        for post in posts {
            rows += templates.html(RedPostRow(isPublic: post.isPublic, title: builder.citizenText(post.title), url: post.url.map { [$0] } ?? [],
                                              posted: date(post.postedAt.localDay), waiting: waiting(post.workingDaysWaiting)))
        }
        return templates.list.html(RedPostList(rows: rows))
    }

    private mutating func date(_ day: Day) -> String {
        if let known = dates[day] { return known }
        let text = builder.format.date(day)
        dates[day] = text
        return text
    }

    private mutating func waiting(_ days: Int) -> String {
        if let known = waitingTimes[days] { return known }
        let text = builder.waiting(days)
        waitingTimes[days] = text
        return text
    }
}
