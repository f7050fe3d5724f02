import Foundation

/// The Load stage: reads every file of the content folder (posts excepted,
/// which `PostsReader` streams) into the model types, collecting every problem.
public struct ContentLoader: Sendable {
    /// The content folder as the user named it, without a trailing slash;
    /// also the prefix of every path in diagnostics.
    let directory: String
    var diagnostics = DiagnosticBag()
    /// site.yml languages, default first; empty while site.yml is unusable.
    var languages: [String] = []

    init(directory: String) {
        var directory = directory
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        self.directory = directory
    }

    /// Loads `contentDirectory`. The content is nil when site.yml or
    /// departments.csv is unusable; when `diagnostics` has errors the content
    /// is incomplete and must not be built (it may still serve to check posts).
    /// `baseURL` may replace site.yml's base_url, which is still checked.
    public static func load(contentDirectory: String,
                            baseURL: BaseURLChoice = .siteFile) -> (content: SiteContent?, diagnostics: DiagnosticBag) {
        var loader = ContentLoader(directory: contentDirectory)
        guard loader.directoryExists("") else {
            // One cause, not every file it holds reported missing.
            loader.diagnostics.report(file: loader.directory, line: 0, "no such content folder",
                                      hint: "run lightboard in the project folder, or name the folder with --content DIR")
            return (nil, loader.diagnostics)
        }
        var config = loader.loadSiteConfig()
        if let siteFileURL = config?.baseURL, !siteFileURL.isEmpty { config?.baseURL = baseURL.apply(to: siteFileURL) }
        let registry = loader.loadDepartments(groups: config?.departmentGroups)
        let calendar = loader.loadCalendar()
        let periods = loader.loadPeriods(config: config, registry: registry)
        let eReading = loader.loadEReading()
        let pages = loader.loadPages()
        guard let config, let registry else { return (nil, loader.diagnostics) }
        let content = SiteContent(contentDirectory: loader.directory, config: config, registry: registry,
                                  calendar: calendar, periods: periods, eReading: eReading, pages: pages)
        return (content, loader.diagnostics)
    }

    /// `load` applied to every element on every core, each on its own copy of
    /// the loader; their diagnostics are added in element order, the order of
    /// a loop, so the diagnostics do not depend on scheduling.
    mutating func concurrentLoad<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ load: @Sendable (inout ContentLoader, Element) -> Result
    ) -> [Result] {
        let loaded = elements.concurrentMap { [self] element in
            var loader = self
            loader.diagnostics = DiagnosticBag()
            let result = load(&loader, element)
            return (result: result, diagnostics: loader.diagnostics)
        }
        for element in loaded { diagnostics.merge(element.diagnostics) }
        return loaded.map(\.result)
    }

    // MARK: - Files

    /// Path of a file of the content folder, as used both to open it and in diagnostics.
    func path(_ relativePath: String) -> String { relativePath.isEmpty ? directory : directory + "/" + relativePath }

    func fileExists(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relativePath), isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    func directoryExists(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relativePath), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Names in a folder, sorted, hidden files (`.DS_Store`, `.git`) left out.
    func entries(of relativePath: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(relativePath))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The text of a required or optional file, nil (reported when required) if absent or unusable.
    mutating func text(_ relativePath: String, required: Bool) -> String? {
        guard fileExists(relativePath) else {
            if required { diagnostics.report(file: path(relativePath), line: 1, "missing required file") }
            return nil
        }
        return TextFile.read(path: path(relativePath), displayPath: path(relativePath), diagnostics: &diagnostics)
    }

    func yamlReader(_ relativePath: String, lineOffset: Int = 0) -> YAMLReader {
        YAMLReader(file: path(relativePath), lineOffset: lineOffset, languages: languages)
    }

    /// The root mapping of a YAML file, nil if absent (reported when required) or unusable.
    mutating func yamlFile(_ relativePath: String, required: Bool, allowedKeys: [String]) -> (YAMLMapping, YAMLReader)? {
        guard let text = text(relativePath, required: required) else { return nil }
        let reader = yamlReader(relativePath)
        guard let root = reader.parse(text, diagnostics: &diagnostics),
              let mapping = reader.mapping(root, name: (relativePath as NSString).lastPathComponent,
                                           allowedKeys: allowedKeys, diagnostics: &diagnostics)
        else { return nil }
        return (mapping, reader)
    }

    // MARK: - Identifiers

    /// `[a-z0-9][a-z0-9-]*`: department ids and URL slugs, which can never escape a folder.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first.isLowercaseASCIIOrDigit else { return false }
        return text.utf8.allSatisfy { $0.isLowercaseASCIIOrDigit || $0 == UInt8(ascii: "-") }
    }

    static let identifierHint = "use lower-case letters a-z, digits and hyphens, starting with a letter or digit"
}

extension UInt8 {
    var isLowercaseASCIIOrDigit: Bool { (0x61...0x7A).contains(self) || (0x30...0x39).contains(self) }
}
