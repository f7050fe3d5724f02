/// Placeholder until the page renderer lands: renders no pages.
public struct SiteRenderer {
    public init(templatesDirectory: String) {}
    public func render(_ site: ComputedSite) throws -> [RenderedFile] { [] }
}
