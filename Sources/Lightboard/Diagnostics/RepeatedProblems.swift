/// Collapses a problem repeated on many rows of a file (a date format wrong in
/// every row, a department misspelt the same way 2,000 times): its first
/// `shownPerProblem` rows are reported each on its line, the rest in one line
/// that counts them, so the cause is not buried under thousands of copies.
/// Rows have the same problem when their messages differ only in numbers.
struct RepeatedProblems: Sendable {
    static let shownPerProblem = 10

    private struct Repeats: Sendable {
        var shown = 0
        /// The first row beyond those shown, and how many more there are.
        var firstHidden: Diagnostic?
        var hidden = 0
        var lastHiddenLine = 0
    }

    private var repeatsByKind: [String: Repeats] = [:]
    /// Kinds in the order first seen, so the summary lines do not depend on hashing.
    private var kinds: [String] = []

    mutating func report(_ diagnostic: Diagnostic, into diagnostics: inout DiagnosticBag) {
        let kind = Self.kind(of: diagnostic.message)
        var repeats = repeatsByKind[kind] ?? { kinds.append(kind); return Repeats() }()
        if repeats.shown < Self.shownPerProblem {
            repeats.shown += 1
            diagnostics.report(diagnostic)
        } else {
            if repeats.firstHidden == nil { repeats.firstHidden = diagnostic }
            repeats.hidden += 1
            repeats.lastHiddenLine = diagnostic.line
        }
        repeatsByKind[kind] = repeats
    }

    /// Passes what a row reported after the first `count` diagnostics through `report`:
    /// for validators that report each row's problems straight into the bag.
    mutating func collapse(_ diagnostics: inout DiagnosticBag, after count: Int) {
        for diagnostic in diagnostics.removeDiagnostics(after: count) { report(diagnostic, into: &diagnostics) }
    }

    /// One line per collapsed problem, at the first row not shown.
    func flush(into diagnostics: inout DiagnosticBag) {
        for kind in kinds {
            guard let repeats = repeatsByKind[kind], var first = repeats.firstHidden else { continue }
            let rows = repeats.hidden == 1 ? "1 more row" : "\(NumberText.grouped(repeats.hidden)) more rows"
            first.message += " (and \(rows) like this, through line \(repeats.lastHiddenLine))"
            diagnostics.report(first)
        }
    }

    /// The message with every run of digits made one 0: `invalid posted_at "2024/10/1 12:05"` and
    /// `invalid posted_at "2024/9/12 09:41"` are one problem.
    static func kind(of message: String) -> String {
        var kind = String.UnicodeScalarView()
        for scalar in message.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if isDigit, kind.last == "0" { continue }
            kind.append(isDigit ? "0" : scalar)
        }
        return String(kind)
    }
}
