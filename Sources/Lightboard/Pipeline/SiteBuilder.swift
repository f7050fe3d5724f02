import Foundation

/// What a successful build did.
public struct BuildSummary: Sendable {
    public var quarters: Int
    /// Posts read over all quarters and channels.
    public var posts: Int
    public var write: WriteReport
}

/// Runs the pipeline: load → validate → compute → render → write.
/// Nothing is written unless every earlier stage succeeded.
public enum SiteBuilder {
    /// Loads and validates the content and computes every quarter.
    /// Throws `ContentErrors` with every diagnostic of the run, sorted.
    public static func compute(contentDirectory: String) throws -> ComputedSite {
        try compute(contentDirectory: contentDirectory, cachedCounts: { _ in nil }).site
    }

    /// `cachedCounts` gives the counts of a quarter whose posts need not be read again.
    static func compute(contentDirectory: String, cachedCounts: @Sendable (QuarterContent) -> QuarterAccumulator.Counts?)
        throws -> (site: ComputedSite, accumulators: [QuarterAccumulator]) {
        var (loaded, diagnostics) = ContentLoader.load(contentDirectory: contentDirectory)
        guard let content = loaded else { throw ContentErrors(diagnostics: diagnostics.sorted) }

        // Quarters are independent: stream each one's posts on its own thread.
        let results = content.quarters.concurrentMap { quarter in
            var quarterDiagnostics = DiagnosticBag()
            var accumulator = QuarterAccumulator(config: content.config, registry: content.registry,
                                                 info: quarter.info, calendar: content.calendar)
            if let counts = cachedCounts(quarter) {
                accumulator.counts = counts
            } else {
                PostsReader.read(quarter, config: content.config, registry: content.registry, calendar: content.calendar,
                                 displayPath: quarter.postsPath, diagnostics: &quarterDiagnostics) { post in
                    accumulator.add(post)
                }
            }
            return (accumulator, quarterDiagnostics)
        }
        for (_, quarterDiagnostics) in results { diagnostics.merge(quarterDiagnostics) }
        guard diagnostics.isEmpty else { throw ContentErrors(diagnostics: diagnostics.sorted) }
        let accumulators = results.map(\.0)
        return (RatingCalculator.compute(content: content, accumulators: accumulators), accumulators)
    }

    /// Renders every page, feed and open-data file in memory.
    public static func render(_ site: ComputedSite, templatesDirectory: String) throws -> [RenderedFile] {
        let pages = try SiteRenderer(templatesDirectory: templatesDirectory).render(site)
        return pages + OpenDataRenderer.render(site)
    }

    /// The whole pipeline. On a content or template error nothing is written.
    /// The output folder's `BuildCache` lets a rebuild skip what did not change.
    public static func build(contentDirectory: String, templatesDirectory: String,
                             outputDirectory: String) throws -> BuildSummary {
        let inputs = BuildInputs(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory)
        let previous = BuildCache.load(outputDirectory: outputDirectory)
        if let previous, previous.inputs == inputs.all, previous.outputsAreIntact(in: outputDirectory) {
            return BuildSummary(quarters: previous.summary.quarters, posts: previous.summary.posts,
                                write: WriteReport(unchanged: previous.outputs.count))
        }

        let cachedQuarters = previous?.quarters ?? [:]
        let (site, accumulators) = try compute(contentDirectory: contentDirectory) { quarter in
            let folder = Self.folderName(of: quarter)
            guard let cached = cachedQuarters[folder], cached.inputs == inputs.quarters[folder] else { return nil }
            return cached.counts
        }
        let files = try render(site, templatesDirectory: templatesDirectory)
        let report = try SiteWriter(outputDirectory: outputDirectory).write(files)
        let posts = site.quarters.reduce(0) { total, quarter in total + quarter.channels.reduce(0) { $0 + $1.tally.posts } }

        let outputs = files.map(\.path).concurrentMap { path in (path, FileStamps.stamp(ofFile: outputDirectory + "/" + path) ?? "") }
        var quarters: [String: BuildCache.CachedQuarter] = [:]
        for (quarter, accumulator) in zip(site.content.quarters, accumulators) {
            let folder = folderName(of: quarter)
            if let stamps = inputs.quarters[folder] { quarters[folder] = .init(inputs: stamps, counts: accumulator.counts) }
        }
        BuildCache(inputs: inputs.all, outputs: Dictionary(uniqueKeysWithValues: outputs),
                   summary: .init(quarters: site.quarters.count, posts: posts), quarters: quarters)
            .save(outputDirectory: outputDirectory)
        return BuildSummary(quarters: site.quarters.count, posts: posts, write: report)
    }

    /// `YYYY-QN`, the quarter's folder under `quarters/`.
    private static func folderName(of quarter: QuarterContent) -> String {
        URL(fileURLWithPath: quarter.postsPath).deletingLastPathComponent().lastPathComponent
    }
}
