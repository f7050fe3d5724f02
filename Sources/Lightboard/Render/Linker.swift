/// Makes the links of one page: relative to the page's directory, so the site
/// works under any base path and from `file://`; or absolute from `base_url`
/// for the 404 page, which is served at any depth.
struct Linker: Sendable {
    private enum Mode: Sendable {
        case relative(from: [String])
        case absolute(baseURL: String)
    }

    private let mode: Mode

    /// For a page whose file is `directory/index.html` (`[]` = the site root).
    init(pageDirectory: [String]) { mode = .relative(from: pageDirectory) }

    init(baseURL: String) { mode = .absolute(baseURL: baseURL) }

    /// Link to a page: its `index.html` when relative, since `file://` does not resolve directories.
    func page(_ directory: [String]) -> String {
        switch mode {
        case .relative(let from): Self.relative(from: from, to: directory, fileName: "index.html")
        case .absolute(let baseURL): baseURL + directory.map { $0 + "/" }.joined()
        }
    }

    /// Link to a file given by its path components from the site root.
    func file(_ path: [String]) -> String {
        switch mode {
        case .absolute(let baseURL): baseURL + path.joined(separator: "/")
        case .relative(let from): Self.relative(from: from, to: path.dropLast(), fileName: path.last!)
        }
    }

    /// `../` up to the deepest folder shared with `directory`, then down to `fileName`.
    /// (Written into one string: joining arrays of components cost ~5,000
    /// instructions a link, and a department page has hundreds of links.)
    private static func relative(from: [String], to directory: some Collection<String>, fileName: String) -> String {
        var common = 0
        for (component, target) in zip(from, directory) {
            guard component == target else { break }
            common += 1
        }
        var link = ""
        for _ in common..<from.count { link += "../" }
        for component in directory.dropFirst(common) { link += component + "/" }
        return link + fileName
    }

    func file(_ path: String) -> String { file(path.split(separator: "/").map(String.init)) }
}
