import ArgumentParser
import Foundation
import Lightboard

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a copy of a built site against its manifest.sha256.",
        discussion: """
            Exit 0 when every file listed in DIR/manifest.sha256 is there with the same SHA-256 and no
            other file is (.git/ and .lightboard-manifest aside). Otherwise each changed, missing or
            extra file is named, one a line, on standard error, and the exit status is 1.
            """
    )

    @Argument(help: ArgumentHelp("The folder to check: a site Lightboard built, or a copy of one.", valueName: "DIR"))
    var directory: String

    func run() throws {
        let result: SiteVerifier.Report
        do {
            result = try SiteVerifier.verify(directory: directory)
        } catch let errors as ContentErrors {
            throw report(errors, nothingWrittenTo: nil)
        } catch let errors as FileErrors {
            throw report(errors.errors, nothingWrittenTo: nil)
        }
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        guard result.isIntact else {
            let lines = result.problems(in: directory).map { "\($0)\n" }.joined()
            FileHandle.standardError.write(Data((lines + "lightboard: \(folder) does not match its \(PublicManifest.name): "
                + "\(result.changed.count) changed, \(result.missing.count) missing, "
                + "\(counted(result.extra.count, "extra file")) (\(result.listed) listed).\n").utf8))
            throw ExitCode.failure
        }
        print("\(folder) is intact: \(counted(result.listed, "file")) \(result.listed == 1 ? "matches" : "match") \(PublicManifest.name).")
    }
}
