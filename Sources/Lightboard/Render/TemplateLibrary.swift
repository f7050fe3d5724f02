import Foundation
import Mustache

/// The Templates folder: Mustache page templates and partials, interface
/// strings per language, and static assets. The press office restyles the
/// site by editing these files; every problem is reported as a diagnostic
/// naming the file, line and column.
struct TemplateLibrary: Sendable {
    /// One template per page type, plus the html shell `layout`, with the view model it is rendered with.
    static var pageModels: KeyValuePairs<String, any TemplateFields.Type> {
        ["layout": LayoutModel.self, "home": HomePage.self, "archive": ArchivePage.self, "quarter": PeriodReportPage.self,
         "league": LeaguePage.self, "green": GreenPage.self, "red": RedPage.self, "complex": ComplexPage.self,
         "complex-issue": ComplexIssuePage.self, "ranking": RankingPage.self, "adjustments": AdjustmentsPage.self, "departments": DepartmentsPage.self, "department": DepartmentPage.self,
         "e-reading": EReadingPage.self, "e-reading-month": EReadingMonthPage.self, "methodology": MethodologyPage.self,
         "page": FreePageModel.self, "not-found": NotFoundPage.self,
         "search": SearchPage.self, "latest": LatestPage.self]
    }
    static var pageTemplates: [String] { pageModels.map(\.key) }
    /// Every template the program renders itself, with its view model: what the strict check starts from.
    static var roots: [(name: String, model: any TemplateFields.Type)] {
        pageModels.map { ($0.key, $0.value) } + RenderedPartials.models
    }
    /// Copied to the same path in the output when present; `style.css` is required.
    static let requiredAssets = ["assets/style.css"]

    /// swift-mustache escapes `{{name}}` one `Character` at a time through a
    /// dictionary (13% of the sample build's instructions, callgrind). Every
    /// template and partial starts with this line, a standalone pragma that
    /// renders nothing, so that its `{{name}}` go through `HTMLText.escape` on
    /// UTF-8 bytes instead: the same five replacements. (Each template needs it:
    /// swift-mustache resets the content type when it enters a partial.)
    static let escapingPragma = "{{%CONTENT_TYPE: \(ByteEscapedHTML.name)}}\n"

    /// The templates of each language, its interface strings written in (`UIStrings.inlined(into:)`).
    let mustache: [String: MustacheLibrary]
    /// Each language's interface strings; a language without `strings/LANG.yml` has the default language's.
    let strings: [String: UIStrings]
    let assets: [RenderedFile]

    /// `directory` is used as given in diagnostics (`Templates/league.mustache:3:4: error: …`).
    init(directory: String, languages: [String]) throws(ContentErrors) {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        var diagnostics: [Diagnostic] = []
        var templates: [(name: String, file: String, source: String)] = []  // the source with the pragma line
        ByteEscapedHTML.register()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            // One cause, not every template, string file and style sheet reported missing.
            throw ContentErrors(diagnostics: [Diagnostic(
                file: directory, line: 0, message: "no such templates folder",
                hint: "name the folder with --templates DIR, or leave --templates out to use Lightboard's own")])
        }

        func displayPath(_ relative: String) -> String {
            directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
        }
        func load(_ relative: String, as name: String) {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else {
                diagnostics.append(Diagnostic(file: displayPath(relative), line: 1, message: "missing template file",
                                              hint: "every page type needs its template in the Templates folder"))
                return
            }
            templates.append((name, displayPath(relative), Self.escapingPragma + String(decoding: data, as: UTF8.self)))
        }

