/// One problem found in the content, reported like a compiler error:
/// `FILE:LINE[:COLUMN]: error: MESSAGE` and, where one helps, a hint.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Path of the offending file as the user named it (content folder + relative path).
    public var file: String
    /// Physical line (1-based) where the offending record starts; 0 for a
    /// problem with the whole file or folder (`nope: error: no such content folder`).
    public var line: Int
    public var column: Int?
    public var message: String
    public var hint: String?
    /// A warning does not stop the build: `FILE:LINE: warning: MESSAGE`.
    public var isWarning = false
    /// In a workbook, the cell in place of the line: `Sheet1!C5` (`line` is then its row, for sorting).
    public var cell: String?

    public init(file: String, line: Int, column: Int? = nil, message: String, hint: String? = nil, isWarning: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.isWarning = isWarning
    }

    /// The first line, `FILE:LINE[:COLUMN]: error: MESSAGE`, or `FILE: error: MESSAGE` without a line.
    public var location: String {
        if let cell { return "\(file):\(cell)" }
        guard line > 0 else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }

    /// The error line, followed by an indented hint line when there is one.
    public var description: String {
        // A quoted value may hold a line break; the error stays on one line.
        var text = "\(location): \(isWarning ? "warning" : "error"): \(message.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n"))"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// Collects every diagnostic of a run so the user sees all problems at once.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Whether anything reported stops the build (a warning does not).
    public var hasErrors: Bool { diagnostics.contains { !$0.isWarning } }

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func report(file: String, line: Int, column: Int? = nil, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message, hint: hint))
    }

    /// Takes out the diagnostics reported after the first `count`.
    mutating func removeDiagnostics(after count: Int) -> ArraySlice<Diagnostic> {
        defer { diagnostics.removeSubrange(count...) }
        return diagnostics[count...]
    }

    public mutating func merge(_ other: DiagnosticBag) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// Diagnostics in a stable order: by file, then line, then message.
    public var sorted: [Diagnostic] {
        diagnostics.sorted { ($0.file, $0.line, $0.column ?? 0, $0.message) < ($1.file, $1.line, $1.column ?? 0, $1.message) }
    }
}

/// Thrown by the pipeline when the content has errors; nothing has been written.
public struct ContentErrors: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
