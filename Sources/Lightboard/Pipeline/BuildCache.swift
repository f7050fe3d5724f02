import Foundation

/// What a build remembers so that the next one can skip work whose inputs did
/// not change: with nothing changed, no page is rendered and no file written;
/// with one quarter changed, only that quarter's posts.csv is read again and only
/// the files made from it (`Route.inputs`) are rendered.
///
/// Inputs are compared by file stamps (path, size, modification and change
/// times, inode, as make and git do), never by reading the files: reading 4
/// million posts to find they did not change would cost most of a build. The
/// stamps include the lightboard executable, so a new build of the tool never
/// reuses results of the old one.
///
/// Kept outside the output folder (see `path(in:)`), because stamps differ from
/// machine to machine and the output folder must hold the same bytes for the
/// same input. The site's bytes never depend on the cache: a build without it
/// (deleted, unreadable, another format) is a full build with the same output.
struct BuildCache {
    /// Raised whenever what is saved, or what it means, changes (the file's header names it: `BuildCacheFile.swift`).
    static let currentFormat = 7

    /// Stamps of everything the build read: content, templates and the executable.
    var inputs: BuildInputs
    /// Stamp of each file the build left in the output folder, by relative path.
    var outputs: [String: String]
    var summary: Summary
    /// Each period's counts, by `BuildInputs.group(of:)`, with the stamps of the inputs they were counted from.
    var quarters: [String: CachedPeriod]

    struct Summary {
        var quarters: Int
        var months: Int
        var posts: Int
        /// The build's warnings, printed again by a build with nothing to do.
        var warnings: [String] = []
    }

    struct CachedPeriod {
        var inputs: String
        var counts: PeriodAccumulator.Counts
    }

    /// The cache of `outputDirectory`, or nil when there is none usable (`BuildCacheFile.swift`).
    static func load(outputDirectory: String) -> BuildCache? {
        FileManager.default.contents(atPath: path(in: outputDirectory)).flatMap(BuildCache.init(fileBytes:))
    }

    /// Written after the site, through a temporary file and a rename, so a
    /// killed build leaves the old cache or the new one; a cache that cannot
    /// be written only makes the next build a full one.
    func save(outputDirectory: String) {
        let destination = Self.path(in: outputDirectory)
        let temporary = destination + ".\(getpid()).tmp"
        try? FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary, contents: Data(fileBytes)),
              rename(temporary, destination) == 0
        else {
            try? FileManager.default.removeItem(atPath: temporary)
            return
        }
    }

    /// Whether every file the cached build wrote is still there, as it left it.
    func outputsAreIntact(in outputDirectory: String) -> Bool {
        outputs.allSatisfy { path, stamp in FileStamps.stamp(ofFile: outputDirectory + "/" + path) == stamp }
    }

    /// Whether the file at `path`, made from `groups`, can stay as the cached build
    /// left it: its inputs kept their stamps and nobody touched the file since.
    func canKeep(_ path: String, madeFrom groups: Set<InputGroup>, now current: BuildInputs, in outputDirectory: String) -> Bool {
        guard let stamp = outputs[path], inputs.agree(with: current, on: groups) else { return false }
        return FileStamps.stamp(ofFile: outputDirectory + "/" + path) == stamp
    }

    /// One cache file per output folder, named after a hash of its absolute path, in
    /// `$LIGHTBOARD_CACHE_DIR`, else `$XDG_CACHE_HOME/lightboard`, else `~/.cache/lightboard`,
    /// else the temporary folder.
    static func path(in outputDirectory: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        let folder = environment["LIGHTBOARD_CACHE_DIR"]
            ?? environment["XDG_CACHE_HOME"].map { $0 + "/lightboard" }
            ?? environment["HOME"].map { $0 + "/.cache/lightboard" }
            ?? NSTemporaryDirectory() + "lightboard"
        let absolute = URL(fileURLWithPath: outputDirectory).standardizedFileURL.path
        return folder + "/" + fnv1a(absolute) + ".cache"
    }

    /// 64-bit FNV-1a, in hex: a short, stable file name for a path.
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(zeroPadded: hash, width: 16, radix: 16)
    }
}

// MARK: - The cache file's records (the format: `BuildCacheFile.swift`)

extension BuildCache: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(inputs: file.read(), outputs: file.read(), summary: file.read(), quarters: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(inputs)
        file.write(outputs)
        file.write(summary)
        file.write(quarters)
    }
}

extension BuildCache.Summary: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(quarters: file.read(), months: file.read(), posts: file.read(), warnings: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(quarters)
        file.write(months)
        file.write(posts)
        file.write(warnings)
    }
}

