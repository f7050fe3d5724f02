import Foundation
import Yams

extension ContentValidator {
    /// quarters/YYYY-QN and months/YYYY-MM folders: the quarters oldest first, then the months oldest first.
    /// Periods are independent, so they are validated concurrently.
    mutating func validatePeriods(config: SiteConfig?, registry: DepartmentRegistry?) -> [PeriodContent] {
        concurrentCollect(raw.periods) { validator, period in
            validator.validatePeriod(period, registry: registry, correctionsRequired: config?.correctionsRequired ?? false)
        }.compactMap { $0 }
    }

    private mutating func validatePeriod(_ period: RawPeriod, registry: DepartmentRegistry?, correctionsRequired: Bool) -> PeriodContent? {
        for translation in period.translatedNarratives {
            _ = checkedTranslationLanguage(translation.language, file: translation.file, defaultName: "narrative.md")
        }
        let info = validatePeriodInfo(period.id, file: period.info, correctionsRequired: correctionsRequired)
        let adjustments = period.adjustments.map { validateAdjustments($0, period: period.id, registry: registry) } ?? []
        let complexIssues = validateComplexIssues(period.complexIssues, folder: "\(period.folder)/complex-issues", registry: registry)
        let narrative = validateNarrative(period)
        guard let (info, asOfLine) = info else { return nil }
        return PeriodContent(info: info, postsPath: period.postsPath, adjustments: adjustments,
                              complexIssues: complexIssues, narrative: narrative, asOfLine: asOfLine,
                              infoPath: period.infoPath)
    }

    /// Without `corrections_required` a correction dated on or before `published` is a warning (a v1 `{date, text}` log).
    private mutating func validatePeriodInfo(_ id: PeriodID, file: RawYAML?, correctionsRequired: Bool) -> (PeriodInfo, asOfLine: Int)? {
        guard let (mapping, yaml) = yamlFile(file, allowedKeys: InputDeclarations.periodInfo.names) else { return nil }
        let asOfNode = yaml.value("as_of", in: mapping, required: true, diagnostics: &diagnostics)
        let asOf = asOfNode.flatMap { yaml.day($0, name: "as_of", diagnostics: &diagnostics) }
        if let asOf, let asOfNode, asOf < id.lastDay {
            diagnostics.report(file: yaml.file, line: yaml.line(of: asOfNode),
                               "as_of \(asOf) is before the end of \(id) (\(id.lastDay))",
                               hint: "the status of posts is taken after the \(id.kind.summaryKey) has ended")
        }
        let published = yaml.value("published", in: mapping, required: true, diagnostics: &diagnostics)
            .flatMap { yaml.day($0, name: "published", diagnostics: &diagnostics) }
        var corrections: [Correction] = []
        if let node = yaml.value("corrections", in: mapping, required: false, diagnostics: &diagnostics),
           let items = yaml.list(node, name: "corrections", diagnostics: &diagnostics) {
            for item in items {
                guard let entry = yaml.mapping(item, name: "correction", allowedKeys: InputDeclarations.periodInfo.names(of: "corrections"), diagnostics: &diagnostics) else { continue }
                let dateNode = yaml.value("date", in: entry, required: true, diagnostics: &diagnostics)
                let date = dateNode.flatMap { yaml.day($0, name: "correction date", diagnostics: &diagnostics) }
                let text = yaml.value("text", in: entry, required: true, diagnostics: &diagnostics)
                    .flatMap { yaml.localizedText($0, name: "correction text", diagnostics: &diagnostics) }
                let changes = yaml.value("changes", in: entry, required: false, diagnostics: &diagnostics)
                    .map { figureChanges($0, yaml) } ?? []
                if let date, let dateNode, let published, date <= published {
                    diagnostics.report(Diagnostic(file: yaml.file, line: yaml.line(of: dateNode),
                                                  message: "correction dated \(date) is not after the publication on \(published)",
                                                  hint: "date a correction the day its corrected figures are published",
                                                  isWarning: !correctionsRequired))
                }
                if let date, let text {
                    corrections.append(Correction(date: date, text: text, changes: changes, line: yaml.line(of: item)))
                }
            }
        }
        // Newest first; file order among equal dates.
        corrections = corrections.enumerated()
            .sorted { ($1.element.date, $0.offset) < ($0.element.date, $1.offset) }
            .map(\.element)
        // Other errors (an early as_of, a bad correction) still let the posts be checked,
        // so that every error is reported at once.
        guard let asOf, let asOfNode, let published else { return nil }
        return (PeriodInfo(id: id, asOf: asOf, published: published, corrections: corrections), yaml.line(of: asOfNode))
    }

