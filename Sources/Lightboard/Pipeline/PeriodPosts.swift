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
        return stream(&records, period: period, of: content, diagnostics: &diagnostics, body)
    }

    /// Streams the rows of opened `records` (Load) through `PostsValidator` into `body`.
    static func stream(_ records: inout TableRecords, period: PeriodContent, of content: SiteContent,
                       diagnostics: inout DiagnosticBag, _ body: (Post, PostText) -> Void) -> PostsColumns? {
        guard var validator = PostsValidator(header: records.header, location: records.location, byteCount: records.byteCount,
                                             period: period, config: content.config, registry: content.registry,
                                             diagnostics: &diagnostics) else { return nil }
        var fileProblems = DiagnosticBag()
        // The row's bytes live only during the call: the post and its text are handed on inside.
        records.forEachRow(problems: &fileProblems) { row in
            if let (post, text) = validator.validate(row, diagnostics: &diagnostics) { body(post, text) }
        }
        diagnostics.merge(fileProblems)
        validator.finish(calendar: content.calendar, diagnostics: &diagnostics)
        return validator.columns
    }

    /// The posts of `period` read again, for files written after the figures. Compute found them
    /// valid, so an error now means the file changed or went away during the build: the replay
    /// throws it rather than let a file be written from part of the posts.
    static func replay(_ period: PeriodContent, of content: SiteContent) -> PostStream {
        PostStream { body in
            var problems = DiagnosticBag()
            _ = stream(period, of: content, diagnostics: &problems, body)
            if problems.hasErrors { throw ContentErrors(diagnostics: problems.sorted) }
        }
    }
}
