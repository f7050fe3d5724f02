import Foundation

/// What `BagExporter.export` wrote.
public struct BagSummary: Sendable {
    public var payloadFiles: Int
    public var payloadOctets: Int
}

/// `lightboard export --bagit PERIOD DIR`: one period's pages (every language), its open
/// data, the style sheets they use and the content they were built from, as a BagIt bag.
///
/// Payload: `data/site/` holds the built files at their site paths, `data/content/`
/// the input files at their content paths: site.yml, departments.csv, the calendar
/// years the periods span, the period's folder and those of the period before it and of
/// the same period a year earlier (the "change" figures compare with them). Bagging-Date is the period's publication
/// date, so the same content gives the same bag, byte for byte.
public enum BagExporter {
    public static func export(period id: PeriodID, to directory: String, contentDirectory: String,
                              templatesDirectory: String) throws -> BagSummary {
        try refuseExisting(directory)
        let site = try SiteBuilder.compute(contentDirectory: contentDirectory)
        guard let quarter = site.periods.first(where: { $0.id == id }) else {
            let known = site.periods.map(\.id.description).joined(separator: ", ")
            throw FileErrors([FileError(path: contentDirectory + "/" + id.kind.folder + "/" + id.description,
                                        message: "no period \(id) in \(contentDirectory)/",
                                        hint: known.isEmpty ? "the content has no periods yet" : "periods in the content: \(known)")])
        }
        let config = site.content.config
        let rendered = try SiteBuilder.render(site, templatesDirectory: templatesDirectory)
        let prefixes = config.languages.map { "\($0)/\(id.slug)/" } + ["data/\(id.slug)/", "assets/"]
        // One period's posts.csv open data fits in memory, as its posts.csv input does.
        let posts = try OpenDataRenderer.postsFiles(site, posts: { PeriodPosts.replay($0, of: site.content) }) { $0 == id }.map { try $0.rendered() }
        let pages = (rendered + posts).filter { file in prefixes.contains { file.path.hasPrefix($0) } }
            .map { RenderedFile(path: "site/" + $0.path, bytes: $0.bytes) }

        // The change figures compare with the period before and the same period a year earlier.
        let earlier = site.periods.filter { $0.id == id.previous || $0.id == id.yearEarlier }
        let periods = earlier + [quarter]
        let years = Set(periods.flatMap { Array($0.id.firstDay.year...max($0.id.firstDay.year, $0.info.asOf.year)) })
        let inputs = ["site.yml", "departments.csv", "departments.xlsx"] + years.sorted().map { "calendar/\(String(zeroPadded: $0, width: 4)).yml" }
        let inputFiles = try inputs.filter { FileManager.default.fileExists(atPath: contentDirectory + "/" + $0) }
            .map { try contentFile($0, in: contentDirectory) }
            + periods.flatMap { try contentFiles(under: "\($0.id.kind.folder)/\($0.id)", in: contentDirectory) }

        let language = config.defaultLanguage
        let titles = config.languages.map { config.title.resolved(in: $0, defaultLanguage: language).text }
        var info: BagIt.Info = titles.reduce(into: []) { info, title in
            if !info.contains(where: { $0.value == title }) { info.append(("Source-Organization", title)) }
        }
        info += [
            ("External-Identifier", "\(config.baseURL)\(language)/\(id.slug)/"),
            ("External-Description", "Online-response ratings \(id): the period's pages in every language, its open data, "
                + "and the content they were built from"),
            ("Bagging-Date", quarter.info.published.description),
            ("Bag-Software-Agent", "Lightboard \(LightboardVersion.current)"),
            ("Period", id.description),
            ("Period-As-Of", quarter.info.asOf.description),
            ("Period-Published", quarter.info.published.description),
            ("Lightboard-Version", LightboardVersion.current),
        ]
        let payload = pages + inputFiles
        try write(BagIt.files(payload: payload, info: info), to: directory)
        return BagSummary(payloadFiles: payload.count, payloadOctets: payload.reduce(0) { $0 + $1.bytes.count })
    }

    /// A bag is written whole into a new (or empty) folder, never over another one.
    private static func refuseExisting(_ directory: String) throws {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            if FileManager.default.fileExists(atPath: directory) {
                throw FileErrors([FileError(path: directory, message: "is a file, not a folder", hint: "name a new folder for the bag")])
            }
            return
        }
        guard entries.isEmpty else {
            throw FileErrors([FileError(path: directory, message: "the folder exists and is not empty",
                                        hint: "name a new folder: a bag is written whole, never into another one")])
        }
    }

    private static func contentFile(_ path: String, in contentDirectory: String) throws -> RenderedFile {
        guard let data = FileManager.default.contents(atPath: contentDirectory + "/" + path) else {
            throw FileErrors([FileError(path: contentDirectory + "/" + path, message: "cannot be read")])
        }
        return RenderedFile(path: "content/" + path, bytes: Array(data))
    }

    /// Every file under `folder` of the content, hidden ones (`.DS_Store`) aside.
    private static func contentFiles(under folder: String, in contentDirectory: String) throws -> [RenderedFile] {
        let root = contentDirectory + "/" + folder
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.split(separator: "/").last?.hasPrefix(".") == true { enumerator.skipDescendants(); continue }
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular { paths.append(path) }
        }
        return try paths.sorted().map { try contentFile(folder + "/" + $0, in: contentDirectory) }
    }

    /// Writes the bag into a scratch folder beside `directory`, then renames it into
    /// place: a failed export leaves no half bag.
    private static func write(_ files: [RenderedFile], to directory: String) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let scratch = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).lightboard-tmp").path
        try? fileManager.removeItem(atPath: scratch)
        do {
            for file in files {
                let path = scratch + "/" + file.path
                try fileManager.createDirectory(atPath: String(path[..<path.lastIndex(of: "/")!]), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            }
            try? fileManager.removeItem(atPath: target.path)  // an empty folder, checked before
            try fileManager.moveItem(atPath: scratch, toPath: target.path)
        } catch {
            try? fileManager.removeItem(atPath: scratch)
            throw FileErrors([FileError(path: directory, message: "cannot write the bag: \(SystemError.reason(error))")])
        }
    }
}