    /// `changes: [{figure: assessment.replied, old: 19729, new: 19730}, ...]` of a correction.
    private mutating func figureChanges(_ node: Node, _ yaml: YAMLReader) -> [FigureChange] {
        guard let items = yaml.list(node, name: "correction changes", diagnostics: &diagnostics) else { return [] }
        var changes: [FigureChange] = []
        for item in items {
            guard let entry = yaml.mapping(item, name: "correction change", allowedKeys: InputDeclarations.periodInfo.names(of: "corrections.changes"), diagnostics: &diagnostics),
                  let figure = yaml.value("figure", in: entry, required: true, diagnostics: &diagnostics)
                      .flatMap({ yaml.string($0, name: "figure", diagnostics: &diagnostics) }) else { continue }
            let values = ["old", "new"].map { key -> FigureValue? in
                // A figure that appeared or went away is `null` on that side.
                guard let valueNode = entry[key] else {
                    diagnostics.report(file: yaml.file, line: entry.line, "missing \(key)", hint: "write null for a figure that was not published")
                    return nil
                }
                guard let value = FigureValue(yaml: valueNode) else {
                    diagnostics.report(file: yaml.file, line: yaml.line(of: valueNode), "invalid \(key) value of \(figure)",
                                       hint: "expected a number, null, text or a list of ids, as in the open data")
                    return nil
                }
                return value
            }
            if let old = values[0], let new = values[1] {
                changes.append(FigureChange(figure: figure, old: old, new: new, line: yaml.line(of: item)))
            }
        }
        return changes
    }

    private mutating func validateAdjustments(_ table: RawTable, period: PeriodID, registry: DepartmentRegistry?) -> [Adjustment] {
        let location = table.location
        let headerProblems = diagnostics.diagnostics.count
        let columns = CSVColumns(header: table.header, required: InputDeclarations.adjustments.requiredNames,
                                 file: table.file, diagnostics: &diagnostics)
        location.placeHeaderProblems(&diagnostics, after: headerProblems)
        guard let columns else { return [] }
        var adjustments: [Adjustment] = []
        var problems = RepeatedProblems()
        for record in table.records {
            let errorsBefore = diagnostics.diagnostics.count
            defer { problems.collapse(&diagnostics, after: errorsBefore) }
            func report(_ column: String, _ message: String, hint: String? = nil) {
                diagnostics.report(location.diagnostic(line: record.line, column: columns[column], message, hint: hint))
            }
            let department = record.field(columns["department"])
            if let registry, registry.index(of: department) == nil, !registry.rejectedIDs.contains(department) {
                report("department", "unknown department \"\(department)\"", hint: registry.hint(forUnknown: department))
            }
            let dateText = record.field(columns["date"])
            let date = Day(iso: dateText)
            if let date {
                if !period.contains(date) { report("date", "date \(date) is outside \(period)") }
            } else {
                report("date", "invalid date \"\(dateText)\"", hint: "expected YYYY-MM-DD")
            }
            let kindText = record.field(columns["kind"])
            let kind = Adjustment.Kind(rawValue: kindText)
            if kind == nil { report("kind", "invalid kind \"\(kindText)\"", hint: "expected bonus or penalty") }
            let pointsText = record.field(columns["points"])
            let points = Fraction(decimal: pointsText).flatMap { $0.isPositive ? $0 : nil }
            if points == nil { report("points", "invalid points \"\(pointsText)\"", hint: "expected a positive decimal such as 1.5") }
            guard diagnostics.diagnostics.count == errorsBefore, let date, let kind, let points else { continue }
            adjustments.append(Adjustment(department: department, date: date, kind: kind, points: points,
                                          reason: record.field(columns["reason"]), source: record.field(columns["source"]),
                                          line: record.line))
        }
        problems.flush(into: &diagnostics)
        diagnostics.merge(table.readingProblems)
        return adjustments
    }

    /// Reports a department id that is not in the registry (unchecked when the registry is unusable).
    mutating func checkDepartment(_ id: String, registry: DepartmentRegistry?, file: String, line: Int) {
        guard let registry, registry.index(of: id) == nil, !registry.rejectedIDs.contains(id) else { return }
        diagnostics.report(file: file, line: line, "unknown department \"\(id)\"",
                           hint: registry.hint(forUnknown: id))
    }

