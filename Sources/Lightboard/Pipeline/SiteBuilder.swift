import Foundation

/// What a successful build did.
public struct BuildSummary: Sendable {
    public var quarters: Int
    public var months = 0
    /// Posts read over all quarters and channels.
    public var posts: Int
    public var write: WriteReport
    /// HTML pages rendered, and pages kept as the previous build left them (build cache).
    public var pagesRendered = 0
    public var pagesKept = 0
    public var timings = BuildTimings()
    /// `FILE:LINE: warning: ...` lines (with their hints) for standard error; the build succeeded.
    public var warnings: [String] = []
}

/// Where a build's time went, stage by stage (`lightboard build --timings`).
public struct BuildTimings: Sendable {
    /// Stamping the inputs and reading the build cache.
    public var cache = Duration.zero
    /// Reading and checking the content files, posts aside.
    public var load = Duration.zero
    /// Streaming and checking the posts and computing the figures.
    public var compute = Duration.zero
    /// Pages, feeds and open data, in memory.
    public var render = Duration.zero
    /// Comparing and writing files, then saving the build cache.
    public var write = Duration.zero
    /// Comparing the figures and the manifest with the output folder's (docs/archiving.md §6, §7); mostly within render.
    public var compare = Duration.zero

    /// Runs `work`, adding its duration to `stage`.
    static func measure<T>(_ stage: inout Duration, _ work: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { stage += clock.now - start }
        return try work()
    }
}

/// Runs the pipeline: load → validate → compute → render → write.
/// Nothing is written unless every earlier stage succeeded.
public enum SiteBuilder {
    /// Loads and validates the content and computes every quarter.
    /// Throws `ContentErrors` with every diagnostic of the run, sorted.
    /// `baseURL` may replace site.yml's base_url (`--base-url`, the preview).
    public static func compute(contentDirectory: String, baseURL: BaseURLChoice = .siteFile) throws -> ComputedSite {
        var timings = BuildTimings()
        return try compute(contentDirectory: contentDirectory, baseURL: baseURL, cachedCounts: { _ in nil },
                           timings: &timings, progress: nil).site
    }

    /// `cachedCounts` gives the counts of a quarter whose posts need not be read again.
    static func compute(contentDirectory: String, baseURL: BaseURLChoice,
                        cachedCounts: @Sendable (PeriodContent) -> PeriodAccumulator.Counts?,
                        timings: inout BuildTimings,
                        progress: BuildProgress?) throws -> (site: ComputedSite, accumulators: [PeriodAccumulator]) {
        progress?(.loading)
        var (loaded, diagnostics) = BuildTimings.measure(&timings.load) {
            content(contentDirectory: contentDirectory, baseURL: baseURL)
        }
        guard let content = loaded else { throw ContentErrors(diagnostics: diagnostics.sorted) }
        let clock = ContinuousClock(), computeStart = clock.now
        defer { timings.compute += clock.now - computeStart }
        let postsProgress = progress.map { PostsProgress(total: content.periods.count, report: $0) }

        // Periods are independent: stream each one's posts on its own thread.
        let results = content.periods.concurrentMap { quarter in
            var quarterDiagnostics = DiagnosticBag()
            var accumulator = PeriodAccumulator(config: content.config, registry: content.registry,
                                                 info: quarter.info, calendar: content.calendar)
            if let counts = cachedCounts(quarter) {
                accumulator.counts = counts
            } else {
                let columns = PeriodPosts.stream(quarter, of: content, diagnostics: &quarterDiagnostics) { post, text in
                    accumulator.add(post, text: text)
                }
                if let columns { accumulator.columns = columns }
            }
            postsProgress?.quarterDone()
            return (accumulator, quarterDiagnostics)
        }
        for (_, quarterDiagnostics) in results { diagnostics.merge(quarterDiagnostics) }
        guard !diagnostics.hasErrors else { throw ContentErrors(diagnostics: diagnostics.sorted) }
        let accumulators = results.map(\.0)
        var site = RatingCalculator.compute(content: content, accumulators: accumulators)
        // `{{figure NAME}}` can be checked only against the computed figures, and a redirect only against
        // the pages there are: both known only now, and reported together (every error at once).
        let figures = FigureCheck.check(site)
        var problems = DiagnosticBag(figures.errors)
        RedirectPages.problems(site).forEach { problems.report($0) }
        guard problems.isEmpty else { throw ContentErrors(diagnostics: problems.sorted) }
        site.warnings = DiagnosticBag(diagnostics.diagnostics + figures.warnings).sorted
        return (site, accumulators)
    }

