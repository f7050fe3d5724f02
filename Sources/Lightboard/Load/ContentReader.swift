import Foundation

/// The Load stage: reads the files the content folder's layout names (site.yml,
/// departments.csv|xlsx, calendar/, quarters/*/ and months/*/, e-reading/, pages/)
/// into a `RawContent`, reporting only what keeps a file from being read: a
/// folder or file named outside the layout, a required file missing, both
/// `X.csv` and `X.xlsx`, text that is not UTF-8, YAML or front matter syntax,
/// CSV syntax, a workbook's structure. What the files say is Validate's.
struct ContentReader: DiagnosticCollecting {
    /// The content folder as the user named it, without a trailing slash;
    /// also the prefix of every path in diagnostics.
    let directory: String
    var diagnostics = DiagnosticBag()

    init(directory: String) {
        var directory = directory
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        self.directory = directory
    }

    /// Reads `contentDirectory`; nil (reported) when there is no such folder.
    static func read(contentDirectory: String) -> (content: RawContent?, diagnostics: DiagnosticBag) {
        var reader = ContentReader(directory: contentDirectory)
        guard reader.directoryExists("") else {
            // One cause, not every file it holds reported missing.
            reader.diagnostics.report(file: reader.directory, line: 0, "no such content folder",
                                      hint: "run lightboard in the project folder, or name the folder with --content DIR")
            return (nil, reader.diagnostics)
        }
        let site = reader.yamlFile("site.yml")
        let departments = reader.departments()
        let calendar = reader.calendar()
        let periods = reader.periods()
        let eReading = reader.markdownFolder("e-reading", isValidName: { ContentName.yearMonth($0) != nil },
                                             nameHint: "name the file after its month, e.g. 2024-07.md")
        let pages = reader.markdownFolder("pages", isValidName: ContentName.isIdentifier, nameHint: ContentName.identifierHint)
        let content = RawContent(directory: reader.directory, site: site, departments: departments, calendar: calendar,
                                 periods: periods, eReading: eReading, pages: pages)
        return (content, reader.diagnostics)
    }

    // MARK: - The layout

    /// departments.csv or departments.xlsx, required.
    private mutating func departments() -> RawTable? {
        guard let file = tableFile("departments") else {
            diagnostics.report(file: path("departments.csv"), line: 1, "missing required file")
            return nil
        }
        return table(file, dateColumns: ["joined"])
    }

    /// calendar/YYYY.yml files.
    private mutating func calendar() -> [(year: Int, file: RawYAML?)] {
        entries(of: "calendar").compactMap { name in
            let file = "calendar/\(name)"
            guard name.count == 8, name.hasSuffix(".yml"), let year = Day.digits(ArraySlice(name.utf8.prefix(4))) else {
                diagnostics.report(file: path(file), line: 1, "invalid calendar file name \"\(name)\"",
                                   hint: "name it after its year, e.g. calendar/2024.yml")
                return nil
            }
            return (year, yamlFile(file))
        }
    }

    /// quarters/YYYY-QN and months/YYYY-MM folders, read concurrently.
    private mutating func periods() -> [RawPeriod] {
        let folders = PeriodKind.allCases.flatMap { kind in entries(of: kind.folder).map { (kind, $0) } }
        return concurrentCollect(folders) { reader, folder in reader.period(folderName: folder.1, kind: folder.0) }.compactMap { $0 }
    }

    private static func periodFiles(_ kind: PeriodKind) -> [String] {
        [kind.infoFile, "posts.csv", "posts.xlsx", "adjustments.csv", "adjustments.xlsx", "complex-issues", "narrative.md"]
    }

    private mutating func period(folderName name: String, kind: PeriodKind) -> RawPeriod? {
        let folder = "\(kind.folder)/\(name)"
        guard directoryExists(folder), let id = PeriodID(folderName: name, kind: kind) else {
            diagnostics.report(file: path(folder), line: 1, "invalid \(kind.summaryKey) folder name \"\(name)\"",
                               hint: "name it \(kind.folderPattern)")
            return nil
        }
        let periodFiles = Self.periodFiles(kind)
        var translatedNarratives: [(language: String, file: String, text: DeferredRead<String>)] = []
        for entry in entries(of: folder) where !periodFiles.contains(entry) {
            let parts = entry.split(separator: ".").map(String.init)
            if parts.count == 3, parts[0] == "narrative", parts[2] == "md" {
                let file = "\(folder)/\(entry)"
                translatedNarratives.append((parts[1], path(file), deferred { $0.text(file) }))
            } else {
                diagnostics.report(file: path("\(folder)/\(entry)"), line: 1, "unexpected file \"\(entry)\"",
                                   hint: Suggestion.didYouMean(entry, among: periodFiles)
                                       ?? "a \(kind.summaryKey) folder holds \(periodFiles.joined(separator: ", ")) and narrative.LANG.md")
            }
        }
        let info = yamlFile("\(folder)/\(kind.infoFile)")
        let postsFile = tableFile("\(folder)/posts") ?? "\(folder)/posts.csv"
        if !fileExists(postsFile) {
            diagnostics.report(file: path(postsFile), line: 1, "missing required file")
        }
        let adjustments = tableFile("\(folder)/adjustments").flatMap { table($0, dateColumns: ["date"]) }
        let complexIssues = directoryExists("\(folder)/complex-issues")
            ? markdownFolder("\(folder)/complex-issues", isValidName: ContentName.isIdentifier, nameHint: ContentName.identifierHint) : []
        let narrative = fileExists("\(folder)/narrative.md") ? deferred { $0.text("\(folder)/narrative.md") } : nil
        return RawPeriod(id: id, folder: folder, info: info, infoPath: path("\(folder)/\(kind.infoFile)"), postsPath: path(postsFile),
                         adjustments: adjustments, complexIssues: complexIssues, narrative: narrative,
                         translatedNarratives: translatedNarratives)
    }

