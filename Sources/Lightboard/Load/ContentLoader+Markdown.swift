import Yams

/// `NAME.md` and its translations `NAME.LANG.md` in one folder.
struct LocalizedFileGroup {
    var name: String
    /// Relative path of `NAME.md`.
    var defaultFile: String
    /// Relative paths of `NAME.LANG.md`, by language.
    var translations: [(language: String, file: String)]
}

/// A Markdown file's front matter, ready to read, and its body.
struct MarkdownDocument {
    var frontMatter: YAMLMapping
    var yaml: YAMLReader
    var body: String
    /// The body's file and the file line it starts on.
    var bodyOrigin: MarkdownOrigin
}

extension ContentLoader {
    /// Groups the `.md` files of `folder` by name, reporting malformed names,
    /// unknown languages and translations without a default-language file.
    mutating func localizedMarkdownFiles(in folder: String, isValidName: (String) -> Bool, nameHint: String) -> [LocalizedFileGroup] {
        var defaultFiles: [String: String] = [:]
        var translations: [String: [(language: String, file: String)]] = [:]
        for entry in entries(of: folder) {
            let file = "\(folder)/\(entry)"
            let parts = entry.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard (2...3).contains(parts.count), parts.last == "md" else {
                diagnostics.report(file: path(file), line: 1, "unexpected file \"\(entry)\"", hint: "expected NAME.md or NAME.LANG.md")
                continue
            }
            guard isValidName(parts[0]) else {
                diagnostics.report(file: path(file), line: 1, "invalid name \"\(parts[0])\"", hint: nameHint)
                continue
            }
            if parts.count == 2 {
                defaultFiles[parts[0]] = file
            } else if let language = checkedTranslationLanguage(parts[1], file: file, defaultName: "\(parts[0]).md") {
                translations[parts[0], default: []].append((language, file))
            }
        }
        for (name, files) in translations where defaultFiles[name] == nil {
            for (_, file) in files {
                diagnostics.report(file: path(file), line: 1, "translation without \"\(name).md\"",
                                   hint: "add \(folder)/\(name).md in the default language")
            }
        }
        return defaultFiles.keys.sorted().map { name in
            LocalizedFileGroup(name: name, defaultFile: defaultFiles[name]!, translations: translations[name] ?? [])
        }
    }

    /// The LANG of a `NAME.LANG.md` file if it is one of the site's other languages.
    mutating func checkedTranslationLanguage(_ language: String, file: String, defaultName: String) -> String? {
        guard !languages.isEmpty else { return language }
        if language == languages[0] {
            diagnostics.report(file: path(file), line: 1, "\"\(language)\" is the default language",
                               hint: "write the default-language text in \(defaultName)")
            return nil
        }
        guard languages.contains(language) else {
            diagnostics.report(file: path(file), line: 1, "unknown language \"\(language)\" in file name",
                               hint: "site.yml languages are \(languages.joined(separator: ", "))")
            return nil
        }
        return language
    }

    /// Reads a Markdown file with optional front matter limited to `allowedKeys`.
    /// In a translation, a plain-string text value is in the translation's `language`.
    mutating func markdownDocument(_ file: String, allowedKeys: [String], language: String? = nil) -> MarkdownDocument? {
        guard let text = text(file, required: true),
              let split = FrontMatter.split(text, file: path(file), diagnostics: &diagnostics) else { return nil }
        let textLanguages = language.map { [$0] + languages.filter { $0 != language } } ?? languages
        let yaml = YAMLReader(file: path(file), lineOffset: split.yamlLineOffset, languages: textLanguages)
        let origin = MarkdownOrigin(file: path(file), firstLine: split.bodyLine)
        guard let yamlText = split.yaml else {
            return MarkdownDocument(frontMatter: YAMLMapping(line: 1, entries: []), yaml: yaml, body: split.body, bodyOrigin: origin)
        }
        guard let root = yaml.parse(yamlText, diagnostics: &diagnostics),
              let mapping = yaml.mapping(root, name: "front matter", allowedKeys: allowedKeys, diagnostics: &diagnostics)
        else { return nil }
        // A missing key is reported at the opening `---`.
        return MarkdownDocument(frontMatter: YAMLMapping(line: 1, entries: mapping.entries), yaml: yaml, body: split.body,
                                bodyOrigin: origin)
    }

    /// An optional text value of a front matter.
    mutating func optionalText(_ key: String, in document: MarkdownDocument) -> LocalizedText? {
        document.yaml.value(key, in: document.frontMatter, required: false, diagnostics: &diagnostics)
            .flatMap { document.yaml.localizedText($0, name: key, diagnostics: &diagnostics) }
    }

    /// Adds the texts of a translation to those of the default-language file.
    static func merged(_ base: LocalizedText?, _ translation: LocalizedText?) -> LocalizedText? {
        guard let translation else { return base }
        guard let base else { return translation }
        return LocalizedText(base.texts.merging(translation.texts) { _, translated in translated })
    }
}
