import Yams

extension ContentValidator {
    /// `redirects: {OLD PATH: NEW PATH, ...}` of site.yml. Whether the new path is a page of the
    /// site, and the old one not, is known once the site is computed (`RedirectPages.problems`).
    mutating func validateRedirects(_ node: Node, _ yaml: YAMLReader) -> [Redirect] {
        guard case .mapping(let mapping) = node else {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "invalid redirects",
                               hint: "expected a map of old page paths to new ones, e.g. zh/2024-q3/complex/old-name/: zh/2024-q3/complex/new-name/")
            return []
        }
        var redirects: [Redirect] = []
        var seen = Set<String>()
        for (keyNode, valueNode) in mapping {
            let line = yaml.line(of: keyNode)
            let paths = [keyNode, valueNode].map { node -> String? in
                let text = node.scalar?.string ?? ""
                guard let path = Redirect.filePath(text) else {
                    diagnostics.report(file: yaml.file, line: yaml.line(of: node), "invalid page path \"\(text)\" in redirects",
                                       hint: "write a path from the site's root as the address bar shows it after base_url, "
                                           + "ending with / (zh/2024-q3/complex/old-name/) or .html")
                    return nil
                }
                return path
            }
            guard let from = paths[0], let to = paths[1] else { continue }
            guard seen.insert(from).inserted else {
                diagnostics.report(file: yaml.file, line: line, "redirect from \(from) is listed twice")
                continue
            }
            redirects.append(Redirect(from: from, to: to, file: yaml.file, line: line))
        }
        return redirects
    }
}
