import Foundation

/// What a build remembers so that the next one can skip work whose inputs did
/// not change: with nothing changed, no page is rendered and no file written;
/// with one quarter changed, only that quarter's posts.csv is read again.
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
struct BuildCache: Codable {
    /// Raised whenever what is saved, or what it means, changes.
    static let currentFormat = 1

    var format = BuildCache.currentFormat
    /// Stamps of everything the build read: content, templates and the executable.
    var inputs: String
    /// Stamp of each file the build left in the output folder, by relative path.
    var outputs: [String: String]
    var summary: Summary
    /// Each quarter's counts, by quarter folder, with the stamps of the inputs they were counted from.
    var quarters: [String: CachedQuarter]

    struct Summary: Codable {
        var quarters: Int
        var posts: Int
    }

    struct CachedQuarter: Codable {
        var inputs: String
        var counts: QuarterAccumulator.Counts
    }

    /// The cache of `outputDirectory`, or nil when there is none usable.
    static func load(outputDirectory: String) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: path(in: outputDirectory)),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: data), cache.format == currentFormat
        else { return nil }
        return cache
    }

    /// Written after the site, through a temporary file and a rename, so a
    /// killed build leaves the old cache or the new one; a cache that cannot
    /// be written only makes the next build a full one.
    func save(outputDirectory: String) {
        let destination = Self.path(in: outputDirectory)
        let temporary = destination + ".\(getpid()).tmp"
        try? FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        guard let data = try? JSONEncoder().encode(self), FileManager.default.createFile(atPath: temporary, contents: data),
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
        return folder + "/" + fnv1a(absolute) + ".json"
    }

    /// 64-bit FNV-1a, in hex: a short, stable file name for a path.
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The stamps of a build's inputs, taken before anything is read, so a file
/// edited during the build makes the next build read it again.
struct BuildInputs {
    /// Everything: content, templates, executable.
    let all: String
    /// The inputs of a quarter's counts, by quarter folder name: its own folder,
    /// the content outside `quarters/` (site.yml, departments.csv, calendar) and the executable.
    let quarters: [String: String]

    init(contentDirectory: String, templatesDirectory: String) {
        let executable = "executable " + (Bundle.main.executablePath.flatMap(FileStamps.stamp(ofFile:)) ?? "unknown")
            + " lightboard " + LightboardVersion.current + "\n"
        var shared = executable
        var quarterFiles: [String: String] = [:]
        for (path, stamp) in FileStamps.stamps(ofTree: contentDirectory) {
            let segments = path.split(separator: "/", maxSplits: 2)
            if segments.count == 3, segments[0] == "quarters" {
                quarterFiles[String(segments[1]), default: ""] += path + " " + stamp + "\n"
            } else {
                shared += path + " " + stamp + "\n"
            }
        }
        quarters = quarterFiles.mapValues { shared + $0 }
        all = shared + quarterFiles.keys.sorted().map { quarterFiles[$0]! }.joined()
            + FileStamps.stamps(ofTree: templatesDirectory).map { "templates/\($0.path) \($0.stamp)\n" }.joined()
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
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
        return paths.sorted().compactMap { path in
            stamp(ofFile: directory + "/" + path).map { (path, $0) }
        }
    }
}
