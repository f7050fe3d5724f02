import Foundation
import XCTest
@testable import Lightboard

/// `lightboard export --bagit` on the sample content.
final class BagExporterTests: XCTestCase {
    private let repository = LightboardBinary.repository

    private func export(_ period: String, to bag: URL) throws -> BagSummary {
        try BagExporter.export(period: XCTUnwrap(PeriodID(period)), to: bag.path,
                               contentDirectory: repository.appendingPathComponent("Content").path,
                               templatesDirectory: repository.appendingPathComponent("Templates").path)
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Every regular file under `folder`, relative, sorted.
    private func files(under folder: URL) -> [String] {
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeRegular { paths.append(path) }
        }
        return paths.sorted()
    }

    func testPeriodSyntax() {
        XCTAssertEqual(PeriodID("2024-Q3"), PeriodID(year: 2024, quarter: 3))
        XCTAssertEqual(PeriodID("2024-q3"), PeriodID(year: 2024, quarter: 3))
        XCTAssertEqual(PeriodID("2019-05"), PeriodID(year: 2019, month: 5))
        XCTAssertEqual(PeriodID("2019-05")?.description, "2019-05")
        for bad in ["2024Q3", "2024-Q5", "2024-Q0", "2019-5", "2019-13", "2019-00", "19-05", ""] { XCTAssertNil(PeriodID(bad), bad) }
    }