    /// Load, then Validate: the content but its posts, with every problem of both stages.
    /// The content is nil when site.yml or departments.csv is unusable; when the diagnostics
    /// have errors it is incomplete and must not be built (it may still serve to check posts).
    static func content(contentDirectory: String, baseURL: BaseURLChoice = .siteFile) -> (content: SiteContent?, diagnostics: DiagnosticBag) {
        var (raw, diagnostics) = ContentReader.read(contentDirectory: contentDirectory)
        guard let raw else { return (nil, diagnostics) }
        let (content, validation) = ContentValidator.validate(raw, baseURL: baseURL)
        diagnostics.merge(validation)
        return (content, diagnostics)
    }

    /// `compute`, then the templates' checks (`lightboard check --templates`): every template
    /// parses, and every name, partial, interface string and placeholder is known. Renders nothing.
    public static func check(contentDirectory: String, templatesDirectory: String) throws -> ComputedSite {
        let site = try compute(contentDirectory: contentDirectory)
        _ = try TemplateLibrary(directory: templatesDirectory, languages: site.content.config.languages)
        return site
    }

    /// The warnings of templates for `languages` (a language without interface strings), as printed.
    public static func templateWarnings(templatesDirectory: String, languages: [String]) -> [String] {
        TemplateLibrary.warnings(directory: templatesDirectory, languages: languages).map(\.description)
    }

    /// Renders every page, feed and open-data file in memory.
    public static func render(_ site: ComputedSite, templatesDirectory: String) throws -> [RenderedFile] {
        try render(site, templatesDirectory: templatesDirectory, keeping: { _, _ in false }).files
    }

    /// Renders what `isKept` does not keep; open data is always rendered (it is small and cheap).
    static func render(_ site: ComputedSite, templatesDirectory: String,
                       keeping isKept: (String, Set<InputGroup>) -> Bool) throws -> SiteRenderer.Output {
        var output = try SiteRenderer(templatesDirectory: templatesDirectory).render(site, keeping: isKept)
        output.files += OpenDataRenderer.render(site)
        return output
    }

