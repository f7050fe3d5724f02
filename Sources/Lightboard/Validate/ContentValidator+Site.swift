import Foundation
import Yams

extension ContentValidator {
    /// site.yml with the contract's defaults filled in; nil if it is missing or
    /// if the settings needed to check posts (languages, timezone, channels,
    /// categories) have errors.
    mutating func validateSiteConfig() -> SiteConfig? {
        guard let document = raw.site,
              let (site, yaml) = yamlFile(document, allowedKeys: InputDeclarations.site.names) else { return nil }
        let errorsBeforePostSettings = diagnostics.diagnostics.count

        // Languages first: every text value of the content depends on them.
        if let node = yaml.value("languages", in: site, required: true, diagnostics: &diagnostics) {
            languages = validateLanguages(node, yaml)
        }
        let yamlWithLanguages = yamlReader(document)
        let timeZone = yaml.value("timezone", in: site, required: true, diagnostics: &diagnostics)
            .flatMap { validateTimeZone($0, yaml) }
        let channels = yaml.value("channels", in: site, required: true, diagnostics: &diagnostics)
            .map { validateNamedItems($0, name: "channels", singular: "channel", keys: InputDeclarations.site.names(of: "channels"),
                                   yamlWithLanguages).map(\.item) } ?? []
        let categories = yaml.value("categories", in: site, required: true, diagnostics: &diagnostics)
            .map { validateCategories($0, yamlWithLanguages) } ?? []
        let satisfaction = yaml.value("satisfaction", in: site, required: false, diagnostics: &diagnostics)
            .flatMap { validateSatisfaction($0, yamlWithLanguages) }
        let postSettingsAreValid = diagnostics.diagnostics.count == errorsBeforePostSettings

        let title = yamlWithLanguages.value("title", in: site, required: true, diagnostics: &diagnostics)
            .flatMap { yamlWithLanguages.localizedText($0, name: "title", diagnostics: &diagnostics) }
        let baseURL = yaml.value("base_url", in: site, required: true, diagnostics: &diagnostics)
            .flatMap { validateBaseURL($0, yaml) }
        let assessment = validateAssessment(yaml.value("assessment", in: site, required: false, diagnostics: &diagnostics),
                                        channels: channels.map(\.id), yaml)
        var allowsUnsafeHTML = false
        if let node = yaml.value("markdown", in: site, required: false, diagnostics: &diagnostics),
           let markdown = yaml.mapping(node, name: "markdown", allowedKeys: InputDeclarations.site.names(of: "markdown"), diagnostics: &diagnostics),
           let unsafeNode = yaml.value("unsafe_html", in: markdown, required: false, diagnostics: &diagnostics) {
            allowsUnsafeHTML = yaml.bool(unsafeNode, name: "markdown.unsafe_html", diagnostics: &diagnostics) ?? false
        }

        let rankings = yaml.value("rankings", in: site, required: false, diagnostics: &diagnostics)
            .map { validateRankings($0, channels: channels.map(\.id), assessed: assessment?.channels, yamlWithLanguages) } ?? []
        let license = yaml.value("license", in: site, required: false, diagnostics: &diagnostics).flatMap { validateLicense($0, yaml) }
        let departmentGroups = yaml.value("department_groups", in: site, required: false, diagnostics: &diagnostics)
            .map { validateDepartmentGroups($0, yamlWithLanguages) } ?? []
        let openData = yaml.value("open_data", in: site, required: false, diagnostics: &diagnostics)
            .map { validateOpenData($0, yaml) } ?? OpenDataOptions()

        let redirects = yaml.value("redirects", in: site, required: false, diagnostics: &diagnostics)
            .map { validateRedirects($0, yaml) } ?? []
        let correctionsRequired = yaml.value("corrections_required", in: site, required: false, diagnostics: &diagnostics)
            .flatMap { yaml.bool($0, name: "corrections_required", diagnostics: &diagnostics) } ?? false

        guard postSettingsAreValid, let timeZone, !languages.isEmpty else { return nil }
        // A wrong title, base_url or assessment still lets the posts be checked, so that
        // every error is reported at once; the reported error keeps the site from being built.
        return SiteConfig(title: title ?? LocalizedText("", language: languages[0]), baseURL: baseURL ?? "",
                          languages: languages, timeZone: timeZone, channels: channels, categories: categories,
                          assessment: assessment ?? AssessmentRules.defaults(channels: channels.map(\.id)),
                          allowsUnsafeHTML: allowsUnsafeHTML, satisfaction: satisfaction, rankings: rankings,
                          license: license, departmentGroups: departmentGroups,
                          openData: openData, redirects: redirects, correctionsRequired: correctionsRequired)
    }

