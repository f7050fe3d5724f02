import Foundation

/// The machine-readable files: Atom feed per language, sitemap and robots.txt.
/// Dates come from the content only (no build timestamps), URLs from base_url.
struct Feeds: Sendable {
    let site: ComputedSite

    var config: SiteConfig { site.content.config }
    var absolute: Linker { Linker(baseURL: config.baseURL) }

    private struct Entry {
        var date: Day
        var url: String
        var title: String
        var summary: String
        /// A machine-readable file the entry is about (a correction's corrections.json).
        var related: String? = nil
    }

    /// `LANG/feed.xml`: quarters and monthly reports (dated `published`) and e-reading months (dated the 1st).
    func atom(_ builder: PageBuilder) -> String {
        let language = builder.language, format = builder.format
        var entries = site.periods.map { quarter in
            let assessed = quarter.headline.assessed
            return Entry(date: quarter.info.published, url: absolute.page(Route.report(quarter.id).directory(in: language)),
                         title: builder.pageTitle(.report(quarter.id)),
                         summary: builder.strings.format("feed_quarter_summary", [
                            "posts": format.integer(assessed.posts), "green_rate": format.rate(assessed.rate(.greenRate)),
                            "red_rate": format.rate(assessed.rate(.redRate)), "as_of": format.date(quarter.info.asOf)]))
        }
        // Each correction is news of its own, linked to its place on the period's page and to the log.
        entries += site.periods.flatMap { period in
            zip(period.info.corrections, period.info.correctionAnchors).map { correction, anchor in
                Entry(date: correction.date, url: absolute.page(Route.report(period.id).directory(in: language)) + "#" + anchor,
                      title: builder.strings.format("feed_correction_title", ["period": builder.pageTitle(.report(period.id))]),
                      summary: builder.text(correction.text).text,
                      related: absolute.file(OpenDataRenderer.correctionsPath(period.id)))
            }
        }
        entries += site.content.eReading.map { month in
            Entry(date: Day(year: month.year, month: month.month, day: 1)!,
                  url: absolute.page(Route.eReadingMonth(slug: month.slug).directory(in: language)),
                  title: builder.text(month.title).text, summary: format.month(year: month.year, month: month.month))
        }
        entries = Rankings.feedOrder(entries, date: \.date, address: \.url)
        let home = absolute.page(Route.home.directory(in: language))
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(HTMLText.escape(language))\">\n"
        xml += "  <title>\(HTMLText.escape(builder.strings.format("feed_title", ["site": builder.text(config.title).text])))</title>\n"
        xml += "  <id>\(HTMLText.escape(home))</id>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(HTMLText.escape(home))\"/>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(HTMLText.escape(absolute.file([language, "feed.xml"])))\"/>\n"
        xml += "  <author><name>\(HTMLText.escape(builder.text(config.title).text))</name></author>\n"
        if let newest = entries.first {
            xml += "  <updated>\(timestamp(newest.date))</updated>\n"
        } else {
            xml += "  <updated>1970-01-01T00:00:00Z</updated>\n"
        }
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <title>\(HTMLText.escape(entry.title))</title>\n"
            xml += "    <id>\(HTMLText.escape(entry.url))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(HTMLText.escape(entry.url))\"/>\n"
            if let related = entry.related {
                xml += "    <link rel=\"related\" type=\"application/json\" href=\"\(HTMLText.escape(related))\"/>\n"
            }
            xml += "    <published>\(timestamp(entry.date))</published>\n"
            xml += "    <updated>\(timestamp(entry.date))</updated>\n"
            xml += "    <summary>\(HTMLText.escape(entry.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Midnight of `day` in the site time zone, RFC 3339.
    func timestamp(_ day: Day) -> String {
        let offset = config.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day.ordinal) * 86_400 + 43_200))
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(day)T00:00:00\(sign)\(String(zeroPadded: minutes / 60, width: 2)):\(String(zeroPadded: minutes % 60, width: 2))"
    }

    /// Every page in every language, with hreflang alternates and x-default.
    func sitemap(routes: [Route]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for route in routes {
            for language in config.languages {
                xml += "  <url>\n    <loc>\(HTMLText.escape(absolute.page(route.directory(in: language))))</loc>\n"
                for (hreflang, target) in alternates(route) {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(HTMLText.escape(hreflang))\" href=\"\(HTMLText.escape(target))\"/>\n"
                }
                xml += "  </url>\n"
            }
        }
        return xml + "</urlset>\n"
    }

    /// (hreflang, absolute URL) for each language, then x-default (the default language).
    func alternates(_ route: Route) -> [(String, String)] {
        config.languages.map { ($0, absolute.page(route.directory(in: $0))) }
            + [("x-default", absolute.page(route.directory(in: config.defaultLanguage)))]
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\nSitemap: \(config.baseURL)sitemap.xml\n"
    }
}
