import CCmarkGFM
import Foundation

/// Renders GitHub-flavoured Markdown to HTML through cmark-gfm.
///
/// cmark-gfm keeps global state (a special-character table shared by all
/// parsers, upstream github/cmark-gfm PR #176), so two parsers running at once
/// corrupt each other's output. Every call goes through one process-wide lock.
public struct MarkdownRenderer: Sendable {
    /// When false (the default), raw HTML is replaced by a comment and
    /// `javascript:`-style links are emptied by cmark-gfm's safe mode.
    public var allowsUnsafeHTML: Bool

    public init(allowsUnsafeHTML: Bool = false) {
        self.allowsUnsafeHTML = allowsUnsafeHTML
    }

    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]
    private static let lock = NSLock()
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    public func html(from markdown: String) -> String {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        _ = Self.registration

        let options = allowsUnsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return Self.replacingAlignAttributes(String(cString: rendered))
    }

    /// GFM table cells come out as `<td align="right">`, obsolete in HTML5; a
    /// `style` attribute would be blocked by the site's Content-Security-Policy,
    /// so alignment becomes a class the style sheet styles.
    static func replacingAlignAttributes(_ html: String) -> String {
        guard html.contains(" align=\"") else { return html }
        var result = html
        for alignment in ["left", "center", "right"] {
            result = result.replacingOccurrences(of: " align=\"\(alignment)\"", with: " class=\"align-\(alignment)\"")
        }
        return result
    }
}