        for name in Self.pageTemplates {
            load(name + ".mustache", as: name)
        }
        let partialFiles = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("partials").path)) ?? []
        for file in partialFiles.sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            if Self.pageTemplates.contains(name) {
                diagnostics.append(Diagnostic(file: displayPath("partials/" + file), line: 1,
                                              message: "partial \"\(name)\" has the name of a page template", hint: "rename the partial"))
            } else {
                load("partials/" + file, as: name)
            }
        }

        var strings: [String: UIStrings] = [:]
        // Contract §2: a missing translation falls back to the default language, marked with its lang.
        let withoutStrings = Self.languagesWithoutStrings(directory: directory, languages: languages)
        for language in languages where !withoutStrings.contains(language) {
            let relative = "strings/\(language).yml"
            do {
                strings[language] = try UIStrings.load(language: language, path: displayPath(relative),
                                                      fileURL: root.appendingPathComponent(relative))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if let reference = languages.first.flatMap({ strings[$0] }) {
            for language in languages.dropFirst() {
                guard let other = strings[language] else {
                    if withoutStrings.contains(language) { strings[language] = reference }
                    continue
                }
                for key in reference.values.keys.sorted() where other.values[key] == nil {
                    diagnostics.append(Diagnostic(file: displayPath("strings/\(language).yml"), line: 1,
                                                  message: "missing string `\(key)` (present in strings/\(reference.language).yml)"))
                }
            }
        }

        var assets: [RenderedFile] = []
        let assetFiles = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("assets").path)) ?? []
        for file in assetFiles.sorted() where !file.hasPrefix(".") {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent("assets/" + file).path) {
                assets.append(RenderedFile(path: "assets/" + file, bytes: Array(data)))
            }
        }
        for required in Self.requiredAssets where !assets.contains(where: { $0.path == required }) {
            diagnostics.append(Diagnostic(file: displayPath(required), line: 1, message: "missing stylesheet"))
        }

        // swift-mustache parses a Character at a time (~2 M instructions a template):
        // each language's copy is parsed on every core. A template that does not
        // parse is parsed once more as written, for the error and its position.
        let copies = languages.flatMap { language in templates.map { (language: language, name: $0.name, file: $0.file, source: $0.source) } }
        let loadedStrings = strings
        var parsed = copies.concurrentMap { copy in
            try? MustacheTemplate(string: loadedStrings[copy.language]?.inlined(into: copy.source) ?? copy.source)
        }
        for (index, copy) in copies.enumerated() where parsed[index] == nil {
            do {
                parsed[index] = try MustacheTemplate(string: copy.source)
            } catch let error as MustacheTemplate.ParserError {
                guard copy.language == languages.first else { continue }  // reported once, not per language
                // The pragma line is ours: the file's line N is line N + 1 of the source.
                diagnostics.append(Diagnostic(file: copy.file, line: max(1, error.context.lineNumber - 1),
                                              column: error.context.columnNumber, message: Self.describe(error.error)))
            } catch {
                guard copy.language == languages.first else { continue }
                diagnostics.append(Diagnostic(file: copy.file, line: 1, message: "cannot parse template: \(error)"))
            }
        }

        // Every name, partial and interface string of the templates that parsed (a file that did not is
        // known by its name only).
        let unparsed = Set(copies.indices.filter { parsed[$0] == nil }.map { copies[$0].file })
        let sources = templates.map { template in
            TemplateCheck.Source(name: template.name, file: template.file,
                                 text: unparsed.contains(template.file) ? "" : String(template.source.dropFirst(Self.escapingPragma.count)))
        }
        diagnostics += TemplateCheck.check(sources, roots: Self.roots, strings: languages.compactMap { language in
            strings[language].map { TemplateCheck.Strings(language: language, keys: Set($0.values.keys)) }
        })

        guard diagnostics.isEmpty else { throw ContentErrors(diagnostics: diagnostics) }
        var libraries = Dictionary(uniqueKeysWithValues: languages.map { ($0, MustacheLibrary()) })
        for (copy, template) in zip(copies, parsed) {
            if let template { libraries[copy.language]!.register(template, named: copy.name) }
        }
        mustache = libraries
        self.strings = strings
        self.assets = assets
    }

    /// The languages after the default one that have no `strings/LANG.yml`.
    static func languagesWithoutStrings(directory: String, languages: [String]) -> [String] {
        languages.dropFirst().filter { !FileManager.default.fileExists(atPath: stringsPath(directory, $0)) }
    }

    /// One warning per language whose interface strings fall back to the default language's; cheap
    /// (it only looks for the files), so a build with nothing to do prints them too.
    public static func warnings(directory: String, languages: [String]) -> [Diagnostic] {
        languagesWithoutStrings(directory: directory, languages: languages).map { language in
            Diagnostic(file: stringsPath(directory, language), line: 1,
                       message: "no interface strings for language \"\(language)\": its pages use those of \"\(languages[0])\"",
                       hint: "copy strings/\(languages[0]).yml to strings/\(language).yml and translate it", isWarning: true)
        }
    }

    private static func stringsPath(_ directory: String, _ language: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + "strings/\(language).yml"
    }

    /// Paths of the optional scripts among the assets, e.g. `assets/table-sort.js`.
    var scripts: [String] { assets.map(\.path).filter { $0.hasSuffix(".js") } }

    /// Renders `template` with `model`; `{{t.KEY}}` reads the interface strings.
    func render(_ template: String, _ model: any TemplateFields, strings: UIStrings) -> String {
        assert(Self.roots.contains { $0.name == template && $0.model == type(of: model) },
               "\(template) is rendered with \(type(of: model)): declare it in TemplateLibrary.roots, which the strict check reads")
        return render(template, parent: model, strings: strings)
    }

    /// Renders `template` with any look-up tree in place of a view model (`MarkedTemplate`'s marked copies).
    func render(_ template: String, parent: any MustacheParent, strings: UIStrings) -> String {
        mustache[strings.language]!.render(TemplateContext(strings: strings.values, model: parent), withTemplate: template) ?? ""
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "section closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "unfinished tag name"
        case MustacheTemplate.Error.expectedSectionEnd: "section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        case MustacheTemplate.Error.transformAppliedToInheritanceSection: "transform applied to an inheritance section"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection: "illegal tag inside an inheritance section"
        case MustacheTemplate.Error.textInsideInheritSection: "text inside an inheritance section"
        case MustacheTemplate.Error.invalidConfigVariableSyntax: "invalid pragma syntax"
        case MustacheTemplate.Error.unrecognisedConfigVariable: "unknown pragma"
        default: "tag is not closed"
        }
    }
}

/// HTML escaping for `{{name}}` in templates (see `TemplateLibrary.escapingPragma`).
struct ByteEscapedHTML: MustacheContentType {
    static let name = "LIGHTBOARD_HTML"
    private static let registration: Void = MustacheContentTypes.register(ByteEscapedHTML(), named: name)

    /// Registers the content type once, before the first template is parsed.
    static func register() { registration }

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}

/// The root object of every template: the view model, plus `t` for the strings.
private struct TemplateContext: MustacheParent {
    let strings: [String: String]
    let model: any MustacheParent

    func child(named name: String) -> Any? {
        name == "t" ? strings : model.child(named: name)
    }
}

