/// The strict template check: before anything is rendered, every `{{name}}` of
/// every template is looked up in the view model the page renders it with, as
/// swift-mustache would look it up (inside `{{#rows}}` first in a row, then in
/// the enclosing values), every `{{> partial}}` in the partials, and every
/// `{{t.key}}` in each language's strings. Mustache itself prints nothing for a
/// name it cannot find; here it is an error with a "did you mean".
struct TemplateCheck {
    /// A template or partial file: its name in the library, its path for diagnostics and its text as written.
    struct Source {
        var name: String
        var file: String
        var text: String
    }

    /// The keys of one language's `strings/LANG.yml`.
    struct Strings {
        var language: String
        var keys: Set<String>
    }

    /// What a name is looked up in: a view model, a text (no names), or anything (below an unknown name, so
    /// one mistake is reported once).
    enum Scope {
        case model(any TemplateFields.Type)
        case text
        case anything

        var fieldNames: [String] {
            if case .model(let type) = self { type.templateFields.map(\.name) } else { [] }
        }

        func kind(of name: String) -> TemplateValueKind?? {
            switch self {
            case .model(let type):
                guard let field = type.templateFields.first(where: { $0.name == name }) else { return nil }
                return .some(field.kind)
            case .text: return nil
            case .anything: return .some(nil)  // found, kind unknown
            }
        }

        var identity: String {
            switch self {
            case .model(let type): "\(ObjectIdentifier(type))"
            case .text: "text"
            case .anything: "anything"
            }
        }
    }

    private let sources: [String: (source: Source, tags: [TemplateTag])]
    private let strings: [Strings]
    private var diagnostics: [Diagnostic] = []
    private var reported: Set<String> = []
    private var visited: Set<String> = []

    /// Checks each root template with its view model, then every file no root reached (names unchecked there).
    static func check(_ sources: [Source], roots: [(name: String, model: any TemplateFields.Type)], strings: [Strings]) -> [Diagnostic] {
        var check = TemplateCheck(sources: sources, strings: strings)
        for root in roots where check.sources[root.name] != nil {
            check.walk(root.name, stack: [.model(root.model)], depth: 0)
        }
        for source in sources where !check.visited.contains(where: { $0.hasPrefix(source.name + " ") }) {
            check.walk(source.name, stack: [.anything], depth: 0)
        }
        return check.diagnostics.sorted { ($0.file, $0.line, $0.column ?? 0) < ($1.file, $1.line, $1.column ?? 0) }
    }

    private init(sources: [Source], strings: [Strings]) {
        self.sources = Dictionary(sources.map { ($0.name, ($0, TemplateTag.tags(in: $0.text))) }, uniquingKeysWith: { first, _ in first })
        self.strings = strings
    }

    /// A template or partial rendered with `stack` (innermost last); each file is walked once per stack.
    private mutating func walk(_ name: String, stack: [Scope], depth: Int) {
        guard let (source, tags) = sources[name], depth < 16,
              visited.insert(name + " " + stack.map(\.identity).joined(separator: "/")).inserted else { return }
        walk(tags[...], in: source.file, stack: stack, sections: [], depth: depth)
    }

    private mutating func walk(_ tags: ArraySlice<TemplateTag>, in file: String, stack: [Scope], sections: [String], depth: Int) {
        var index = tags.startIndex
        while index < tags.endIndex {
            let tag = tags[index]
            index += 1
            switch tag.kind {
            case .variable, .unescaped:
                _ = resolve(tag, in: file, stack: stack, sections: sections)
            case .section, .invertedSection, .block, .parent:
                let end = closingIndex(of: index, in: tags)
                var inner = stack
                if tag.kind == .parent {
                    checkPartial(tag, in: file, stack: stack, depth: depth)
                } else if tag.kind != .block, let kind = resolve(tag, in: file, stack: stack, sections: sections) {
                    // A section over a value enters it; over a flag, or inverted, it does not.
                    if tag.kind == .section, let scope = Self.scope(entering: kind) { inner.append(scope) }
                }
                let opening = tag.kind == .invertedSection ? "{{^" : tag.kind == .block ? "{{$" : tag.kind == .parent ? "{{<" : "{{#"
                walk(tags[index..<end], in: file, stack: inner, sections: sections + [opening + tag.name + "}}"], depth: depth)
                index = min(end + 1, tags.endIndex)
            case .partial:
                checkPartial(tag, in: file, stack: stack, depth: depth)
            case .close, .comment, .pragma, .setDelimiter:
                break
            }
        }
    }

