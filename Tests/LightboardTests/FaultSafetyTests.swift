import Foundation
import XCTest

/// For every kind of bad input the contract lists, the built binary fails with
/// exit 1 and the right `FILE:LINE: error:` message, and leaves an output folder
/// holding a previous good build, a `.git` folder and a `CNAME` file exactly as
/// it was: same paths, bytes and modification times.
final class FaultSafetyTests: XCTestCase {
    /// One bad input: an edit of one file of the sample (nil result: delete it)
    /// and the error it must produce, with paths relative to the content folder.
    struct BadInput: Sendable {
        var name: String
        var file: String
        var edit: @Sendable (Data) -> Data?
        var error: String
    }

    /// The sample with fewer posts, so that each case runs in a fraction of a second.
    static let keptPosts = 400
    static let keptAdjustments = 20
    /// Lines of a row appended to the trimmed files.
    static let postLine = keptPosts + 2
    static let adjustmentLine = keptAdjustments + 2

    static func appending(_ line: String) -> @Sendable (Data) -> Data? { { $0 + Data((line + "\n").utf8) } }
    static func replacing(_ old: String, with new: String) -> @Sendable (Data) -> Data? {
        { data in
            let text = String(decoding: data, as: UTF8.self)
            precondition(text.contains(old), "the sample no longer contains \(old)")
            return Data(text.replacingOccurrences(of: old, with: new).utf8)
        }
    }

    /// A valid 2024-Q3 post row (header: id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url).
    static func post(id: String = "F1", channel: String = "board", department: String = "psb", category: String = "inquiry",
                     posted: String = "2024-07-02T09:00", accepted: String = "2024-07-02T10:00",
                     replied: String = "2024-07-03T10:00", public isPublic: String = "yes",
                     url: String = "https://e.cnnb.example/post/F1") -> @Sendable (Data) -> Data? {
        appending([id, channel, department, category, posted, accepted, replied, isPublic, "A title", url].joined(separator: ","))
    }

    /// A 2024-Q3 adjustment row (header: department,date,kind,points,reason,source).
    static func adjustment(department: String = "psb", date: String = "2024-07-02", kind: String = "bonus",
                           points: String = "1") -> @Sendable (Data) -> Data? {
        appending([department, date, kind, points, "reason", "media"].joined(separator: ","))
    }

    static let posts = "quarters/2024-Q3/posts.csv"
    static let adjustments = "quarters/2024-Q3/adjustments.csv"

