/// Permalinks never break (docs/archiving.md §7): each entry of site.yml's `redirects`
/// becomes a small page at the old path that sends the reader on to the new one
/// (meta refresh, canonical link, and a link to follow by hand). Redirect pages are
/// in the manifest, not in the sitemap: search engines follow the canonical link.
enum RedirectPages {
    /// A new path that is not a page; an old path that is a page (or the 404 page), or that is, or lies below,
    /// another file the site writes (`zh/feed.xml/`): the writer could not put the redirect page there.
    /// Paths compare ignoring letter case, as on macOS and Windows.
    static func problems(_ site: ComputedSite) -> [Diagnostic] {
        let redirects = site.content.config.redirects
        guard !redirects.isEmpty else { return [] }
        let pages = SiteRenderer.pagePaths(of: site)
        let casefoldedPages = Set(pages.map { $0.lowercased() } + ["404.html"])
        let casefoldedFiles = Set(generatedPaths(of: site).map { $0.lowercased() })
        var diagnostics = DiagnosticBag()
        for redirect in redirects {
            let from = redirect.from.lowercased()
            if casefoldedPages.contains(from) {
                diagnostics.report(file: redirect.file, line: redirect.line,
                                   "redirect from \(redirect.from), a page the site still has",
                                   hint: "a redirect keeps an old address working; remove the entry while the page exists")
            } else if let taken = takenPath(from, files: casefoldedFiles) {
                diagnostics.report(file: redirect.file, line: redirect.line, "redirect from \(redirect.from), where the site writes \(taken)",
                                   hint: "a redirect's old address must be free: the site's own files, data/ and assets/ cannot be replaced")
            }
            if !pages.contains(redirect.to) {
                diagnostics.report(file: redirect.file, line: redirect.line, "redirect to \(redirect.to), which is not a page of the site",
                                   hint: Suggestion.didYouMean(redirect.to, among: pages.sorted())
                                       ?? "a redirect leads to a page Lightboard builds, such as zh/2024-q3/league/")
            }
        }
        return diagnostics.diagnostics
    }

    /// Folders only Lightboard writes into: the open data and the templates' assets (not known while computing).
    private static let reservedFolders: Set<String> = ["data", "assets"]

    /// The file `path` is or lies below, or Lightboard's folder (with `/`) it lies in; nil when the path is free.
    private static func takenPath(_ path: String, files: Set<String>) -> String? {
        let segments = path.split(separator: "/")
        let folders = segments.indices.dropLast().map { segments[...$0].joined(separator: "/") }
        if let file = ([path] + folders).first(where: files.contains) { return file }
        return folders.first.flatMap { reservedFolders.contains($0) ? $0 + "/" : nil }
    }

    /// Every file the site writes outside `reservedFolders` but its redirect pages.
    private static func generatedPaths(of site: ComputedSite) -> Set<String> {
        let redirectFiles = Set(site.content.config.redirects.map(\.from))
        return SiteRenderer.renderedPaths(of: site).subtracting(redirectFiles)
            .union(SiteRenderer.pagePaths(of: site)).union([PublicManifest.name])
    }

    /// The language of a redirect page: its path's first folder when that is a language of the site.
    static func language(of redirect: Redirect, config: SiteConfig) -> String {
        let first = String(redirect.from.prefix { $0 != "/" })
        return config.languages.contains(first) && redirect.from.contains("/") ? first : config.defaultLanguage
    }

    static func page(_ redirect: Redirect, config: SiteConfig, strings: UIStrings) -> String {
        let targetDirectory = redirect.to.split(separator: "/").dropLast().map(String.init)
        let relative = Linker(pageDirectory: redirect.from.split(separator: "/").dropLast().map(String.init)).page(targetDirectory)
        let absolute = Linker(baseURL: config.baseURL).page(targetDirectory)
        let title = strings["redirect_title"]
        let siteTitle = config.title.resolved(in: strings.language, defaultLanguage: config.defaultLanguage).text
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(strings.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>\(HTMLText.escape(title)) – \(HTMLText.escape(siteTitle))</title>
            <link rel="canonical" href="\(HTMLText.escape(absolute))">
            <meta http-equiv="refresh" content="0; url=\(HTMLText.escape(relative))">
            </head>
            <body>
            <main>
            <h1>\(HTMLText.escape(title))</h1>
            <p>\(HTMLText.escape(strings["redirect_message"])) <a href="\(HTMLText.escape(relative))">\(HTMLText.escape(absolute))</a></p>
            </main>
            </body>
            </html>

            """
    }
}
