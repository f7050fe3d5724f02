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
        let quarters = content.quarters
        let results = QuarterSlots(count: quarters.count)
        DispatchQueue.concurrentPerform(iterations: quarters.count) { index in
            let quarter = quarters[index]
            var quarterDiagnostics = DiagnosticBag()
            var accumulator = QuarterAccumulator(config: content.config, registry: content.registry,
                                                 info: quarter.info, calendar: content.calendar)
            PostsReader.read(quarter, config: content.config, registry: content.registry, calendar: content.calendar,
                             displayPath: quarter.postsPath, diagnostics: &quarterDiagnostics) { post in
                accumulator.add(post)
            }
            results.store(index, accumulator, quarterDiagnostics)
        }
        for quarterDiagnostics in results.diagnostics { diagnostics.merge(quarterDiagnostics) }
        guard diagnostics.isEmpty else { throw ContentErrors(diagnostics: diagnostics.sorted) }
        return RatingCalculator.compute(content: content, accumulators: results.accumulators)
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

/// Per-quarter results filled in from several threads, each index written once.
private final class QuarterSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var accumulatorSlots: [QuarterAccumulator?]
    private var diagnosticSlots: [DiagnosticBag]

    init(count: Int) {
        accumulatorSlots = Array(repeating: nil, count: count)
        diagnosticSlots = Array(repeating: DiagnosticBag(), count: count)
    }

    func store(_ index: Int, _ accumulator: QuarterAccumulator, _ diagnostics: DiagnosticBag) {
        lock.lock()
        defer { lock.unlock() }
        accumulatorSlots[index] = accumulator
        diagnosticSlots[index] = diagnostics
    }

    var accumulators: [QuarterAccumulator] { accumulatorSlots.compactMap { $0 } }
    var diagnostics: [DiagnosticBag] { diagnosticSlots }
}