    static let cases: [BadInput] = [
        // site.yml
        BadInput(name: "unknown weight key", file: "site.yml", edit: replacing("green_rate: 50}", with: "green_rate: 50, speed_rate: 10}"),
                 error: #"site.yml:18: error: unknown key "speed_rate" in assessment.score.weights"#),
        BadInput(name: "assessed channel not in channels", file: "site.yml", edit: replacing("channels: [board]", with: "channels: [bord]"),
                 error: #"site.yml:15: error: unknown channel "bord""#),
        BadInput(name: "base_url without trailing slash", file: "site.yml",
                 edit: replacing("https://ratings.ningbo.example/", with: "https://ratings.ningbo.example"),
                 error: #"site.yml:2: error: base_url "https://ratings.ningbo.example" does not end with "/""#),
        BadInput(name: "YAML syntax error", file: "site.yml", edit: replacing("timezone: Asia/Shanghai", with: "timezone: [Asia/Shanghai"),
                 error: "site.yml:5:"),
        BadInput(name: "missing site.yml", file: "site.yml", edit: { _ in nil }, error: "site.yml:1: error: missing required file"),
        // departments.csv
        BadInput(name: "duplicate department id", file: "departments.csv", edit: appending("psb,重复,Duplicate,bureaus"),
                 error: #"departments.csv:108: error: duplicate department id "psb""#),
        BadInput(name: "unknown department group", file: "departments.csv", edit: appending("extra,新部门,New,bureau"),
                 error: #"departments.csv:108: error: unknown department group "bureau""#),
        BadInput(name: "missing id column in departments.csv", file: "departments.csv", edit: replacing("id,name,name_en", with: "code,name,name_en"),
                 error: #"departments.csv:1: error: missing required column "id""#),
        // calendar
        BadInput(name: "missing calendar year", file: "calendar/2024.yml", edit: { _ in nil },
                 error: "quarters/2024-Q3/quarter.yml:1: error: no working-day calendar for 2024"),
        BadInput(name: "date in both calendar lists", file: "calendar/2024.yml", edit: replacing("workdays: [", with: "workdays: [2024-10-01, "),
                 error: "calendar/2024.yml:3: error: 2024-10-01 is both a holiday and a workday"),
        BadInput(name: "calendar date outside its year", file: "calendar/2024.yml", edit: replacing("holidays: [", with: "holidays: [2025-01-01, "),
                 error: #"calendar/2024.yml:2: error: "2025-01-01" is outside 2024"#),
        // quarter.yml
        BadInput(name: "as_of before the quarter's end", file: "quarters/2024-Q3/quarter.yml", edit: replacing("as_of: 2024-11-18", with: "as_of: 2024-09-01"),
                 error: "quarters/2024-Q3/quarter.yml:1: error: as_of 2024-09-01 is before the end of 2024-Q3 (2024-09-30)"),
        BadInput(name: "unparseable published date", file: "quarters/2024-Q3/quarter.yml", edit: replacing("published: 2024-11-25", with: "published: soon"),
                 error: #"quarters/2024-Q3/quarter.yml:2: error: invalid published "soon""#),
        // posts.csv
        BadInput(name: "unknown channel", file: posts, edit: post(channel: "boards"), error: "\(posts):\(postLine): error: unknown channel \"boards\""),
        BadInput(name: "unknown department", file: posts, edit: post(department: "psbb"),
                 error: "\(posts):\(postLine): error: unknown department \"psbb\"\n    hint: did you mean \"psb\"?"),
        BadInput(name: "unknown category", file: posts, edit: post(category: "gripe"), error: "\(posts):\(postLine): error: unknown category \"gripe\""),
        BadInput(name: "duplicate post id", file: posts, edit: post(id: "2024Q3-000001"),
                 error: "\(posts):\(postLine): error: duplicate id \"2024Q3-000001\""),
        BadInput(name: "unparseable posted_at", file: posts, edit: post(posted: "2024/07/02 09:00"),
                 error: "\(posts):\(postLine): error: invalid posted_at \"2024/07/02 09:00\""),
        BadInput(name: "unparseable replied_at", file: posts, edit: post(replied: "tomorrow"),
                 error: "\(posts):\(postLine): error: invalid replied_at \"tomorrow\""),
        BadInput(name: "posted_at outside the quarter", file: posts, edit: post(posted: "2024-06-30T23:59", accepted: "", replied: ""),
                 error: "\(posts):\(postLine): error: posted_at \"2024-06-30T23:59\" is outside 2024-Q3"),
        BadInput(name: "posted_at outside the quarter once converted to site time", file: posts,
                 edit: post(posted: "2024-06-30T15:59Z", accepted: "", replied: ""),
                 error: "\(posts):\(postLine): error: posted_at \"2024-06-30T15:59Z\" is outside 2024-Q3"),
        BadInput(name: "accepted_at earlier than posted_at", file: posts, edit: post(accepted: "2024-07-02T08:00"),
                 error: "\(posts):\(postLine): error: accepted_at \"2024-07-02T08:00\" is earlier than posted_at \"2024-07-02T09:00\""),
        BadInput(name: "replied_at earlier than posted_at", file: posts, edit: post(replied: "2024-07-02T00:59Z"),
                 error: "\(posts):\(postLine): error: replied_at \"2024-07-02T00:59Z\" is earlier than posted_at \"2024-07-02T09:00\""),
        BadInput(name: "javascript: url", file: posts, edit: post(url: "javascript:alert(1)"),
                 error: "\(posts):\(postLine): error: url \"javascript:alert(1)\" is not http or https"),
        BadInput(name: "ftp url", file: posts, edit: post(url: "ftp://e.cnnb.example/F1"),
                 error: "\(posts):\(postLine): error: url \"ftp://e.cnnb.example/F1\" is not http or https"),
        BadInput(name: "bad public value", file: posts, edit: post(public: "maybe"), error: "\(posts):\(postLine): error: invalid public \"maybe\""),
        BadInput(name: "row with too many fields", file: posts, edit: appending("F1,board,psb,inquiry,2024-07-02T09:00,,,yes,a,b,c"),
                 error: "\(posts):\(postLine): error: expected 10 fields, found 11"),
        BadInput(name: "missing required column", file: posts, edit: replacing("department,category", with: "department,kategory"),
                 error: "\(posts):1: error: missing required column \"category\""),
        BadInput(name: "non-UTF-8 file (GBK export)", file: posts, edit: { $0 + Data([0xC4, 0xFE, 0x0A]) },
                 error: "\(posts):\(postLine): error: the file is not valid UTF-8"),
        BadInput(name: "missing posts.csv", file: posts, edit: { _ in nil }, error: "\(posts):1: error: missing required file"),
        // adjustments.csv
        BadInput(name: "adjustment of an unknown department", file: adjustments, edit: adjustment(department: "psbb"),
                 error: "\(adjustments):\(adjustmentLine): error: unknown department \"psbb\""),
        BadInput(name: "adjustment of a bad kind", file: adjustments, edit: adjustment(kind: "reward"),
                 error: "\(adjustments):\(adjustmentLine): error: invalid kind \"reward\""),
        BadInput(name: "adjustment of zero points", file: adjustments, edit: adjustment(points: "0"),
                 error: "\(adjustments):\(adjustmentLine): error: invalid points \"0\""),
        BadInput(name: "adjustment of negative points", file: adjustments, edit: adjustment(points: "-1"),
                 error: "\(adjustments):\(adjustmentLine): error: invalid points \"-1\""),
        BadInput(name: "adjustment dated outside the quarter", file: adjustments, edit: adjustment(date: "2024-06-30"),
                 error: "\(adjustments):\(adjustmentLine): error: date 2024-06-30 is outside 2024-Q3"),
        BadInput(name: "adjustments without a source column", file: adjustments, edit: replacing(",reason,source", with: ",reason"),
                 error: "\(adjustments):1: error: missing required column \"source\""),
        // Markdown with front matter
        BadInput(name: "complex issue with an unknown lead", file: "quarters/2024-Q3/complex-issues/issue-01.md",
                 edit: replacing("lead: housing", with: "lead: housingg"),
                 error: "quarters/2024-Q3/complex-issues/issue-01.md:3: error: unknown department \"housingg\""),
        BadInput(name: "complex issue with an unknown partner", file: "quarters/2024-Q3/complex-issues/issue-01.md",
                 edit: replacing("partners: [qianwan]", with: "partners: [qianwann]"),
                 error: "quarters/2024-Q3/complex-issues/issue-01.md:4: error: unknown department \"qianwann\""),
        BadInput(name: "front matter not closed", file: "pages/about.md", edit: replacing("\n---\n", with: "\n"),
                 error: "pages/about.md:1: error: front matter is not closed"),
        BadInput(name: "e-reading with a negative hits count", file: "e-reading/2024-07.md", edit: replacing("hits: 10841", with: "hits: -3"),
                 error: #"e-reading/2024-07.md:7: error: invalid hits "-3""#),
        BadInput(name: "translation in a language site.yml does not list", file: "pages/about.fr.md", edit: { _ in Data("Bonjour\n".utf8) },
                 error: #"pages/about.fr.md:1: error: unknown language "fr" in file name"#),
        BadInput(name: "misspelt file name in a quarter", file: "quarters/2024-Q3/adjustment.csv", edit: { _ in Data("department\n".utf8) },
                 error: #"quarters/2024-Q3/adjustment.csv:1: error: unexpected file "adjustment.csv""#),
    ]

    func testEveryBadInputFailsAndLeavesTheOutputFolderUntouched() throws {
        let work = try makeTemporaryFolder(self, prefix: "fault-safety")
        let content = work.appendingPathComponent("Content")
        try Self.makeTrimmedSample(at: content)
        let output = work.appendingPathComponent("Site")
        let good = try LightboardBinary.build(content: content, output: output)
        XCTAssertEqual(good.status, 0, good.err)
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".git/refs"), withIntermediateDirectories: true)
        try Data("ref: refs/heads/main\n".utf8).write(to: output.appendingPathComponent(".git/HEAD"))
        try Data("ratings.example\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        let before = try FolderSnapshot(output)
        XCTAssertGreaterThan(before.entries.count, 100, "the previous good build is missing")

        var failures = 0
        for badInput in Self.cases {
            let file = content.appendingPathComponent(badInput.file)
            let original = try? Data(contentsOf: file)
            if let edited = badInput.edit(original ?? Data()) {
                try edited.write(to: file)
            } else {
                try FileManager.default.removeItem(at: file)
            }
            defer {
                if let original { try? original.write(to: file) } else { try? FileManager.default.removeItem(at: file) }
            }

            let result = try LightboardBinary.build(content: content, output: output)
            let expected = content.path + "/" + badInput.error
            let changes = try before.differences(to: FolderSnapshot(output))
            let problems = [
                result.status == 1 ? nil : "exit status \(result.status), expected 1",
                result.err.contains(expected) ? nil : "no \(expected.debugDescription)",
                result.err.contains("nothing was written") ? nil : "no \"nothing was written\"",
                changes.isEmpty ? nil : "output folder changed: \(changes.prefix(5).joined(separator: "; "))",
            ].compactMap { $0 }
            if !problems.isEmpty {
                failures += 1
                XCTFail("case \"\(badInput.name)\": \(problems.joined(separator: ", "))\nstderr:\n\(result.err)")
            }
        }
        XCTAssertEqual(try FolderSnapshot(output), before)
        if failures == 0 {
            print("fault safety: \(Self.cases.count) bad-input cases, output folder untouched")
        }
    }

    /// The repository's sample with its posts and adjustments cut down (still valid).
    static func makeTrimmedSample(at content: URL) throws {
        try FileManager.default.copyItem(at: LightboardBinary.repository.appendingPathComponent("Content"), to: content)
        let quarters = content.appendingPathComponent("quarters")
        for quarter in try FileManager.default.contentsOfDirectory(atPath: quarters.path) {
            for (name, rows) in [("posts.csv", keptPosts), ("adjustments.csv", keptAdjustments)] {
                let file = quarters.appendingPathComponent(quarter).appendingPathComponent(name)
                let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                try (lines.prefix(rows + 1).joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            }
        }
    }
}
