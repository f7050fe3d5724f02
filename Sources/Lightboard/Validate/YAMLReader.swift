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

/// Reads typed values from parsed YAML (`YAMLParser`), reporting every problem
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
