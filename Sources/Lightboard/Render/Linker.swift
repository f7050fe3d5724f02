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
        case .relative: file(directory + ["index.html"])
        case .absolute(let baseURL): baseURL + directory.map { $0 + "/" }.joined()
        }
    }

    /// Link to a file given by its path components from the site root.
    func file(_ path: [String]) -> String {
        switch mode {
        case .absolute(let baseURL):
            return baseURL + path.joined(separator: "/")
        case .relative(let from):
            var common = 0
            while common < from.count, common < path.count - 1, from[common] == path[common] { common += 1 }
            let ups = Array(repeating: "..", count: from.count - common)
            return (ups + path[common...]).joined(separator: "/")
        }
    }

    func file(_ path: String) -> String { file(path.split(separator: "/").map(String.init)) }
}
