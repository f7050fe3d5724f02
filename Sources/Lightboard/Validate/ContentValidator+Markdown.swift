import Yams

/// `NAME.md` and its translations `NAME.LANG.md` in the site's other languages.
struct LocalizedFileGroup {
    var name: String
    /// `NAME.md` as diagnostics name it, and its document (nil when Load could not read it).
    var defaultFile: (file: String, document: RawMarkdown?)
    /// `NAME.LANG.md` by language, to be taken with `use`.
    var translations: [(language: String, document: DeferredRead<RawMarkdown>)]
}

/// A Markdown file's front matter, ready to read, and its body.
struct MarkdownDocument {
    var frontMatter: YAMLMapping
    var yaml: YAMLReader
    var body: String
    /// The body's file and the file line it starts on.
    var bodyOrigin: MarkdownOrigin
}

extension ContentValidator {
    /// The groups of a folder that have a `NAME.md`, reporting translations in a
    /// language the site does not have and translations without a default-language file.
    mutating func localizedGroups(_ groups: [RawMarkdownGroup], folder: String) -> [LocalizedFileGroup] {
        groups.compactMap { group in
            let translations = group.translations.compactMap { translation -> (language: String, file: String, document: DeferredRead<RawMarkdown>)? in
                checkedTranslationLanguage(translation.language, file: translation.file, defaultName: "\(group.name).md")
                    .map { ($0, translation.file, translation.document) }
            }
            guard let defaultFile = group.defaultFile else {
                for translation in translations {
                    diagnostics.report(file: translation.file, line: 1, "translation without \"\(group.name).md\"",
                                       hint: "add \(folder)/\(group.name).md in the default language")
                }
                return nil
            }
            return LocalizedFileGroup(name: group.name, defaultFile: defaultFile,
                                      translations: translations.map { ($0.language, $0.document) })
        }
    }

    /// The contents of a file used only if site.yml says so, its reading problems reported now.
    mutating func use<Value>(_ read: DeferredRead<Value>) -> Value? {
        diagnostics.merge(read.readingProblems)
        return read.value
    }

    /// The LANG of a `NAME.LANG.md` file (`file` as diagnostics name it) if it is one of the site's other languages.
    mutating func checkedTranslationLanguage(_ language: String, file: String, defaultName: String) -> String? {
        guard !languages.isEmpty else { return language }
        if language == languages[0] {
            diagnostics.report(file: file, line: 1, "\"\(language)\" is the default language",
                               hint: "write the default-language text in \(defaultName)")
            return nil
        }
        guard languages.contains(language) else {
            diagnostics.report(file: file, line: 1, "unknown language \"\(language)\" in file name",
                               hint: "site.yml languages are \(languages.joined(separator: ", "))")
            return nil
        }
        return language
    }

    /// A Markdown file Load read, its front matter limited to `allowedKeys`.
    /// In a translation, a plain-string text value is in the translation's `language`.
    mutating func markdownDocument(_ raw: RawMarkdown?, allowedKeys: [String], language: String? = nil) -> MarkdownDocument? {
        guard let raw else { return nil }
        let textLanguages = language.map { [$0] + languages.filter { $0 != language } } ?? languages
        guard let frontMatter = raw.frontMatter else {
            let yaml = YAMLReader(file: raw.file, lineOffset: 1, languages: textLanguages)
            return MarkdownDocument(frontMatter: YAMLMapping(line: 1, entries: []), yaml: yaml, body: raw.body, bodyOrigin: raw.bodyOrigin)
        }
        let yaml = YAMLReader(file: raw.file, lineOffset: frontMatter.lineOffset, languages: textLanguages)
        guard let mapping = yaml.mapping(frontMatter.root, name: "front matter", allowedKeys: allowedKeys, diagnostics: &diagnostics)
        else { return nil }
        // A missing key is reported at the opening `---`.
        return MarkdownDocument(frontMatter: YAMLMapping(line: 1, entries: mapping.entries), yaml: yaml, body: raw.body,
                                bodyOrigin: raw.bodyOrigin)
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
