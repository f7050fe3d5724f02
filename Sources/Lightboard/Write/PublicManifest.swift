import Foundation

/// `manifest.sha256`, published in the site: every generated file with its
/// SHA-256, in `sha256sum` format (`HASH  PATH`, sorted by the path's bytes), so
/// `sha256sum -c manifest.sha256` run in a copy checks it without Lightboard.
/// It does not list itself, nor the writer's private `.lightboard-manifest`.
public enum PublicManifest {
    public static let name = "manifest.sha256"

    /// The manifest of the files of a build. `kept` files are on disk unchanged
    /// (build cache): their digest comes from the previous manifest when it lists
    /// them, otherwise from the file in `outputDirectory`.
    /// `staged` files carry the digest `SiteWriter.stage` computed as it wrote them.
    static func file(for files: [RenderedFile], staged: [StagedFile] = [], kept: [String], outputDirectory: String) -> RenderedFile {
        let previous = kept.isEmpty ? [:] : (try? read(directory: outputDirectory).digests) ?? [:]
        let rendered = files.concurrentMap { ($0.path, SHA256.hex($0.bytes)) } + staged.map { ($0.path, $0.digest) }
        let keptDigests = kept.concurrentMap { path in
            (path, previous[path] ?? SHA256.hex(Array(FileManager.default.contents(atPath: outputDirectory + "/" + path) ?? Data())))
        }
        return RenderedFile(path: name, text: text(Dictionary(uniqueKeysWithValues: rendered + keptDigests)))
    }

    /// `HASH  PATH` lines sorted by path; a path holding `\` or a line break is
    /// escaped as `sha256sum` does it (a leading `\`, then `\\` and `\n`).
    public static func text(_ digests: [String: String]) -> String {
        digests.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { path in
            let escaped = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            return (escaped == path ? "" : "\\") + digests[path]! + "  " + escaped + "\n"
        }.joined()
    }

    /// The manifest in `directory`: digest by path, or every problem with it.
    public static func read(directory: String) throws -> (digests: [String: String], file: String) {
        let file = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        guard let data = FileManager.default.contents(atPath: file) else {
            throw FileErrors([FileError(
                path: file, message: "no manifest: this folder was not built by Lightboard, or its manifest is lost",
                hint: "verify the folder Lightboard built (lightboard build writes \(name)), or a complete copy of it")])
        }
        var digests: [String: String] = [:]
        var diagnostics = DiagnosticBag()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !(line.isEmpty && index == lines.count - 1) {
            guard let (digest, path) = parse(line) else {
                diagnostics.report(file: file, line: index + 1, "not a manifest line: \"\(line.prefix(80))\"",
                                   hint: "each line is 64 lower-case hex digits, two spaces and a path inside the folder")
                continue
            }
            guard digests.updateValue(digest, forKey: path) == nil else {
                diagnostics.report(file: file, line: index + 1, "\(path) is listed twice")
                continue
            }
        }
        guard diagnostics.isEmpty else { throw ContentErrors(diagnostics: diagnostics.diagnostics) }
        return (digests, file)
    }

    /// The manifest lines of `text` with their line numbers, leaving out any other line and every path that had
    /// to be escaped (Lightboard's own paths never are, docs/archiving.md §1): what a previous build published.
    static func publishedPaths(in text: String) -> [(line: Int, path: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard line.first != "\\", let (_, path) = parse(line) else { return nil }
            return (index + 1, path)
        }
    }

    private static func parse(_ line: Substring) -> (digest: String, path: String)? {
        var line = line
        let escaped = line.first == "\\"
        if escaped { line = line.dropFirst() }
        let digest = line.prefix(64)
        let separator = line.dropFirst(64).prefix(2)
        var path = String(line.dropFirst(66))
        guard digest.count == 64, digest.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
              separator == "  ", !path.isEmpty else { return nil }
        if escaped { path = unescape(path) }
        // A path may not leave the folder being verified.
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        return (String(digest), path)
    }

    private static func unescape(_ path: String) -> String {
        var result = "", characters = path.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else { result.append(character); continue }
            switch characters.next() {
            case "n": result.append("\n")
            case let other?: result.append(other)
            case nil: result.append("\\")
            }
        }
        return result
    }
}
