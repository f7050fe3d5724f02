import Yams

extension ContentValidator {
    /// e-reading/YYYY-MM.md, oldest first; the months are validated concurrently.
    mutating func validateEReading() -> [EReadingMonth] {
        let groups = localizedGroups(raw.eReading, folder: "e-reading")
        return concurrentCollect(groups) { validator, group in validator.validateEReadingMonth(group) }.compactMap { $0 }
    }

    private mutating func validateEReadingMonth(_ group: LocalizedFileGroup) -> EReadingMonth? {
        guard let (year, month) = ContentName.yearMonth(group.name),
              let document = markdownDocument(group.defaultFile.document, allowedKeys: InputDeclarations.eReading.names) else { return nil }
        let yaml = document.yaml, frontMatter = document.frontMatter
        let errorsBefore = diagnostics.diagnostics.count
        var title = yaml.value("title", in: frontMatter, required: true, diagnostics: &diagnostics)
            .flatMap { yaml.localizedText($0, name: "title", diagnostics: &diagnostics) }
        let officials = yaml.value("officials", in: frontMatter, required: false, diagnostics: &diagnostics)
            .map { validateOfficials($0, yaml) } ?? []
        let counts = ["hits", "opinions", "handled_within_days"].map { key in
            yaml.value(key, in: frontMatter, required: false, diagnostics: &diagnostics)
                .flatMap { yaml.nonNegativeInteger($0, name: key, diagnostics: &diagnostics) }
        }
        let feedback = yaml.value("feedback", in: frontMatter, required: false, diagnostics: &diagnostics)
            .map { validateFeedback($0, yaml) } ?? []
        var body = LocalizedMarkdown()
        body.add(document.body, language: languages.first ?? "", origin: document.bodyOrigin)
        for (language, translationFile) in group.translations {
            guard let translation = markdownDocument(use(translationFile), allowedKeys: InputDeclarations.eReadingTranslation.names, language: language) else { continue }
            title = Self.merged(title, optionalText("title", in: translation))
            body.add(translation.body, language: language, origin: translation.bodyOrigin)
        }
        guard diagnostics.diagnostics.count == errorsBefore, let title else { return nil }
        return EReadingMonth(year: year, month: month, title: title, officials: officials, hits: counts[0],
                             opinions: counts[1], handledWithinDays: counts[2], feedback: feedback, body: body)
    }

    private mutating func validateOfficials(_ node: Node, _ yaml: YAMLReader) -> [Official] {
        guard let items = yaml.list(node, name: "officials", diagnostics: &diagnostics) else { return [] }
        return items.compactMap { item in
            guard let mapping = yaml.mapping(item, name: "official", allowedKeys: InputDeclarations.eReading.names(of: "officials"), diagnostics: &diagnostics) else { return nil }
            let name = yaml.value("name", in: mapping, required: true, diagnostics: &diagnostics)
                .flatMap { yaml.localizedText($0, name: "official name", diagnostics: &diagnostics) }
            let role = yaml.value("role", in: mapping, required: true, diagnostics: &diagnostics)
                .flatMap { yaml.localizedText($0, name: "official role", diagnostics: &diagnostics) }
            guard let name, let role else { return nil }
            return Official(name: name, role: role)
        }
    }

    private mutating func validateFeedback(_ node: Node, _ yaml: YAMLReader) -> [FeedbackChannel] {
        guard case .mapping(let mapping) = node else {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "invalid feedback",
                               hint: "expected a map such as {email: ..., phone: ...}")
            return []
        }
        return mapping.compactMap { key, value in
            guard let kind = yaml.string(key, name: "feedback channel", diagnostics: &diagnostics),
                  let text = yaml.string(value, name: "feedback \(kind)", diagnostics: &diagnostics) else { return nil }
            return FeedbackChannel(kind: kind, value: text)
        }
    }

    /// pages/SLUG.md, sorted by slug; the pages are validated concurrently.
    mutating func validatePages() -> [FreePage] {
        let groups = localizedGroups(raw.pages, folder: "pages")
        return concurrentCollect(groups) { validator, group in validator.validatePage(group) }.compactMap { $0 }
    }

    private mutating func validatePage(_ group: LocalizedFileGroup) -> FreePage? {
        guard let document = markdownDocument(group.defaultFile.document, allowedKeys: InputDeclarations.page.names) else { return nil }
        var title = optionalText("title", in: document)
        var body = LocalizedMarkdown()
        body.add(document.body, language: languages.first ?? "", origin: document.bodyOrigin)
        for (language, translationFile) in group.translations {
            guard let translation = markdownDocument(use(translationFile), allowedKeys: InputDeclarations.page.names, language: language) else { continue }
            title = Self.merged(title, optionalText("title", in: translation))
            body.add(translation.body, language: language, origin: translation.bodyOrigin)
        }
        return FreePage(slug: group.name, title: title, body: body)
    }
}
