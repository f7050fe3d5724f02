import Foundation
import Testing
@testable import Lightboard

/// The strict template check, on the mistakes a press officer would plausibly make in a copy of Templates/.
@Suite struct TemplateCheckTests {
    /// A copy of the shipped templates with `edits` applied (`file: (old, new)`), or a file removed (`new` nil).
    func diagnostics(_ edits: [(file: String, old: String, new: String?)]) throws -> (directory: String, diagnostics: [Diagnostic]) {
        let directory = NSTemporaryDirectory() + "lightboard-check-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: RenderFixture.templatesDirectory, toPath: directory)
        for edit in edits {
            let path = directory + "/" + edit.file
            guard let new = edit.new else {
                try FileManager.default.removeItem(atPath: path)
                continue
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(edit.old), "\(edit.file) no longer holds \(edit.old)")
            try text.replacingOccurrences(of: edit.old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        }
        do {
            _ = try TemplateLibrary(directory: directory, languages: ["zh", "en"])
            return (directory, [])
        } catch {
            return (directory, error.diagnostics)
        }
    }

    @Test func shippedTemplatesPass() throws {
        _ = try TemplateLibrary(directory: RenderFixture.templatesDirectory, languages: ["zh", "en"])
    }

    @Test func mistypedValueIsNamedWithDidYouMean() throws {
        let (directory, diagnostics) = try diagnostics([("league.mustache", "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>")])
        #expect(diagnostics == [Diagnostic(file: directory + "/league.mustache", line: 2, column: 7, message: "unknown value \"titel\"",
                                           hint: "did you mean \"title\"?")])
        #expect(diagnostics.first?.description == directory + "/league.mustache:2:7: error: unknown value \"titel\"\n    hint: did you mean \"title\"?")
    }

    @Test func insideASectionNamesResolveInTheRowThenInTheEnclosingValues() throws {
        // `title` is the page's, `rank` the row's: both fine inside {{#topLeague}}; `rnak` is neither.
        let (directory, diagnostics) = try diagnostics([
            ("home.mustache", "<span class=\"position\">{{rank}}</span>", "<span class=\"position\">{{rnak}} {{title}}</span>"),
        ])
        #expect(diagnostics == [Diagnostic(file: directory + "/home.mustache", line: 18, column: 34,
                                           message: "unknown value \"rnak\" (inside {{#topLeague}})", hint: "did you mean \"rank\"?")])
    }

    @Test func aValueOfAnotherPageIsNotAValueOfThisOne() throws {
        // `departmentCount` is the league page's; the green page has none, and no close name either.
        let (directory, diagnostics) = try diagnostics([("green.mustache", "<p class=\"notes\">{{asOfNote}}</p>",
                                                         "<p class=\"notes\">{{asOfNote}} {{departmentCount}}</p>")])
        #expect(diagnostics.map(\.location) == [directory + "/green.mustache:3:33"])
        #expect(diagnostics.first?.message == "unknown value \"departmentCount\"")
        #expect(diagnostics.first?.hint?.hasPrefix("the values here are \"title\", \"links\", \"asOfNote\", \"allGreen\", \"hasGreenRates\", \"greenRatesHTML\"") == true)
    }

    @Test func dottedNameIsReadThroughItsValue() throws {
        let (directory, diagnostics) = try diagnostics([("home.mustache", "{{links.quarterName}}", "{{links.quartrName}}")])
        #expect(diagnostics == [Diagnostic(file: directory + "/home.mustache", line: 7, column: 42,
                                           message: "unknown value \"quartrName\" in \"links\"", hint: "did you mean \"quarterName\"?")])
    }

    @Test func mistypedPartialIsNamedWithDidYouMean() throws {
        let (directory, diagnostics) = try diagnostics([("green.mustache", "{{> quarter-nav}}", "{{> quarter-navi}}")])
        #expect(diagnostics == [Diagnostic(file: directory + "/green.mustache", line: 1, column: 15,
                                           message: "unknown partial \"quarter-navi\"", hint: "did you mean \"quarter-nav\"?")])
    }

    @Test func deletedPartialIsNamedWhereItIsUsed() throws {
        let (directory, diagnostics) = try diagnostics([("partials/change.mustache", "", nil)])
        // figures includes it twice: the change against the previous period and against a year earlier.
        #expect(diagnostics == [(6, 161), (7, 78)].map { line, column in Diagnostic(
            file: directory + "/partials/figures.mustache", line: line, column: column, message: "unknown partial \"change\"",
            hint: "there is no partials/change.mustache; the partials are \"department-link\", \"department-period-row\", \"figures\", \"green-rate-row\", \"issue-card\", "
                + "\"league-row\", \"markdown\", \"quarter-nav\", \"red-post\", \"red-posts\", \"site-nav\", \"text\"") })
    }

    @Test func mistypedInterfaceStringIsNamedWithDidYouMean() throws {
        let (directory, diagnostics) = try diagnostics([("league.mustache", "{{t.league_caption}}", "{{t.league_captoin}}")])
        #expect(diagnostics == [Diagnostic(file: directory + "/league.mustache", line: 8, column: 34,
                                           message: "unknown interface string \"t.league_captoin\"", hint: "did you mean \"t.league_caption\"?")])
    }

    @Test func interfaceStringOfOneLanguageOnlyIsMissingFromTheOther() throws {
        let (directory, diagnostics) = try diagnostics([
            ("league.mustache", "{{t.league_caption}}", "{{t.league_caption_short}}"),
            ("strings/en.yml", "\nleague_caption:", "\nleague_caption_short: League\nleague_caption:"),
        ])
        #expect(diagnostics == [Diagnostic(file: directory + "/league.mustache", line: 8, column: 34,
                                           message: "interface string \"t.league_caption_short\" is missing from strings/zh.yml",
                                           hint: "add `league_caption_short: …` to strings/zh.yml")])
    }

    @Test func placeholderRenamedInTheStringsIsNamedWithWhatTheProgramFills() throws {
        let (directory, diagnostics) = try diagnostics([("strings/en.yml", "\"Status as of {date}\"", "\"Status as of {datum}\"")])
        #expect(diagnostics == [Diagnostic(file: directory + "/strings/en.yml", line: 11, column: 27,
                                           message: "placeholder {datum} in `as_of_note` is not filled by the program",
                                           hint: "the program fills {date} in `as_of_note`")])
    }

    @Test func placeholderCloseToAFilledOneGetsDidYouMean() throws {
        let (directory, diagnostics) = try diagnostics([("strings/zh.yml", "第{rank}名", "第{rnak}名")])
        #expect(diagnostics.map(\.description) == [directory + "/strings/zh.yml:10:12: error: placeholder {rnak} in `rank_of` is not filled "
                                                       + "by the program\n    hint: did you mean {rank}?"])
    }

    @Test func braceInAStringTheProgramDoesNotFormatIsNamed() throws {
        let (directory, diagnostics) = try diagnostics([("strings/en.yml", "league_caption: Department league",
                                                         "league_caption: Department league of {quarter}")])
        #expect(diagnostics.map(\.location) == [directory + "/strings/en.yml:111:38"])
        #expect(diagnostics.first?.hint == "the program fills no placeholder in `league_caption`: write the text without braces")
    }

    @Test func everyMistakeIsReportedAtOnceInFileOrder() throws {
        let (directory, diagnostics) = try diagnostics([
            ("league.mustache", "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>"),
            ("green.mustache", "{{> quarter-nav}}", "{{> quarter-navi}}"),
            ("partials/change.mustache", "", nil),
            ("strings/en.yml", "\"Status as of {date}\"", "\"Status as of {datum}\""),
        ])
        #expect(diagnostics.map(\.location) == [
            directory + "/strings/en.yml:11:27", directory + "/green.mustache:1:15", directory + "/league.mustache:2:7",
            directory + "/partials/figures.mustache:6:161", directory + "/partials/figures.mustache:7:78",
        ])
    }

    @Test func aPartialIsCheckedInEveryPlaceItIsIncluded() throws {
        // quarter-nav is included inside {{#links}} on five pages: one mistake, one error.
        let (directory, diagnostics) = try diagnostics([("partials/quarter-nav.mustache", "{{quarterName}}", "{{quarterNmae}}")])
        #expect(diagnostics == [Diagnostic(file: directory + "/partials/quarter-nav.mustache", line: 1, column: 135,
                                           message: "unknown value \"quarterNmae\"", hint: "did you mean \"quarterName\"?")])
    }

    @Test func aPartialNoPageIncludesStillHasItsStringsAndPartialsChecked() throws {
        let (directory, diagnostics) = try diagnostics([
            ("partials/markdown.mustache", "{{{html}}}", "{{{html}}}"),  // untouched; a new unused partial below
        ])
        #expect(diagnostics.isEmpty)
        try "{{anything}} {{t.no_such_key}} {{> no-such-partial}}\n".write(toFile: directory + "/partials/unused.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: ContentErrors.self) { try TemplateLibrary(directory: directory, languages: ["zh", "en"]) }
        #expect(error?.diagnostics.map(\.message) == ["unknown interface string \"t.no_such_key\"", "unknown partial \"no-such-partial\""])
    }

    @Test func sectionsOverFlagsListsOfTextsAndTransformsResolveAsMustacheDoes() throws {
        let (_, diagnostics) = try diagnostics([("department.mustache", "<h1>{{#title}}{{> text}}{{/title}}</h1>",
            "<h1>{{#title}}{{> text}}{{/title}}{{uppercased(indexHref)}}{{#chart}}{{.}}{{indexHref}}{{/chart}}{{^issues}}{{indexHref}}{{/issues}}</h1>")])
        #expect(diagnostics.isEmpty)
    }

    @Test func tagsAreReadWithTheLineAndColumnOfTheirName() {
        let tags = TemplateTag.tags(in: "a {{ name }}\n{{! a comment\nover lines }}{{{html}}}{{#rows}}{{&x}}{{/rows}}{{>  text}}")
        #expect(tags == [
            TemplateTag(kind: .variable, name: "name", line: 1, column: 6),
            TemplateTag(kind: .comment, name: "a comment\nover lines", line: 2, column: 5),
            TemplateTag(kind: .unescaped, name: "html", line: 3, column: 17),
            TemplateTag(kind: .section, name: "rows", line: 3, column: 27),
            TemplateTag(kind: .unescaped, name: "x", line: 3, column: 36),
            TemplateTag(kind: .close, name: "rows", line: 3, column: 42),
            TemplateTag(kind: .partial, name: "text", line: 3, column: 53),
        ])
    }
}
