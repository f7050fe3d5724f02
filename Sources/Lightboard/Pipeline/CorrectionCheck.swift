import Foundation

/// Corrections are never silent (docs/archiving.md §6). A build compares each period's
/// figures with those the output folder already publishes; when they differ, quarter.yml
/// (month.yml) must carry a correction dated after the last publication that records
/// every changed figure, old and new. The log lives in quarter.yml, so a build into an
/// empty folder (a clean clone, check-reproducible.sh) publishes the same log.
/// Only with `corrections_required: true` in site.yml is a change without its correction an error:
/// a v1 content folder (corrections `{date, text}`) is rebuilt after an edit with a warning.
/// A `changes:` list that is written is checked in both modes (the key is Lightboard's, not v1's).
enum CorrectionCheck {
    /// Every problem of every period; `current` gives the open data just rendered, by path.
    /// Periods in `unpublished` are drafts (`--unpublished`): their figures may still change without a correction.
    static func diagnostics(site: ComputedSite, current: (String) -> String?, outputDirectory: String,
                            unpublished: Set<PeriodID> = []) -> [Diagnostic] {
        var diagnostics = DiagnosticBag()
        let previousText = { (path: String) in try? String(contentsOfFile: outputDirectory + "/" + path, encoding: .utf8) }
        for (content, period) in zip(site.content.periods, site.periods) {
            let rankings = period.rankings.map(\.definition.id)
            let sources = PublishedFigures.sources(of: period.id, rankings: rankings).map(\.path)
            let previousTexts = Dictionary(uniqueKeysWithValues: sources.map { ($0, previousText($0)) })
            // Most rebuilds publish the same bytes, and a first build has nothing to compare with:
            // nothing to parse then (3 s of a large rebuild, 4% of a medium first build otherwise).
            let isUnchanged = sources.allSatisfy { previousTexts[$0]! == current($0) }
            let isFirstPublication = previousTexts.values.allSatisfy { $0 == nil }
            let hasRecordedChanges = content.info.corrections.contains { !$0.changes.isEmpty }
            if (isUnchanged || isFirstPublication) && !hasRecordedChanges { continue }
            let figures = PublishedFigures(period: period.id, rankings: rankings, text: current)
            let previous = PublishedFigures(period: period.id, rankings: rankings, text: { previousTexts[$0] ?? nil })
            // On a first publication there is nothing to compare with.
            let changes = isUnchanged || previous.values.isEmpty || unpublished.contains(period.id) ? [] : figures.changes(since: previous)
            if changes.isEmpty {
                checkRecordedValues(content, figures: figures, into: &diagnostics)
                continue
            }
            let previousLog = previousText(OpenDataRenderer.correctionsPath(period.id)).map(loggedDates) ?? []
            let lastPublication = ([previous.publishedDay].compactMap { $0 } + previousLog).max() ?? period.info.published
            checkCorrection(of: changes, in: content, lastPublication: lastPublication, previousLog: previousLog,
                            outputDirectory: outputDirectory, isRequired: site.content.config.correctionsRequired,
                            into: &diagnostics)
        }
        return diagnostics.diagnostics
    }

