import Lightboard

/// The page the preview shows instead of the site while the content or the templates
/// have errors: every diagnostic as `lightboard build` prints it, escaped.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic]) -> [UInt8] {
        let count = diagnostics.count == 1 ? "1 error" : "\(diagnostics.count) errors"
        let items = diagnostics.map { "<li><pre>\(HTMLText.escape($0.description))</pre></li>\n" }.joined()
        return Array("""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed: \(count) · Lightboard preview</title>
            </head>
            <body>
            <h1>The site could not be built: \(count)</h1>
            <p>Nothing was written. Fix the files below and save: this page reloads by itself.</p>
            <ol>
            \(items)</ol>
            </body>
            </html>

            """.utf8)
    }
}

/// The script every previewed HTML page loads from `/__lightboard/reload.js?build=N`: it listens
/// to the server's events and reloads the page when a build newer than its own is ready.
enum ReloadScript {
    static let eventsPath = "/__lightboard/events"

    static let source = Array("""
        // Lightboard preview only (lightboard serve): reload when the site is rebuilt.
        (() => {
          const build = new URL(document.currentScript.src).searchParams.get("build");
          const events = new EventSource("\(eventsPath)?since=" + encodeURIComponent(build));
          events.addEventListener("reload", () => location.reload());
        })();

        """.utf8)
}