    /// The `.md` files of `folder` grouped by name, each read (the groups concurrently);
    /// reports names outside `NAME.md` / `NAME.LANG.md` and malformed NAMEs.
    private mutating func markdownFolder(_ folder: String, isValidName: (String) -> Bool, nameHint: String) -> [RawMarkdownGroup] {
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
            } else {
                translations[parts[0], default: []].append((parts[1], file))
            }
        }
        let names = Set(defaultFiles.keys).union(translations.keys).sorted()
        return concurrentCollect(names) { [defaultFiles, translations] reader, name in
            RawMarkdownGroup(name: name, defaultFile: defaultFiles[name].map { (reader.path($0), reader.markdown($0)) },
                             translations: (translations[name] ?? []).map { translation in
                                 (translation.language, reader.path(translation.file), reader.deferred { $0.markdown(translation.file) })
                             })
        }
    }

    // MARK: - Files

    /// Path of a file of the content folder, as used both to open it and in diagnostics.
    func path(_ relativePath: String) -> String { relativePath.isEmpty ? directory : directory + "/" + relativePath }

    private func fileExists(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relativePath), isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    private func directoryExists(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relativePath), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Names in a folder, sorted, hidden files (`.DS_Store`, `.git`) left out.
    private func entries(of relativePath: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(relativePath))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The text of a file that is there, nil (reported) when unusable.
    private mutating func text(_ relativePath: String) -> String? {
        TextFile.read(path: path(relativePath), displayPath: path(relativePath), diagnostics: &diagnostics)
    }

    /// A required YAML file parsed; nil when missing (reported) or unusable.
    private mutating func yamlFile(_ relativePath: String) -> RawYAML? {
        guard fileExists(relativePath) else {
            diagnostics.report(file: path(relativePath), line: 1, "missing required file")
            return nil
        }
        guard let text = text(relativePath),
              let root = YAMLParser.parse(text, file: path(relativePath), diagnostics: &diagnostics) else { return nil }
        return RawYAML(file: path(relativePath), lineOffset: 0, root: root)
    }

    /// A Markdown file split at its front matter, which is parsed; nil when unusable.
    private mutating func markdown(_ relativePath: String) -> RawMarkdown? {
        let file = path(relativePath)
        guard let text = text(relativePath), let split = FrontMatter.split(text, file: file, diagnostics: &diagnostics) else { return nil }
        var frontMatter: RawYAML?
        if let yaml = split.yaml {
            guard let root = YAMLParser.parse(yaml, file: file, lineOffset: split.yamlLineOffset, diagnostics: &diagnostics) else { return nil }
            frontMatter = RawYAML(file: file, lineOffset: split.yamlLineOffset, root: root)
        }
        return RawMarkdown(file: file, frontMatter: frontMatter, body: split.body,
                           bodyOrigin: MarkdownOrigin(file: file, firstLine: split.bodyLine))
    }

    /// `BASE.csv` or `BASE.xlsx` (a relative path without the extension), nil when there is neither.
    /// Both at once is an error: which one holds the table would be a guess.
    private mutating func tableFile(_ base: String) -> String? {
        let csv = base + ".csv", xlsx = base + ".xlsx"
        switch (fileExists(csv), fileExists(xlsx)) {
        case (true, true):
            diagnostics.report(file: path(xlsx), line: 0, "both \((csv as NSString).lastPathComponent) and \((xlsx as NSString).lastPathComponent)",
                               hint: "keep one of the two: they hold the same table")
            return csv
        case (true, false): return csv
        case (false, true): return xlsx
        case (false, false): return nil
        }
    }

    /// What `read` gives, with its reading problems kept beside it instead of reported.
    private mutating func deferred<Value>(_ read: (inout ContentReader) -> Value?) -> DeferredRead<Value> {
        var reader = self
        reader.diagnostics = DiagnosticBag()
        return DeferredRead(value: read(&reader), readingProblems: reader.diagnostics)
    }

    /// A small table file read whole, nil (reported) when it cannot be opened.
    private mutating func table(_ relativePath: String, dateColumns: Set<String>) -> RawTable? {
        do {
            var records = try TableRecords(path: path(relativePath), displayPath: path(relativePath), dateColumns: dateColumns)
            return records.readAll()
        } catch {
            diagnostics.report(error)
            return nil
        }
    }
}
