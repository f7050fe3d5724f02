import CFuzzerDriver
import Foundation
@testable import Lightboard

/// The input is used as `site.yml`, as an e-reading entry and as a free page
/// (UTF-8 check, BOM/CRLF handling, front matter split, YAML through Yams, text
/// values, officials, feedback). Errors are expected; crashes and hangs are not.
@main
enum FuzzFrontMatter {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzFrontMatterAndYAML(bytes!, count) })
    }
}

private func fuzzFrontMatterAndYAML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(UnsafeBufferPointer(start: bytes, count: count))
    for file in ["site.yml", "e-reading/2024-07.md", "pages/about.md"] {
        precondition(FileManager.default.createFile(atPath: "\(contentFolder)/\(file)", contents: input), "cannot write \(file)")
    }
    // Load reads the three files (UTF-8, BOM/CRLF, front matter, YAML); Validate reads site.yml,
    // then, with the languages set whatever site.yml gave, the e-reading entry and the page.
    guard let raw = ContentReader.read(contentDirectory: contentFolder).content else { return 0 }
    var validator = ContentValidator(raw: raw)
    _ = validator.validateSiteConfig()
    validator.languages = ["zh", "en"]
    _ = validator.validateEReading()
    _ = validator.validatePages()
    return 0
}

private let contentFolder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let folder = "\(base)/lightboard-fuzz-front-matter-\(getpid())"
    for subfolder in ["e-reading", "pages"] {
        try? FileManager.default.createDirectory(atPath: "\(folder)/\(subfolder)", withIntermediateDirectories: true)
    }
    return folder
}()
