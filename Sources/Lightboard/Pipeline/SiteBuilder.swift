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
        var (loaded, diagnostics) = ContentLoader.load(contentDirectory: contentDirectory)
        guard let content = loaded else { throw ContentErrors(diagnostics: diagnostics.sorted) }

        // Quarters are independent: stream each one's posts on its own thread.
        let results = content.quarters.concurrentMap { quarter in
            var quarterDiagnostics = DiagnosticBag()
            var accumulator = QuarterAccumulator(config: content.config, registry: content.registry,
                                                 info: quarter.info, calendar: content.calendar)
            PostsReader.read(quarter, config: content.config, registry: content.registry, calendar: content.calendar,
                             displayPath: quarter.postsPath, diagnostics: &quarterDiagnostics) { post in
                accumulator.add(post)
            }
            return (accumulator, quarterDiagnostics)
        }
        for (_, quarterDiagnostics) in results { diagnostics.merge(quarterDiagnostics) }
        guard diagnostics.isEmpty else { throw ContentErrors(diagnostics: diagnostics.sorted) }
        return RatingCalculator.compute(content: content, accumulators: results.map(\.0))
    }

    /// Renders every page, feed and open-data file in memory.
    public static func render(_ site: ComputedSite, templatesDirectory: String) throws -> [RenderedFile] {
        let pages = try SiteRenderer(templatesDirectory: templatesDirectory).render(site)
        return pages + OpenDataRenderer.render(site)
    }

    /// The whole pipeline. On a content or template error nothing is written.
    public static func build(contentDirectory: String, templatesDirectory: String,
                             outputDirectory: String) throws -> BuildSummary {
        let site = try compute(contentDirectory: contentDirectory)
        let files = try render(site, templatesDirectory: templatesDirectory)
        let report = try SiteWriter(outputDirectory: outputDirectory).write(files)
        let posts = site.quarters.reduce(0) { total, quarter in total + quarter.channels.reduce(0) { $0 + $1.tally.posts } }
        return BuildSummary(quarters: site.quarters.count, posts: posts, write: report)
    }
}
