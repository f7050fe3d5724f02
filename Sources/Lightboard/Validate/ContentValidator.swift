import Foundation

/// The Validate stage for everything but the posts (`PostsValidator`): applies every
/// content rule of the contract to what Load read (`RawContent`), making the model
/// types and collecting every problem.
struct ContentValidator: DiagnosticCollecting {
    let raw: RawContent
    var diagnostics = DiagnosticBag()
    /// site.yml languages, default first; empty while site.yml is unusable.
    var languages: [String] = []

    /// The content is nil when site.yml or departments.csv is unusable; when
    /// `diagnostics` has errors the content is incomplete and must not be built
    /// (it may still serve to check posts). `baseURL` may replace site.yml's
    /// base_url, which is still checked.
    static func validate(_ raw: RawContent, baseURL: BaseURLChoice = .siteFile) -> (content: SiteContent?, diagnostics: DiagnosticBag) {
        var validator = ContentValidator(raw: raw)
        var config = validator.validateSiteConfig()
        if let siteFileURL = config?.baseURL, !siteFileURL.isEmpty { config?.baseURL = baseURL.apply(to: siteFileURL) }
        let registry = validator.validateDepartments(groups: config?.departmentGroups)
        let calendar = validator.validateCalendar()
        let periods = validator.validatePeriods(config: config, registry: registry)
        let eReading = validator.validateEReading()
        let pages = validator.validatePages()
        guard let config, let registry else { return (nil, validator.diagnostics) }
        let content = SiteContent(contentDirectory: raw.directory, config: config, registry: registry,
                                  calendar: calendar, periods: periods, eReading: eReading, pages: pages)
        return (content, validator.diagnostics)
    }

    /// The reader of a parsed YAML document, its texts in the site's languages.
    func yamlReader(_ document: RawYAML) -> YAMLReader {
        YAMLReader(file: document.file, lineOffset: document.lineOffset, languages: languages)
    }

    /// The root mapping of a YAML file Load read, nil if Load could not read it or it is no mapping.
    mutating func yamlFile(_ document: RawYAML?, allowedKeys: [String]) -> (YAMLMapping, YAMLReader)? {
        guard let document else { return nil }
        let reader = yamlReader(document)
        guard let mapping = reader.mapping(document.root, name: (document.file as NSString).lastPathComponent,
                                           allowedKeys: allowedKeys, diagnostics: &diagnostics)
        else { return nil }
        return (mapping, reader)
    }
}
