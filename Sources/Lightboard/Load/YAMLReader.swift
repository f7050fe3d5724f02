import Yams

/// A YAML mapping with string keys, in file order.
struct YAMLMapping {
    /// Line of the mapping itself, where a missing key is reported.
    let line: Int
    let entries: [(key: String, value: Node)]

    subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }
}

/// Parses YAML text and reads typed values from it, reporting every problem
/// at the physical line of the offending node.
struct YAMLReader {
    let file: String
    /// Lines of the file before the YAML text (the opening `---` of front matter).
    let lineOffset: Int
    /// site.yml languages, default first; empty while unknown (any language is then accepted).
    let languages: [String]

    init(file: String, lineOffset: Int = 0, languages: [String]) {
        self.file = file
        self.lineOffset = lineOffset
        self.languages = languages
    }

    /// The document's root, an empty mapping for an empty document, or nil after a syntax error.
    func parse(_ text: String, diagnostics: inout DiagnosticBag) -> Node? {
        do {
            // The encoding is given: its default reads the whole process environment
            // on every call (~400,000 instructions, more than parsing a front matter).
            return try Yams.compose(yaml: text, .default, .default, .utf8) ?? Node.mapping(Node.Mapping([]))
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let key = duplicates.first ?? ""
            diagnostics.report(file: file, line: Self.secondOccurrenceLine(of: key, firstAt: context.mark, in: text) + lineOffset,
                               "duplicate key \"\(key)\"", hint: "first given on line \(context.mark.line + lineOffset)")
        } catch let error as YamlError {
            let (mark, problem) = Self.describe(error)
            if let mark, Self.character(at: mark, in: text) == "\t" {
                // libyaml's "found character that cannot start any token" does not say it is a tab.
                diagnostics.report(file: file, line: mark.line + lineOffset, column: mark.column,
                                   "invalid YAML: a tab; YAML does not allow tabs for indentation",
                                   hint: "indent with spaces (editors can turn tabs into spaces)")
            } else {
                diagnostics.report(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column,
                                   "invalid YAML: \(problem)")
            }
        } catch {
            diagnostics.report(file: file, line: 1 + lineOffset, "invalid YAML: the file cannot be parsed")
        }
        return nil
    }