    /// Fails when a period's figures differ from those `outputDirectory` publishes without the correction
    /// that records them (docs/archiving.md §6) and site.yml has `corrections_required: true`, or when a written
    /// `changes:` list is wrong; returns the warnings (such a change without the key).
    /// Periods in `unpublished` are drafts whose figures may change (`--unpublished`).
    static func checkCorrections(_ site: ComputedSite, openData files: [RenderedFile], outputDirectory: String,
                                 unpublished: Set<PeriodID>) throws(ContentErrors) -> [Diagnostic] {
        let texts = Dictionary(files.filter { $0.path.hasPrefix("data/") && $0.path.hasSuffix(".json") }
            .map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
        let bag = DiagnosticBag(CorrectionCheck.diagnostics(site: site, current: { texts[$0] }, outputDirectory: outputDirectory,
                                                            unpublished: unpublished))
        guard !bag.hasErrors else { throw ContentErrors(diagnostics: bag.sorted) }
        return bag.sorted
    }

    /// The whole pipeline. On a content or template error nothing is written.
    /// The output folder's `BuildCache` lets a rebuild skip what did not change.
    /// `baseURL` may replace site.yml's base_url (`--base-url`); `progress` is told of each stage.
    /// The figures of periods in `unpublished` may differ from the output folder's without a correction (drafts).
    public static func build(contentDirectory: String, templatesDirectory: String, outputDirectory: String,
                             baseURL: BaseURLChoice = .siteFile, unpublished: Set<PeriodID> = [],
                             progress: BuildProgress? = nil) throws -> BuildSummary {
        var timings = BuildTimings()
        let (inputs, previous) = BuildTimings.measure(&timings.cache) {
            (BuildInputs(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory, baseURL: baseURL),
             BuildCache.load(outputDirectory: outputDirectory))
        }
        if let previous, previous.inputs == inputs, previous.outputsAreIntact(in: outputDirectory) {
            let pages = previous.outputs.keys.filter { $0.hasSuffix(".html") }.count
            return BuildSummary(quarters: previous.summary.quarters, months: previous.summary.months, posts: previous.summary.posts,
                                write: WriteReport(unchanged: previous.outputs.count), pagesKept: pages, timings: timings,
                                warnings: previous.summary.warnings)
        }

        let cachedPeriods = previous?.quarters ?? [:]
        let (site, accumulators) = try compute(contentDirectory: contentDirectory, baseURL: baseURL, cachedCounts: { period in
            guard let cached = cachedPeriods[BuildInputs.group(of: period.info.id)],
                  cached.inputs == inputs.countInputs(of: period.info.id) else { return nil }
            return cached.counts
        }, timings: &timings, progress: progress)
        progress?(.rendering)
        let writer = SiteWriter(outputDirectory: outputDirectory)
        var comparing = Duration.zero  // within render; reported on its own
        let (rendered, staged, correctionWarnings) = try BuildTimings.measure(&timings.render) {
            let canKeep = { (path: String, groups: Set<InputGroup>) in
                previous?.canKeep(path, madeFrom: groups, now: inputs, in: outputDirectory) ?? false
            }
            var rendered = try render(site, templatesDirectory: templatesDirectory, keeping: canKeep)
            let correctionWarnings = try BuildTimings.measure(&comparing) {
                try checkCorrections(site, openData: rendered.files, outputDirectory: outputDirectory, unpublished: unpublished)
            }
            // posts.csv files are streamed to disk here, re-reading the posts, and their .xlsx
            // from them (docs/archiving.md §4, §5).
            let keptPosts = site.periods.map(\.id).filter { period in
                OpenDataRenderer.postsPaths(period).allSatisfy { canKeep($0, [.period(period)]) }
            }
            writer.clearStaging()
            let stagedCSV = try writer.stage(OpenDataRenderer.postsFiles(site, posts: { PeriodPosts.replay($0, of: site.content) }) {
                !keptPosts.contains($0)
            })
            let staged = try stagedCSV + writer.stage(OpenDataRenderer.postsWorkbooks(site, from: stagedCSV))
            if site.content.config.openData.posts { rendered.kept += keptPosts.flatMap(OpenDataRenderer.postsPaths) }
            rendered.files.append(PublicManifest.file(for: rendered.files, staged: staged, kept: rendered.kept,
                                                      outputDirectory: outputDirectory))
            return (rendered, staged, correctionWarnings)
        }
        progress?(.writing)
        let warnings = site.warnings.map(\.description)
            + templateWarnings(templatesDirectory: templatesDirectory, languages: site.content.config.languages)
        // Told once, by the build that drops them (or publishes the changed figures): not kept in the build cache's warnings.
        let made = Set(rendered.files.map(\.path) + staged.map(\.path) + rendered.kept)
        let disappearing = BuildTimings.measure(&comparing) {
            DisappearingURLs.warnings(outputDirectory: outputDirectory, isKnown: made.contains).map(\.description)
        }
        timings.compare = comparing
        let report = try BuildTimings.measure(&timings.write) {
            let report = try writer.write(rendered.files, staged: staged, keeping: rendered.kept)
            saveCache(inputs: inputs, site: site, accumulators: accumulators, warnings: warnings,
                      outputPaths: rendered.files.map(\.path) + staged.map(\.path) + rendered.kept, outputDirectory: outputDirectory)
            return report
        }
        return BuildSummary(quarters: site.quarters.count, months: site.months.count, posts: site.postCount, write: report,
                            pagesRendered: rendered.files.filter { $0.path.hasSuffix(".html") }.count,
                            pagesKept: rendered.kept.filter { $0.hasSuffix(".html") }.count, timings: timings,
                            warnings: warnings + correctionWarnings.map(\.description) + disappearing)
    }

    private static func saveCache(inputs: BuildInputs, site: ComputedSite, accumulators: [PeriodAccumulator], warnings: [String],
                                  outputPaths: [String], outputDirectory: String) {
        let outputs = outputPaths.concurrentMap { path in (path, FileStamps.stamp(ofFile: outputDirectory + "/" + path) ?? "") }
        var periods: [String: BuildCache.CachedPeriod] = [:]
        for (period, accumulator) in zip(site.content.periods, accumulators) {
            if let stamps = inputs.countInputs(of: period.info.id) {
                periods[BuildInputs.group(of: period.info.id)] = .init(inputs: stamps, counts: accumulator.counts)
            }
        }
        BuildCache(inputs: inputs, outputs: Dictionary(uniqueKeysWithValues: outputs),
                   summary: .init(quarters: site.quarters.count, months: site.months.count, posts: site.postCount, warnings: warnings), quarters: periods)
            .save(outputDirectory: outputDirectory)
    }
}

extension ComputedSite {
    /// Posts read over all periods and channels.
    public var postCount: Int {
        periods.reduce(0) { total, quarter in total + quarter.channels.reduce(0) { $0 + $1.tally.posts } }
    }
}
