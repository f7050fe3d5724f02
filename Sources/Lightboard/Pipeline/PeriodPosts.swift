/// The posts' wiring: Load opens a period's posts file (`TableRecords.posts`), Validate
/// checks each row as it is read (`PostsValidator`), and the caller takes each valid
/// post (Compute's `PeriodAccumulator.add`, or the posts open data through a `PostStream`),
/// so memory stays flat in the number of posts.
enum PeriodPosts {
    /// Streams `period`'s valid posts into `body`; every problem goes into `diagnostics`.
    /// - Returns: which optional columns the file has (nil when it is absent or unusable).
    static func stream(_ period: PeriodContent, of content: SiteContent, diagnostics: inout DiagnosticBag,
                       _ body: (Post, PostText) -> Void) -> PostsColumns? {
        var records: TableRecords
        do {
            guard let opened = try TableRecords.posts(path: period.postsPath) else { return nil }
            records = opened
        } catch {
            diagnostics.report(error)
            return nil
        }
        return PostsValidator.validate(&records, period: period, config: content.config, registry: content.registry,
                                       calendar: content.calendar, diagnostics: &diagnostics, body)
    }

    /// The posts of `period` read again, for files written after the figures: compute
    /// has reported their problems already, so a replay reports none.
    static func replay(_ period: PeriodContent, of content: SiteContent) -> PostStream {
        PostStream { body in
            var ignored = DiagnosticBag()
            _ = stream(period, of: content, diagnostics: &ignored, body)
        }
    }
}