extension BuildCache.CachedPeriod: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(inputs: file.read(), counts: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(inputs)
        file.write(counts)
    }
}

extension BuildInputs: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(groups: file.read())
    }

    func write(to file: inout CacheFileWriter) { file.write(groups) }
}

/// The stamps of a build's inputs, in groups, taken before anything is read, so a
/// file edited during the build makes the next build read it again.
struct BuildInputs: Equatable {
    /// Stamp lines by group: `site` (the executable and the content outside
    /// the period folders, `e-reading/` and `pages/`), `templates`, `e-reading`, `pages`
    /// and `quarters/YYYY-QN` or `months/YYYY-MM` for each period folder.
    private(set) var groups: [String: String] = [:]

    init(groups: [String: String]) {
        self.groups = groups
    }

    /// `baseURL` (`--base-url`) counts as a site-wide input: every page's links and feeds depend on it.
    init(contentDirectory: String, templatesDirectory: String, baseURL: BaseURLChoice = .siteFile) {
        let executable = "executable " + (Bundle.main.executablePath.flatMap(FileStamps.stamp(ofFile:)) ?? "unknown")
            + " lightboard " + LightboardVersion.current + "\n"
        groups["site"] = executable + (baseURL == .siteFile ? "" : "base-url \(baseURL)\n")
        for (path, stamp) in FileStamps.stamps(ofTree: contentDirectory) {
            groups[Self.group(ofContentFile: path), default: ""] += path + " " + stamp + "\n"
        }
        groups["templates"] = FileStamps.stamps(ofTree: templatesDirectory).map { "\($0.path) \($0.stamp)\n" }.joined()
    }

    private static func group(ofContentFile path: String) -> String {
        let segments = path.split(separator: "/", maxSplits: 2)
        switch segments.first {
        case "quarters" where segments.count == 3, "months" where segments.count == 3: return segments[0] + "/" + segments[1]
        case "e-reading" where segments.count > 1: return "e-reading"
        case "pages" where segments.count > 1: return "pages"
        default: return "site"
        }
    }

    /// The group of a period's folder: `quarters/YYYY-QN` or `months/YYYY-MM` (Load
    /// only accepts a folder whose name is exactly its id, `PeriodID(folderName:kind:)`).
    static func group(of period: PeriodID) -> String { period.kind.folder + "/" + period.description }

    /// The inputs of a period's counts: its folder, the site-wide content and the executable.
    func countInputs(of period: PeriodID) -> String? {
        groups[Self.group(of: period)].map { groups["site", default: ""] + $0 }
    }

    /// The stamps of `group`, or nil when it has no file.
    func stamps(of group: InputGroup) -> String? {
        switch group {
        case .period(let id): groups[Self.group(of: id)]
        case .allPeriods:
            groups.keys.filter { $0.hasPrefix("quarters/") || $0.hasPrefix("months/") }.sorted().map { $0 + "\n" + groups[$0]! }.joined()
        case .eReading: groups["e-reading"]
        case .pages: groups["pages"]
        }
    }

    /// Whether a file made from `inputs` (and the site-wide inputs) would come out the same under `other`.
    func agree(with other: BuildInputs, on inputs: Set<InputGroup>) -> Bool {
        groups["site"] == other.groups["site"] && groups["templates"] == other.groups["templates"]
            && inputs.allSatisfy { stamps(of: $0) == other.stamps(of: $0) }
    }
}

enum FileStamps {
    /// `size mtime ctime inode` of a regular file (following links), or nil.
    static func stamp(ofFile path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #else
        let (modified, changed) = (status.st_mtim, status.st_ctim)
        #endif
        return "\(status.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(changed.tv_sec).\(changed.tv_nsec) \(status.st_ino)"
    }

    /// The stamp of every regular file under `directory`, sorted by relative path.
    static func stamps(ofTree directory: String) -> [(path: String, stamp: String)] {
        var paths: [String] = []
        collectPaths(in: directory, prefix: "", into: &paths)
        return paths.sorted().compactMap { path in
            stamp(ofFile: directory + "/" + path).map { (path, $0) }
        }
    }

    /// Every entry below `directory`, hidden ones included, entering folders but
    /// not links to folders, as `FileManager.subpathsOfDirectory` lists them —
    /// whose path handling was a quarter of a no-op rebuild of the sample.
    private static func collectPaths(in directory: String, prefix: String, into paths: inout [String]) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard name != ".", name != ".." else { continue }
            let relative = prefix + name
            paths.append(relative)
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(directory + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { collectPaths(in: directory + "/" + name, prefix: relative + "/", into: &paths) }
        }
    }
}
