import ArgumentParser
import Foundation
import Lightboard

@main
struct LightboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lightboard",
        abstract: "Build the online-response ratings site from the press office's CSV, YAML and Markdown.",
        discussion: """
            Typical use, from the project folder:
              lightboard check            find every mistake in Content/ (writes nothing)
              lightboard check --output Site    ... and compare with the site built there, as build does
              lightboard check --templates Templates
                                          ... and in the templates, against the content's languages
              lightboard build            build Content/ into Site/ with the templates in Templates/
              lightboard serve            preview the site in a browser; it reloads when you save a file
              lightboard new quarter 2024-Q4    start a new quarter's folder in Content/quarters/
              lightboard verify Site      check a copy of the site against its manifest.sha256
              lightboard export --bagit 2024-Q3 bag    package a period as a BagIt bag

            Errors are printed as FILE:LINE: error: MESSAGE, with a hint where one helps.
            When there is any error, nothing is written and Site/ stays exactly as it was.
            """,
        version: LightboardVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Verify.self, Export.self]
    )
}

struct ContentOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder: site.yml, departments.csv, calendar/, quarters/, ...", valueName: "DIR"))
    var content = "Content"
}

/// `--base-url`, checked as site.yml's base_url is.
struct BaseURLOption: ParsableArguments {
    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "Build for another address than site.yml's base_url (a staging copy); absolute, ending with /.", valueName: "URL"))
    var baseURL: String?

    var choice: BaseURLChoice { baseURL.map { .replaced($0) } ?? .siteFile }

    func validate() throws {
        if let baseURL, let (message, hint) = SiteConfig.problem(withBaseURL: baseURL) {
            throw ValidationError("--base-url: \(message); \(hint)")
        }
    }
}

/// `--unpublished PERIOD`: a draft period, whose figures may change without a correction (docs/archiving.md §6).
struct UnpublishedOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A period not published yet (2024-Q3, 2019-05; repeatable): its figures may differ from the output folder's without a correction.",
        valueName: "PERIOD"))
    var unpublished: [String] = []

    var periods: Set<PeriodID> { Set(unpublished.compactMap { PeriodID($0) }) }

    func validate() throws {
        if let bad = unpublished.first(where: { PeriodID($0) == nil }) {
            throw ValidationError("--unpublished: '\(bad)' is not a period: write a quarter as 2024-Q3 or a month as 2019-05.")
        }
    }
}

