import Yams

extension ContentLoader {
    /// e-reading/YYYY-MM.md, oldest first; the months are loaded concurrently.
    mutating func loadEReading() -> [EReadingMonth] {
        let groups = localizedMarkdownFiles(in: "e-reading", isValidName: { Self.yearMonth($0) != nil },
                                            nameHint: "name the file after its month, e.g. 2024-07.md")
        return concurrentLoad(groups) { loader, group in loader.loadEReadingMonth(group) }.compactMap { $0 }
    }

    private mutating func loadEReadingMonth(_ group: LocalizedFileGroup) -> EReadingMonth? {
        guard let (year, month) = Self.yearMonth(group.name),
              let document = markdownDocument(group.defaultFile, allowedKeys: InputDeclarations.eReading.names) else { return nil }
        let yaml = document.yaml, frontMatter = document.frontMatter
        let errorsBefore = diagnostics.diagnostics.count
        var title = yaml.value("title", in: frontMatter, required: true, diagnostics: &diagnostics)
            .flatMap { yaml.localizedText($0, name: "title", diagnostics: &diagnostics) }
        let officials = yaml.value("officials", in: frontMatter, required: false, diagnostics: &diagnostics)
            .map { loadOfficials($0, yaml) } ?? []
        let counts = ["hits", "opinions", "handled_within_days"].map { key in
            yaml.value(key, in: frontMatter, required: false, diagnostics: &diagnostics)
                .flatMap { yaml.nonNegativeInteger($0, name: key, diagnostics: &diagnostics) }
        }
        let feedback = yaml.value("feedback", in: frontMatter, required: false, diagnostics: &diagnostics)
            .map { loadFeedback($0, yaml) } ?? []
        var body = LocalizedMarkdown()
        body.add(document.body, language: languages.first ?? "", origin: document.bodyOrigin)
        for (language, file) in group.translations {
            guard let translation = markdownDocument(file, allowedKeys: InputDeclarations.eReadingTranslation.names, language: language) else { continue }
            title = Self.merged(title, optionalText("title", in: translation))
            body.add(translation.body, language: language, origin: translation.bodyOrigin)
        }
        guard diagnostics.diagnostics.count == errorsBefore, let title else { return nil }
        return EReadingMonth(year: year, month: month, title: title, officials: officials, hits: counts[0],
                             opinions: counts[1], handledWithinDays: counts[2], feedback: feedback, body: body)
    }

    /// `YYYY-MM` with a valid month.
    static func yearMonth(_ name: String) -> (year: Int, month: Int)? {
        let bytes = Array(name.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = Day.digits(bytes[0..<4]), let month = Day.digits(bytes[5..<7]), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }

    private mutating func loadOfficials(_ node: Node, _ yaml: YAMLReader) -> [Official] {
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

    private mutating func loadFeedback(_ node: Node, _ yaml: YAMLReader) -> [FeedbackChannel] {
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

    /// pages/SLUG.md, sorted by slug; the pages are loaded concurrently.
    mutating func loadPages() -> [FreePage] {
        let groups = localizedMarkdownFiles(in: "pages", isValidName: Self.isIdentifier, nameHint: Self.identifierHint)
        return concurrentLoad(groups) { loader, group in loader.loadPage(group) }.compactMap { $0 }
    }

    private mutating func loadPage(_ group: LocalizedFileGroup) -> FreePage? {
        guard let document = markdownDocument(group.defaultFile, allowedKeys: InputDeclarations.page.names) else { return nil }
        var title = optionalText("title", in: document)
        var body = LocalizedMarkdown()
        body.add(document.body, language: languages.first ?? "", origin: document.bodyOrigin)
        for (language, file) in group.translations {
            guard let translation = markdownDocument(file, allowedKeys: InputDeclarations.page.names, language: language) else { continue }
            title = Self.merged(title, optionalText("title", in: translation))
            body.add(translation.body, language: language, origin: translation.bodyOrigin)
        }
        return FreePage(slug: group.name, title: title, body: body)
    }
}
