import Yams

/// Parses YAML text into Yams nodes (which keep their lines), reporting a syntax
/// error at its physical line; what the nodes mean is Validate's (`YAMLReader`).
enum YAMLParser {
    /// The document's root, an empty mapping for an empty document, or nil after a syntax error.
    /// `lineOffset`: lines of the file before the YAML text (the opening `---` of front matter).
    static func parse(_ text: String, file: String, lineOffset: Int = 0, diagnostics: inout DiagnosticBag) -> Node? {
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
}