    /// The character at a 1-based line and column, if there is one.
    static func character(at mark: Mark, in text: String) -> Character? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return nil }
        let line = lines[mark.line - 1]
        return line.count >= mark.column ? line[line.index(line.startIndex, offsetBy: mark.column - 1)] : nil
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return (mark, [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "))
        case let .reader(problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "the file cannot be parsed")
        }
    }

    /// The line of a duplicated key's second occurrence (Yams marks the first, at `first`, 1-based):
    /// later on the same line (a flow map) or on a later line of the same block mapping.
    static func secondOccurrenceLine(of key: String, firstAt first: Mark, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return first.line }
        let startsWithKey = { (text: Substring) in
            text.hasPrefix(key) && text.dropFirst(key.count).drop { $0 == " " }.hasPrefix(":")
        }
        let sameLine = lines[first.line - 1].dropFirst(first.column - 1 + key.count)
        if sameLine.indices.contains(where: { startsWithKey(sameLine[$0...]) }) { return first.line }
        let indentation = first.column - 1
        for index in first.line..<lines.count {
            let line = lines[index]
            let leadingSpaces = line.prefix { $0 == " " }.count
            let content = line.dropFirst(leadingSpaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if leadingSpaces < indentation { break }  // the mapping has ended
            if leadingSpaces == indentation, startsWithKey(content) { return index + 1 }
        }
        return first.line
    }

    func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

    // MARK: - Structure

    /// The node as a mapping; reports a non-mapping and keys outside `allowedKeys`.
    func mapping(_ node: Node, name: String, allowedKeys: [String], diagnostics: inout DiagnosticBag) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            diagnostics.report(file: file, line: line(of: node), "invalid \(name)", hint: "expected a map of keys to values")
            return nil
        }
        var entries: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard allowedKeys.contains(key) else {
                diagnostics.report(file: file, line: line(of: keyNode), "unknown key \"\(key)\" in \(name)",
                                   hint: Suggestion.didYouMean(key, among: allowedKeys))
                continue
            }
            entries.append((key, value))
        }
        return YAMLMapping(line: mapping.mark.map { $0.line + lineOffset } ?? 1, entries: entries)
    }

    /// The value of `key`, reporting it when required and absent (or null).
    func value(_ key: String, in mapping: YAMLMapping, required: Bool, diagnostics: inout DiagnosticBag) -> Node? {
        if let node = mapping[key], !Self.isNull(node) { return node }
        if required { diagnostics.report(file: file, line: mapping.line, "missing \(key)") }
        return nil
    }

    func list(_ node: Node, name: String, diagnostics: inout DiagnosticBag) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            diagnostics.report(file: file, line: line(of: node), "invalid \(name)", hint: "expected a list, e.g. [a, b]")
            return nil
        }
        return Array(sequence)
    }

    // MARK: - Scalars

    func string(_ node: Node, name: String, diagnostics: inout DiagnosticBag) -> String? {
        guard let text = node.scalar?.string, !text.isEmpty else {
            diagnostics.report(file: file, line: line(of: node), "invalid \(name)", hint: "expected text")
            return nil
        }
        return text
    }

    func nonNegativeInteger(_ node: Node, name: String, diagnostics: inout DiagnosticBag) -> Int? {
        let text = node.scalar?.string ?? ""
        guard !text.isEmpty, text.utf8.count <= 18, let value = Day.digits(ArraySlice(text.utf8)) else {
            report(node, name, expected: "a whole number of 0 or more", &diagnostics)
            return nil
        }
        return value
    }

    func decimal(_ node: Node, name: String, diagnostics: inout DiagnosticBag) -> Fraction? {
        guard let text = node.scalar?.string, let value = Fraction(decimal: text) else {
            report(node, name, expected: "a decimal number such as 1.5", &diagnostics)
            return nil
        }
        return value
    }

    func bool(_ node: Node, name: String, diagnostics: inout DiagnosticBag) -> Bool? {
        switch node.scalar?.string.lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(node, name, expected: "true or false", &diagnostics)
            return nil
        }
    }

    func day(_ node: Node, name: String, diagnostics: inout DiagnosticBag) -> Day? {
        guard let text = node.scalar?.string, let day = Day(iso: text) else {
            report(node, name, expected: "a date YYYY-MM-DD", &diagnostics)
            return nil
        }
        return day
    }

    /// A plain string (default language) or a map `{zh: ..., en: ...}` of site languages.
    func localizedText(_ node: Node, name: String, diagnostics: inout DiagnosticBag) -> LocalizedText? {
        if let scalar = node.scalar, !scalar.string.isEmpty {
            return LocalizedText(scalar.string, language: languages.first ?? "")
        }
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            diagnostics.report(file: file, line: line(of: node), "invalid \(name)",
                               hint: "expected text or a map of languages to text, e.g. {zh: ..., en: ...}")
            return nil
        }
        var texts: [String: String] = [:]
        var valid = true
        for (keyNode, value) in mapping {
            let language = keyNode.scalar?.string ?? ""
            if !languages.isEmpty, !languages.contains(language) {
                diagnostics.report(file: file, line: line(of: keyNode), "unknown language \"\(language)\" in \(name)",
                                   hint: "site.yml languages are \(languages.joined(separator: ", "))")
                valid = false
            } else if let text = value.scalar?.string, !text.isEmpty {
                texts[language] = text
            } else {
                diagnostics.report(file: file, line: line(of: value), "invalid \(name) in \(language)", hint: "expected text")
                valid = false
            }
        }
        return valid ? LocalizedText(texts) : nil
    }

    // MARK: - Helpers

    private func report(_ node: Node, _ name: String, expected: String, _ diagnostics: inout DiagnosticBag) {
        if let text = node.scalar?.string {
            diagnostics.report(file: file, line: line(of: node), "invalid \(name) \"\(text)\"", hint: "expected \(expected)")
        } else {
            diagnostics.report(file: file, line: line(of: node), "invalid \(name)", hint: "expected \(expected)")
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