    private mutating func validateComplexIssues(_ groups: [RawMarkdownGroup], folder: String, registry: DepartmentRegistry?) -> [ComplexIssue] {
        localizedGroups(groups, folder: folder).compactMap { group in
            guard let document = markdownDocument(group.defaultFile.document, allowedKeys: Self.complexIssueKeys)
            else { return nil }
            let yaml = document.yaml, frontMatter = document.frontMatter
            let errorsBefore = diagnostics.diagnostics.count
            var title = yaml.value("title", in: frontMatter, required: true, diagnostics: &diagnostics)
                .flatMap { yaml.localizedText($0, name: "title", diagnostics: &diagnostics) }
            let lead = departmentID("lead", in: document, required: true, registry: registry, file: group.defaultFile.file)
            var partners: [String] = []
            if let node = yaml.value("partners", in: frontMatter, required: false, diagnostics: &diagnostics),
               let items = yaml.list(node, name: "partners", diagnostics: &diagnostics) {
                partners = items.compactMap { item in
                    guard let id = yaml.string(item, name: "partner", diagnostics: &diagnostics) else { return nil }
                    checkDepartment(id, registry: registry, file: group.defaultFile.file, line: yaml.line(of: item))
                    return id
                }
            }
            var location = optionalText("location", in: document)
            let resolved = yaml.value("resolved", in: frontMatter, required: true, diagnostics: &diagnostics)
                .flatMap { yaml.day($0, name: "resolved", diagnostics: &diagnostics) }
            var story = LocalizedMarkdown()
            story.add(document.body, language: languages.first ?? "", origin: document.bodyOrigin)
            for (language, translationFile) in group.translations {
                guard let translation = markdownDocument(use(translationFile), allowedKeys: Self.complexIssueKeys, language: language) else { continue }
                checkSameFacts(in: translation, as: document, keys: Self.complexIssueFacts, file: group.defaultFile.file)
                title = Self.merged(title, optionalText("title", in: translation))
                location = Self.merged(location, optionalText("location", in: translation))
                story.add(translation.body, language: language, origin: translation.bodyOrigin)
            }
            guard diagnostics.diagnostics.count == errorsBefore, let title, let lead, let resolved else { return nil }
            return ComplexIssue(slug: group.name, title: title, lead: lead, partners: partners, location: location,
                                resolved: resolved, story: story)
        }
    }

    private static let complexIssueKeys = InputDeclarations.complexIssue.names
    /// What a translation may repeat but not change: the keys it does not translate.
    static let complexIssueFacts = complexIssueKeys.filter { !InputDeclarations.complexIssueTranslation.names.contains($0) }

    /// A translation may repeat the facts of the default-language file (a copied
    /// front matter), but not contradict them.
    private mutating func checkSameFacts(in translation: MarkdownDocument, as original: MarkdownDocument, keys: [String],
                                         file originalFile: String) {
        for key in keys {
            guard let node = translation.frontMatter[key], node != original.frontMatter[key] else { continue }
            diagnostics.report(file: translation.yaml.file, line: translation.yaml.line(of: node),
                               "\(key) differs from \((originalFile as NSString).lastPathComponent)",
                               hint: "give \(key) in \((originalFile as NSString).lastPathComponent) only")
        }
    }

    private mutating func departmentID(_ key: String, in document: MarkdownDocument, required: Bool,
                                       registry: DepartmentRegistry?, file: String) -> String? {
        guard let node = document.yaml.value(key, in: document.frontMatter, required: required, diagnostics: &diagnostics),
              let id = document.yaml.string(node, name: key, diagnostics: &diagnostics) else { return nil }
        checkDepartment(id, registry: registry, file: file, line: document.yaml.line(of: node))
        return id
    }

    private mutating func validateNarrative(_ period: RawPeriod) -> LocalizedMarkdown {
        var narrative = LocalizedMarkdown()
        for (index, language) in languages.enumerated() {
            let file = index == 0 ? "\(period.folder)/narrative.md" : "\(period.folder)/narrative.\(language).md"
            let read = index == 0 ? period.narrative : period.translatedNarratives.first { $0.language == language }?.text
            if let read, let text = use(read) {
                narrative.add(text, language: language, origin: MarkdownOrigin(file: raw.directory + "/" + file, firstLine: 1))
            }
        }
        return narrative
    }
}

extension FigureValue {
    /// A value of quarter.yml in the open data's JSON text: a plain number as written,
    /// null, text quoted, a list of texts as a JSON array. Nil for a map or a nested list.
    init?(yaml node: Node) {
        switch node {
        case .scalar where YAMLReader.isNull(node):
            self = .null
        case .scalar(let scalar):
            self.init(json: scalar.style == .plain && FigureValue.isJSONNumber(scalar.string)
                      ? scalar.string : JSONValue.string(scalar.string).compactText)
        case .sequence(let sequence):
            var texts: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else { return nil }
                texts.append(scalar.string)
            }
            self.init(json: JSONValue.array(texts.map(JSONValue.string)).compactText)
        default:
            return nil
        }
    }
}