struct TemplatesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The templates, UI strings and style sheet. (default: Templates, or else the Templates folder of this Lightboard)",
        valueName: "DIR"))
    var templates: String?

    var directory: String { templates ?? defaultTemplates() }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, then build the site into the output folder.",
        discussion: """
            Files in the output folder that Lightboard did not write (.git, CNAME, ...) are never touched.
            Files whose bytes did not change are not rewritten; pages no longer produced are removed.
            """
    )

    @OptionGroup var content: ContentOption
    @OptionGroup var templates: TemplatesOption

    @Option(name: .long, help: ArgumentHelp("Where the site is written.", valueName: "DIR"))
    var output = "Site"

    @OptionGroup var baseURL: BaseURLOption

    @OptionGroup var unpublished: UnpublishedOption

    @Flag(name: .long, help: "Print only errors.")
    var quiet = false

    @Flag(name: .long, help: "Also print each stage's duration (as --timings) and every file written or removed.")
    var verbose = false

    @Flag(name: .long, help: "Print each stage's duration and the pages rendered and kept to standard error (the output is the same).")
    var timings = false

    func validate() throws {
        if quiet && (verbose || timings) { throw ValidationError("--quiet cannot go with --verbose or --timings") }
    }

    func run() throws {
        let started = Date()
        // A progress line only on a terminal, and only once the build has taken a second.
        let progressLine: ProgressLine? = quiet ? nil : ProgressLine()
        defer { progressLine?.finish() }
        do {
            let summary = try SiteBuilder.build(
                contentDirectory: content.content, templatesDirectory: templates.directory, outputDirectory: output,
                baseURL: baseURL.choice, unpublished: unpublished.periods, progress: progressLine?.report)
            progressLine?.finish()
            for warning in summary.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            if !quiet {
                print("Built \(periods(quarters: summary.quarters, months: summary.months)), \(counted(summary.posts, "post")) into \(output)/: "
                    + "\(counted(summary.write.written.count, "file")) written, \(summary.write.unchanged) unchanged, "
                    + "\(summary.write.removed.count) removed (\(seconds) s).")
            }
            if timings || verbose { FileHandle.standardError.write(Data(timingReport(summary).utf8)) }
            if verbose {
                let files = summary.write.written.map { "written \($0)\n" } + summary.write.removed.map { "removed \($0)\n" }
                FileHandle.standardError.write(Data(files.joined().utf8))
            }
        } catch let errors as ContentErrors {
            progressLine?.finish()
            throw report(errors, nothingWrittenTo: output)
        } catch let errors as FileErrors {
            throw report(errors.errors, nothingWrittenTo: output)
        } catch let error as WriteError {
            progressLine?.finish()
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// One `timing STAGE SECONDS` line per stage, then the page counts: easy to read and to parse (bench/run.sh).
func timingReport(_ summary: BuildSummary) -> String {
    let timings = summary.timings
    let stages = [("cache", timings.cache), ("load", timings.load), ("compute", timings.compute),
                  ("render", timings.render), ("write", timings.write), ("compare", timings.compare)]
    return stages.map { name, duration in
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return "timing \(name) \(String(format: "%.3f", seconds))\n"
    }.joined() + "pages rendered \(summary.pagesRendered)\npages kept \(summary.pagesKept)\n"
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content (and, with --templates, the templates) and report every error; write nothing.",
        discussion: """
            With --templates, every {{name}} of every template must be a value of its page, every {{> partial}} \
            a file in partials/, every {{t.key}} a string of each language, and every {placeholder} in the strings \
            one the program fills. `lightboard build` checks the same before it renders anything.
            """
    )

    @OptionGroup var content: ContentOption

    @Option(name: .long, help: ArgumentHelp(
        "Also check this templates folder, once the content passes (its languages come from site.yml).", valueName: "DIR"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp(
        "Also compare with the site built here, as `lightboard build --output DIR` does: changed figures without their correction "
            + "are named (an error with corrections_required: true in site.yml), and so is a page that would disappear.", valueName: "DIR"))
    var output: String?

    @OptionGroup var unpublished: UnpublishedOption

    func run() throws {
        do {
            let site = try templates.map { try SiteBuilder.check(contentDirectory: content.content, templatesDirectory: $0) }
                ?? SiteBuilder.compute(contentDirectory: content.content)
            for warning in site.warnings { FileHandle.standardError.write(Data((warning.description + "\n").utf8)) }
            // Only when asked: `check --content examples/x` is not about the sample built in Site/.
            if let output {
                for warning in try SiteBuilder.checkOutput(site, outputDirectory: output, unpublished: unpublished.periods) {
                    FileHandle.standardError.write(Data((warning + "\n").utf8))
                }
            }
            if let templates {
                for warning in SiteBuilder.templateWarnings(templatesDirectory: templates, languages: site.content.config.languages) {
                    FileHandle.standardError.write(Data((warning + "\n").utf8))
                }
            }
            print("\(content.content)/ is valid: \(periods(quarters: site.quarters.count, months: site.months.count)), \(counted(site.postCount, "post")), "
                + "\(counted(site.content.registry.departments.count, "department"))"
                + (templates.map { "; \($0)/ is valid." } ?? "."))
        } catch let errors as ContentErrors {
            throw report(errors, nothingWrittenTo: nil)
        }
    }
}

/// "2 quarters", "1 month", "2 quarters and 1 month" (quarters alone when there are no months).
func periods(quarters: Int, months: Int) -> String {
    switch (quarters, months) {
    case (_, 0): counted(quarters, "quarter")
    case (0, _): counted(months, "month")
    default: "\(counted(quarters, "quarter")) and \(counted(months, "month"))"
    }
}

/// "1 quarter", "2 quarters".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// `Templates` in the working folder if there is one; otherwise the Templates
/// folder this executable was built from (the package holding `.build/`), so
/// `lightboard build --content X --output Y` works from any folder.
func defaultTemplates() -> String {
    let fileManager = FileManager.default
    if fileManager.fileExists(atPath: "Templates") { return "Templates" }
    guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return "Templates" }
    var folder = executable.deletingLastPathComponent()
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent("Templates")
        if fileManager.fileExists(atPath: candidate.appendingPathComponent("layout.mustache").path) { return candidate.path }
        folder = folder.deletingLastPathComponent()
    }
    return "Templates"
}

/// Prints every diagnostic to standard error and returns the failing exit code.
func report(_ errors: ContentErrors, nothingWrittenTo output: String?) -> ExitCode {
    report(errors.diagnostics, nothingWrittenTo: output)
}

func report(_ errors: [any Error & CustomStringConvertible], nothingWrittenTo output: String?) -> ExitCode {
    var text = errors.map { "\($0)\n" }.joined()
    text += "lightboard: \(counted(errors.count, "error"))"
    text += output.map { "; nothing was written to \($0)/.\n" } ?? ".\n"
    FileHandle.standardError.write(Data(text.utf8))
    return ExitCode.failure
}
