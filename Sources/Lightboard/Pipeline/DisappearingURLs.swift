import Foundation

/// Permalinks never break (docs/archiving.md §7): a file the output folder's previous
/// `manifest.sha256` lists, that this build no longer makes and no redirect covers, is a
/// URL someone may have linked to. The build and `lightboard check` warn about each.
enum DisappearingURLs {
    /// One warning per vanished file, at its line of the previous manifest. `isKnown(path)` tells whether the
    /// build makes the file; `isComparable(path)` leaves out what the caller cannot know (check has no templates).
    static func warnings(outputDirectory: String, isKnown: (String) -> Bool,
                         isComparable: (String) -> Bool = { _ in true }) -> [Diagnostic] {
        let file = outputDirectory + "/" + PublicManifest.name
        guard let data = FileManager.default.contents(atPath: file) else { return [] }
        var warnings: [Diagnostic] = []
        for (line, path) in PublicManifest.publishedPaths(in: String(decoding: data, as: UTF8.self)) {
            guard isComparable(path), !isKnown(path) else { continue }
            let isPage = path.hasSuffix(".html")
            warnings.append(Diagnostic(
                file: file, line: line,
                message: "\(isPage ? "page" : "file") \(path) would disappear: the previous build published it, this one does not",
                hint: isPage
                    ? "if it moved, keep its address working with a redirect in site.yml: redirects: {\(pageAddress(path)): NEW/PATH/}"
                    : "links to it will break; publish it again if it should stay",
                isWarning: true))
        }
        return warnings
    }

    /// `zh/old/index.html` as site.yml writes it: `zh/old/`.
    static func pageAddress(_ path: String) -> String {
        path == "index.html" ? "/" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
    }
}

extension SiteBuilder {
    /// `lightboard check --output DIR`: what a build into `outputDirectory` would report, writing nothing.
    /// Throws the corrections a build would stop at (docs/archiving.md §6); returns, as printed, the warnings:
    /// changed figures without their correction (without `corrections_required`), and the files that would
    /// disappear, the assets aside (they come from the templates). The open data is rendered once, for both.
    public static func checkOutput(_ site: ComputedSite, outputDirectory: String,
                                   unpublished: Set<PeriodID> = []) throws(ContentErrors) -> [String] {
        let openData = OpenDataRenderer.render(site)
        let corrections = try checkCorrections(site, openData: openData, outputDirectory: outputDirectory, unpublished: unpublished)
        var paths = SiteRenderer.renderedPaths(of: site)
        paths.formUnion(openData.map(\.path))
        if site.content.config.openData.posts { paths.formUnion(site.periods.flatMap { OpenDataRenderer.postsPaths($0.id) }) }
        let disappearing = DisappearingURLs.warnings(outputDirectory: outputDirectory, isKnown: paths.contains,
                                                     isComparable: { !$0.hasPrefix("assets/") })
        return (corrections + disappearing).map(\.description)
    }
}