    /// The index of the `{{/…}}` that closes the section opened just before `start` (the parser checked the nesting).
    private func closingIndex(of start: Int, in tags: ArraySlice<TemplateTag>) -> Int {
        var depth = 0
        for index in start..<tags.endIndex {
            switch tags[index].kind {
            case .section, .invertedSection, .block, .parent: depth += 1
            case .close:
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
        }
        return tags.endIndex
    }

    /// `nil` when the kind is unknown (below an unknown name): then anything goes.
    private static func scope(entering kind: TemplateValueKind?) -> Scope? {
        switch kind {
        case nil: .anything
        case .model(let type): .model(type)
        case .text: .text
        case .flag: nil
        case .list(let element): scope(entering: element)
        }
    }

    private mutating func checkPartial(_ tag: TemplateTag, in file: String, stack: [Scope], depth: Int) {
        guard !tag.name.hasPrefix("*") else { return }  // dynamic names are not supported (docs/templates.md)
        if sources[tag.name] != nil {
            walk(tag.name, stack: stack, depth: depth + 1)
            return
        }
        let partials = sources.values.map(\.source).filter { $0.file.contains("/partials/") }.map(\.name).sorted()
        report(tag, in: file, "unknown partial \"\(tag.name)\"",
               hint: Suggestion.didYouMean(tag.name, among: partials)
                   ?? "there is no partials/\(tag.name).mustache; the partials are \(Suggestion.quoted(partials))")
    }

    /// The kind of value `tag.name` finds, `.some(nil)` when found with an unknown kind, `nil` when not found (reported).
    private mutating func resolve(_ tag: TemplateTag, in file: String, stack: [Scope], sections: [String]) -> TemplateValueKind?? {
        var name = Substring(tag.name)
        // A transform, `uppercased(name)`, looks up the name inside it.
        while name.hasSuffix(")"), let open = name.firstIndex(of: "(") {
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        if name.isEmpty || name == "." { return .some(nil) }
        let searchesStack = !name.hasPrefix(".")
        let parts = name.split(separator: ".").map(String.init)
        let searched = searchesStack ? Array(stack.reversed()) : [stack.last!]
        // `t` is the root's interface strings, unless a view model has a value of that name.
        if searchesStack, parts[0] == "t", parts.count == 2, !stack.contains(where: { $0.fieldNames.contains("t") }) {
            checkString(parts[1], tag, in: file)
            return .some(.text)
        }
        guard var kind = searched.lazy.compactMap({ $0.kind(of: parts[0]) }).first else {
            var candidates: [String] = []
            for scope in searched { candidates += scope.fieldNames.filter { !candidates.contains($0) } }
            let place = sections.last.map { " (inside \($0))" } ?? ""
            report(tag, in: file, "unknown value \"\(parts[0])\"\(place)",
                   hint: Suggestion.didYouMean(parts[0], among: candidates)
                       ?? "the values here are \(Suggestion.quoted(candidates)) (docs/templates.md lists each page's values)")
            return nil
        }
        for (position, part) in parts.enumerated().dropFirst() {
            guard case .model(let type)? = kind else {
                if case .none = kind { return .some(nil) }
                report(tag, in: file, "\"\(parts[..<position].joined(separator: "."))\" has no values: \"\(part)\" cannot be read from it")
                return nil
            }
            guard let field = type.templateFields.first(where: { $0.name == part }) else {
                let names = type.templateFields.map(\.name)
                report(tag, in: file, "unknown value \"\(part)\" in \"\(parts[..<position].joined(separator: "."))\"",
                       hint: Suggestion.didYouMean(part, among: names) ?? "it has \(Suggestion.quoted(names))")
                return nil
            }
            kind = field.kind
        }
        return .some(kind)
    }

    private mutating func checkString(_ key: String, _ tag: TemplateTag, in file: String) {
        // A key of the first language's file missing from another is already reported on that file.
        guard let reference = strings.first, !reference.keys.contains(key) else { return }
        let missing = strings.filter { !$0.keys.contains(key) }
        let files = missing.map { "strings/\($0.language).yml" }
        if missing.count < strings.count {
            report(tag, in: file, "interface string \"t.\(key)\" is missing from \(files.joined(separator: " and "))",
                   hint: "add `\(key): …` to \(files.joined(separator: " and "))")
        } else {
            let keys = reference.keys.sorted()
            report(tag, in: file, "unknown interface string \"t.\(key)\"",
                   hint: Suggestion.closest(to: key, among: keys).map { "did you mean \"t.\($0)\"?" }
                       ?? "add `\(key): …` to \(files.joined(separator: " and "))")
        }
    }

    private mutating func report(_ tag: TemplateTag, in file: String, _ message: String, hint: String? = nil) {
        guard reported.insert("\(file):\(tag.line):\(tag.column): \(message)").inserted else { return }
        diagnostics.append(Diagnostic(file: file, line: tag.line, column: tag.column, message: message, hint: hint))
    }
}