    func testBagOfTheSampleQuarter() throws {
        let bag = try makeTemporaryFolder(self, prefix: "bag").appendingPathComponent("2024-Q3")
        let summary = try export("2024-Q3", to: bag)

        XCTAssertEqual(try text(bag.appendingPathComponent("bagit.txt")), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        let payload = files(under: bag.appendingPathComponent("data"))
        let octets = try payload.reduce(0) { $0 + (try Data(contentsOf: bag.appendingPathComponent("data/" + $1))).count }
        XCTAssertEqual(summary.payloadFiles, payload.count)
        XCTAssertEqual(try text(bag.appendingPathComponent("bag-info.txt")), """
        Source-Organization: 宁波民生E点网络问政考评
        Source-Organization: Ningbo Livelihood E-Point Online Response Ratings
        External-Identifier: https://ratings.ningbo.example/zh/2024-q3/
        External-Description: Online-response ratings 2024-Q3: the period's pages in every language, its open data, \
        and the content they were built from
        Bagging-Date: 2024-11-25
        Bag-Software-Agent: Lightboard \(LightboardVersion.current)
        Period: 2024-Q3
        Period-As-Of: 2024-11-18
        Period-Published: 2024-11-25
        Lightboard-Version: \(LightboardVersion.current)
        Payload-Oxum: \(octets).\(payload.count)

        """)
        XCTAssertEqual(files(under: bag).filter { !$0.hasPrefix("data/") },
                       ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"])

        // The period's pages in both languages, its open data, the style sheet; no other period's pages.
        for path in ["site/zh/2024-q3/index.html", "site/en/2024-q3/league/index.html", "site/zh/2024-q3/complex/issue-01/index.html",
                     "site/data/2024-q3/summary.json", "site/data/2024-q3/departments.csv", "site/data/2024-q3/posts.csv",
                     "site/zh/2024-q3/adjustments/index.html", "site/data/2024-q3/adjustments.csv",
                     "site/data/2024-q3/adjustments.json", "site/data/2024-q3/adjustments.xlsx",
                     "site/assets/style.css"] {
            XCTAssertTrue(payload.contains(path), path)
        }
        XCTAssertFalse(payload.contains { $0.hasPrefix("site/zh/2024-q2/") || $0.hasPrefix("site/data/2024-q2/") })
        XCTAssertFalse(payload.contains { $0.hasPrefix("site/zh/departments/") || $0 == "site/index.html" })
        XCTAssertEqual(try Data(contentsOf: bag.appendingPathComponent("data/site/data/2024-q3/posts.csv")),
                       try Data(contentsOf: repository.appendingPathComponent("Site/data/2024-q3/posts.csv")))
        XCTAssertEqual(try Data(contentsOf: bag.appendingPathComponent("data/site/data/2024-q3/summary.json")),
                       try Data(contentsOf: repository.appendingPathComponent("Site/data/2024-q3/summary.json")))
        XCTAssertEqual(try Data(contentsOf: bag.appendingPathComponent("data/site/data/2024-q3/adjustments.csv")),
                       try Data(contentsOf: repository.appendingPathComponent("Site/data/2024-q3/adjustments.csv")))

        // The inputs, byte for byte: the period, the one before it (its change figures), the site-wide files.
        XCTAssertEqual(payload.filter { $0.hasPrefix("content/") && !$0.contains("/complex-issues/") }, [
            "content/calendar/2024.yml", "content/departments.csv",
            "content/quarters/2024-Q2/adjustments.csv", "content/quarters/2024-Q2/narrative.en.md",
            "content/quarters/2024-Q2/narrative.md", "content/quarters/2024-Q2/posts.csv", "content/quarters/2024-Q2/quarter.yml",
            "content/quarters/2024-Q3/adjustments.csv", "content/quarters/2024-Q3/narrative.en.md",
            "content/quarters/2024-Q3/narrative.md", "content/quarters/2024-Q3/posts.csv", "content/quarters/2024-Q3/quarter.yml",
            "content/site.yml",
        ])
        XCTAssertEqual(try Data(contentsOf: bag.appendingPathComponent("data/content/quarters/2024-Q3/posts.csv")),
                       try Data(contentsOf: repository.appendingPathComponent("Content/quarters/2024-Q3/posts.csv")))
    }

    /// Both manifests in the format `sha256sum -c` reads, every payload file listed once.
    func testManifestsCheckWithSha256sum() throws {
        let bag = try makeTemporaryFolder(self, prefix: "bag").appendingPathComponent("bag")
        _ = try export("2024-Q2", to: bag)
        let manifest = try text(bag.appendingPathComponent("manifest-sha256.txt"))
        XCTAssertEqual(manifest.split(separator: "\n").map { String($0.dropFirst(66)) },
                       files(under: bag.appendingPathComponent("data")).map { "data/" + $0 })
        XCTAssertEqual(try text(bag.appendingPathComponent("tagmanifest-sha256.txt")).split(separator: "\n").map { String($0.dropFirst(66)) },
                       ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"])
        for name in ["manifest-sha256.txt", "tagmanifest-sha256.txt"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sha256sum", "--check", "--quiet", "--strict", name]
            process.currentDirectoryURL = bag
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, name)
        }
    }

    func testTheSameContentGivesTheSameBag() throws {
        let work = try makeTemporaryFolder(self, prefix: "bag")
        _ = try export("2024-Q3", to: work.appendingPathComponent("a"))
        _ = try export("2024-Q3", to: work.appendingPathComponent("b"))
        let a = files(under: work.appendingPathComponent("a")), b = files(under: work.appendingPathComponent("b"))
        XCTAssertEqual(a, b)
        for path in a {
            XCTAssertEqual(try Data(contentsOf: work.appendingPathComponent("a/" + path)),
                           try Data(contentsOf: work.appendingPathComponent("b/" + path)), path)
        }
    }

    func testAPeriodNotInTheContentIsNamedAndNothingIsWritten() throws {
        let bag = try makeTemporaryFolder(self, prefix: "bag").appendingPathComponent("bag")
        let content = repository.appendingPathComponent("Content").path
        for (period, folder) in [("2023-Q4", "quarters/2023-Q4"), ("2019-05", "months/2019-05")] {
            XCTAssertThrowsError(try export(period, to: bag)) { error in
                XCTAssertEqual((error as? FileErrors)?.errors, [FileError(
                    path: content + "/" + folder, message: "no period \(period) in \(content)/",
                    hint: "periods in the content: 2024-Q2, 2024-Q3")])
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: bag.path))
        }
    }

    /// A month's bag holds its pages, open data and content, with the same month a year earlier
    /// (the year-over-year figures compare with it).
    func testAMonthIsBaggedWithTheSameMonthAYearEarlier() throws {
        let bag = try makeTemporaryFolder(self, prefix: "bag").appendingPathComponent("bag")
        let summary = try BagExporter.export(period: XCTUnwrap(PeriodID("2019-05")), to: bag.path,
                                             contentDirectory: repository.appendingPathComponent("examples/hubei-monthly").path,
                                             templatesDirectory: repository.appendingPathComponent("Templates").path)
        let paths = files(under: bag)
        XCTAssertTrue(paths.contains("data/site/data/2019-05/summary.json"))
        XCTAssertTrue(paths.contains("data/content/months/2019-05/posts.csv"))
        XCTAssertTrue(paths.contains("data/content/months/2018-05/posts.csv"))
        XCTAssertTrue(paths.contains("data/content/calendar/2019.yml"))
        XCTAssertFalse(paths.contains { $0.hasPrefix("data/site/data/2018-05/") })
        XCTAssertTrue(try text(bag.appendingPathComponent("bag-info.txt")).contains("Period: 2019-05\n"))
        XCTAssertEqual(summary.payloadFiles, paths.filter { $0.hasPrefix("data/") }.count)
    }

    func testRefusesAFolderThatIsNotEmpty() throws {
        let bag = try makeTemporaryFolder(self, prefix: "bag")
        try Data("mine".utf8).write(to: bag.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try export("2024-Q3", to: bag)) { error in
            XCTAssertEqual((error as? FileErrors)?.errors.map(\.description),
                           ["\(bag.path): error: the folder exists and is not empty\n"
                            + "    hint: name a new folder: a bag is written whole, never into another one"])
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: bag.path), ["notes.txt"])
    }
}