    /// The figures changed since the last publication need a correction after it that records exactly them.
    private static func checkCorrection(of changes: [FigureChange], in content: PeriodContent, lastPublication: Day,
                                        previousLog: [Day], outputDirectory: String, isRequired: Bool,
                                        into diagnostics: inout DiagnosticBag) {
        let period = content.info.id, file = content.infoPath
        let infoFile = period.kind.infoFile
        let newCorrections = content.info.corrections.filter { $0.date > lastPublication }
        guard let newest = newCorrections.first else {
            // A correction the previous build did not publish, dated too early.
            var logged = previousLog
            for correction in content.info.corrections.reversed() {
                if let index = logged.firstIndex(of: correction.date) { logged.remove(at: index); continue }
                diagnostics.report(Diagnostic(
                    file: file, line: correction.line,
                    message: "correction dated \(correction.date) is not after the last publication of \(period) on \(lastPublication)",
                    hint: "\(summary(changes)) changed since then; date the correction the day the corrected figures are published",
                    isWarning: !isRequired))
                return
            }
            diagnostics.report(Diagnostic(
                file: file, line: 1, message: "the published figures of \(period) changed without a correction: \(summary(changes))",
                hint: "if the change is meant, add to \(infoFile) a correction dated after \(lastPublication)"
                    + " (its last publication in \(outputDirectory)/) that records them:\n" + yamlBlock(changes)
                    + "\n    otherwise restore the input the figures were published from;"
                    + " if \(period) is not published yet, build with --unpublished \(period)",
                isWarning: !isRequired))
            return
        }
        var recorded: [String: FigureChange] = [:]
        for change in newCorrections.flatMap(\.changes) where recorded[change.figure] == nil { recorded[change.figure] = change }
        let expected = Dictionary(uniqueKeysWithValues: changes.map { ($0.figure, $0) })
        let missing = changes.filter { recorded[$0.figure] == nil }
        let wrong = changes.compactMap { change in
            recorded[change.figure].flatMap { $0.old != change.old || $0.new != change.new ? $0 : nil }
        }
        let unchanged = recorded.keys.filter { expected[$0] == nil }.sorted()
        guard !missing.isEmpty || !wrong.isEmpty || !unchanged.isEmpty else { return }
        var problems: [String] = []
        if !missing.isEmpty { problems.append("\(summary(missing)) changed but \(missing.count == 1 ? "is" : "are") not recorded") }
        if !wrong.isEmpty {
            problems.append("\(summary(wrong)) \(wrong.count == 1 ? "is" : "are") recorded, but the change is "
                + listed(wrong.map { "\(expected[$0.figure]!.old) -> \(expected[$0.figure]!.new)" }))
        }
        if !unchanged.isEmpty {
            problems.append("\(listed(unchanged)) did not change (as the output folder publishes \(unchanged.count == 1 ? "it" : "them"))")
        }
        // A `{date, text}` correction records no figures: only a written `changes:` list can be wrong.
        let writesChanges = !recorded.isEmpty
        diagnostics.report(Diagnostic(
            file: file, line: newest.line,
            message: "correction dated \(newest.date) does not record the figures that changed: \(problems.joined(separator: "; "))",
            hint: "give it exactly these changes:\n" + yamlBlock(changes, changesOnly: true),
            isWarning: !isRequired && !writesChanges))
    }

    /// Without any previous publication to compare with, the newest value a correction gives a figure must still be
    /// the figure this build publishes (a typo in a figure's name or value is found in a clean build too).
    private static func checkRecordedValues(_ content: PeriodContent, figures: PublishedFigures, into diagnostics: inout DiagnosticBag) {
        var seen = Set<String>()
        for correction in content.info.corrections {  // newest first
            for change in correction.changes where seen.insert(change.figure).inserted {
                let published = figures.values[change.figure] ?? .null
                guard published != change.new else { continue }
                diagnostics.report(file: content.infoPath, line: change.line,
                                   "correction dated \(correction.date) gives \(change.figure) as \(change.new), but \(content.info.id) publishes \(published)",
                                   hint: figures.values[change.figure] == nil
                                       ? "\(content.info.id) publishes no figure \(change.figure); names are as in docs/archiving.md §6, e.g. assessment.replied"
                                       : "record the new value as the open data publishes it")
            }
        }
    }

    /// `a 1 -> 2, b 3 -> 4 and 5 more`.
    private static func summary(_ changes: [FigureChange]) -> String {
        let shown = changes.prefix(3).map { "\($0.figure) \($0.old) -> \($0.new)" }.joined(separator: ", ")
        return changes.count > 3 ? "\(shown) and \(changes.count - 3) more" : shown
    }

    private static func listed(_ figures: [String]) -> String {
        figures.count > 3 ? figures.prefix(3).joined(separator: ", ") + " and \(figures.count - 3) more" : figures.joined(separator: ", ")
    }

    /// The YAML to paste into quarter.yml, indented under the hint.
    private static func yamlBlock(_ changes: [FigureChange], changesOnly: Bool = false) -> String {
        var lines = changesOnly ? ["changes:"] : ["corrections:", "  - date: YYYY-MM-DD", "    text: {zh: ..., en: ...}", "    changes:"]
        let indent = changesOnly ? "  " : "      "
        lines += changes.map { "\(indent)- {figure: \($0.figure), old: \($0.old), new: \($0.new)}" }
        return lines.map { "      " + $0 }.joined(separator: "\n")
    }

    /// The dates of a previous build's corrections.json.
    private static func loggedDates(_ text: String) -> [Day] {
        guard case .object(let members)? = JSONValue(parsing: text),
              case .array(let entries)? = members.first(where: { $0.key == "corrections" })?.value else { return [] }
        return entries.compactMap { entry in
            guard case .object(let fields) = entry, case .string(let date)? = fields.first(where: { $0.key == "date" })?.value else { return nil }
            return Day(iso: date)
        }
    }
}

extension PublishedFigures {
    /// `published` of the summary.json these figures were read from.
    var publishedDay: Day? {
        guard let value = values["published"], case .string(let text)? = JSONValue(parsing: value.json) else { return nil }
        return Day(iso: text)
    }
}