    private mutating func validateLanguages(_ node: Node, _ yaml: YAMLReader) -> [String] {
        guard let items = yaml.list(node, name: "languages", diagnostics: &diagnostics) else { return [] }
        guard !items.isEmpty else {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "languages is empty",
                               hint: "list at least the default language, e.g. [zh, en]")
            return []
        }
        var codes: [String] = []
        for item in items {
            guard let code = yaml.string(item, name: "language", diagnostics: &diagnostics) else { return [] }
            guard Self.isLanguageCode(code) else {
                diagnostics.report(file: yaml.file, line: yaml.line(of: item), "invalid language code \"\(code)\"",
                                   hint: "use a code such as zh, en or zh-Hant")
                return []
            }
            guard !codes.contains(code) else {
                diagnostics.report(file: yaml.file, line: yaml.line(of: item), "duplicate language \"\(code)\"")
                return []
            }
            codes.append(code)
        }
        return codes
    }

    /// A BCP 47-style code: `zh`, `en`, `zh-Hant`, `pt-BR`.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    private mutating func validateBaseURL(_ node: Node, _ yaml: YAMLReader) -> String? {
        guard let text = yaml.string(node, name: "base_url", diagnostics: &diagnostics) else { return nil }
        if let (message, hint) = SiteConfig.problem(withBaseURL: text) {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), message, hint: hint)
            return nil
        }
        return text
    }

    private mutating func validateTimeZone(_ node: Node, _ yaml: YAMLReader) -> TimeZone? {
        guard let identifier = yaml.string(node, name: "timezone", diagnostics: &diagnostics) else { return nil }
        guard let timeZone = TimeZone(identifier: identifier) else {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "unknown timezone \"\(identifier)\"",
                               hint: "use an IANA name such as Asia/Shanghai")
            return nil
        }
        return timeZone
    }

    /// channels, categories or satisfaction dimensions: a non-empty list of `{id, name}` with unique ids
    /// (`keys` may allow more than id and name, which the caller reads from the mappings returned beside the items).
    mutating func validateNamedItems(_ node: Node, name: String, singular: String, keys: [String],
                                 _ yaml: YAMLReader) -> [(item: NamedItem, mapping: YAMLMapping)] {
        guard let items = yaml.list(node, name: name, diagnostics: &diagnostics) else { return [] }
        if items.isEmpty {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "\(name) is empty")
        }
        var result: [(item: NamedItem, mapping: YAMLMapping)] = []
        var lineByID: [String: Int] = [:]
        for item in items {
            guard let mapping = yaml.mapping(item, name: singular, allowedKeys: keys,
                                             diagnostics: &diagnostics) else { continue }
            let id = yaml.value("id", in: mapping, required: true, diagnostics: &diagnostics)
                .flatMap { yaml.string($0, name: "\(singular) id", diagnostics: &diagnostics) }
            let itemName = yaml.value("name", in: mapping, required: true, diagnostics: &diagnostics)
                .flatMap { yaml.localizedText($0, name: "\(singular) name", diagnostics: &diagnostics) }
            guard let id, let itemName else { continue }
            if let firstLine = lineByID[id] {
                diagnostics.report(file: yaml.file, line: mapping.line, "duplicate \(singular) id \"\(id)\"",
                                   hint: "first defined on line \(firstLine)")
                continue
            }
            lineByID[id] = mapping.line
            result.append((NamedItem(id: id, name: itemName), mapping))
        }
        return result
    }

    /// department_groups: named items whose ids name an anchor of the departments page.
    private mutating func validateDepartmentGroups(_ node: Node, _ yaml: YAMLReader) -> [NamedItem] {
        validateNamedItems(node, name: "department_groups", singular: "department group",
                       keys: InputDeclarations.site.names(of: "department_groups"), yaml).compactMap { item, mapping in
            guard ContentName.isIdentifier(item.id) else {
                diagnostics.report(file: yaml.file, line: mapping.line, "invalid department group id \"\(item.id)\"",
                                   hint: ContentName.identifierHint)
                return nil
            }
            return item
        }
    }

    private mutating func validateAssessment(_ node: Node?, channels: [String], _ yaml: YAMLReader) -> AssessmentRules? {
        var rules = AssessmentRules.defaults(channels: channels)
        guard let node else { return rules }
        guard let assessment = yaml.mapping(node, name: "assessment",
                                            allowedKeys: InputDeclarations.site.names(of: "assessment"),
                                            diagnostics: &diagnostics) else { return nil }
        if let node = yaml.value("settle_within", in: assessment, required: false, diagnostics: &diagnostics) {
            rules.settleWithin = validateSettleWithin(node, yaml) ?? rules.settleWithin
        }
        if let node = yaml.value("thresholds", in: assessment, required: false, diagnostics: &diagnostics) {
            rules.thresholds = validateThresholds(node, yaml)
        }
        if let node = yaml.value("channels", in: assessment, required: false, diagnostics: &diagnostics) {
            rules.channels = validateAssessedChannels(node, known: channels, yaml)
        }
        if let node = yaml.value("lights", in: assessment, required: false, diagnostics: &diagnostics),
           let lights = yaml.mapping(node, name: "assessment.lights", allowedKeys: InputDeclarations.site.names(of: "assessment.lights"), diagnostics: &diagnostics) {
            if let green = yaml.value("green", in: lights, required: false, diagnostics: &diagnostics) {
                rules.greenLimit = yaml.nonNegativeInteger(green, name: "assessment.lights.green", diagnostics: &diagnostics) ?? rules.greenLimit
            }
            if let yellow = yaml.value("yellow", in: lights, required: false, diagnostics: &diagnostics) {
                rules.yellowLimit = yaml.nonNegativeInteger(yellow, name: "assessment.lights.yellow", diagnostics: &diagnostics) ?? rules.yellowLimit
            }
        }
        if let node = yaml.value("score", in: assessment, required: false, diagnostics: &diagnostics),
           let score = yaml.mapping(node, name: "assessment.score", allowedKeys: InputDeclarations.site.names(of: "assessment.score"),
                                    diagnostics: &diagnostics) {
            if let node = yaml.value("weights", in: score, required: false, diagnostics: &diagnostics),
               let weights = yaml.mapping(node, name: "assessment.score.weights",
                                          allowedKeys: InputDeclarations.site.names(of: "assessment.score.weights"),
                                          diagnostics: &diagnostics) {
                rules.weights = weights.entries.compactMap { key, value in
                    yaml.decimal(value, name: "weight \(key)", diagnostics: &diagnostics)
                        .map { ScoreWeight(rate: RateKind(rawValue: key)!, weight: $0) }
                }
            }
            if let node = yaml.value("complex_issue_points", in: score, required: false, diagnostics: &diagnostics) {
                rules.complexIssuePoints = yaml.decimal(node, name: "complex_issue_points", diagnostics: &diagnostics)
                    ?? rules.complexIssuePoints
            }
        }
        return rules
    }

    private mutating func validateAssessedChannels(_ node: Node, known: [String], _ yaml: YAMLReader) -> [String] {
        guard let items = yaml.list(node, name: "assessment.channels", diagnostics: &diagnostics) else { return [] }
        if items.isEmpty {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "assessment.channels is empty",
                               hint: "name at least one channel, or remove the key to assess all channels")
        }
        var ids: [String] = []
        for item in items {
            guard let id = yaml.string(item, name: "assessment channel", diagnostics: &diagnostics) else { continue }
            if !known.contains(id) {
                diagnostics.report(file: yaml.file, line: yaml.line(of: item), "unknown channel \"\(id)\"",
                                   hint: Suggestion.didYouMean(id, among: known) ?? "channels are \(Suggestion.quoted(known))")
            } else if ids.contains(id) {
                diagnostics.report(file: yaml.file, line: yaml.line(of: item), "duplicate channel \"\(id)\" in assessment.channels")
            } else {
                ids.append(id)
            }
        }
        return ids
    }
}
