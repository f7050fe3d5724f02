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
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Lightboard's own paths are never escaped (docs/archiving.md §1); an escaped line is not one of them.
            guard line.count > 66, !line.hasPrefix("\\") else { continue }
            let path = String(line.dropFirst(66))
            guard isComparable(path), !isKnown(path) else { continue }
            let isPage = path.hasSuffix(".html")
            warnings.append(Diagnostic(
                file: file, line: index + 1,
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
    /// `lightboard check`'s warnings against the output folder: the files a build of `site` would make, by name,
    /// the assets aside (they come from the templates).
    public static func disappearingURLWarnings(_ site: ComputedSite, outputDirectory: String) -> [String] {
        let config = site.content.config
        var paths = SiteRenderer.renderedPaths(of: site)
        paths.formUnion(OpenDataRenderer.render(site).map(\.path))
        if config.openData.posts { paths.formUnion(site.periods.flatMap { OpenDataRenderer.postsPaths($0.id) }) }
        return DisappearingURLs.warnings(outputDirectory: outputDirectory, isKnown: paths.contains,
                                         isComparable: { !$0.hasPrefix("assets/") }).map(\.description)
    }
}
