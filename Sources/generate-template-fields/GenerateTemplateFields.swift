import Foundation

/// `swift run generate-template-fields [RENDER_FOLDER OUTPUT]`, from the package folder:
/// reads `ViewModels.swift` and `ViewModels+*.swift` of the folder.
@main
struct GenerateTemplateFields {
    static let renderPath = "Sources/Lightboard/Render"
    static let outputPath = "Sources/Lightboard/Render/TemplateLookups.generated.swift"

    /// `ViewModels.swift` first, then its parts by name, so the output does not depend on the file system's order.
    static func viewModelFiles(in folder: String) throws -> [(name: String, source: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0 == "ViewModels.swift" || ($0.hasPrefix("ViewModels+") && $0.hasSuffix(".swift")) }
            .sorted { ($0 == "ViewModels.swift" ? "" : $0) < ($1 == "ViewModels.swift" ? "" : $1) }
        return try names.map { name in (name, try String(contentsOfFile: folder + "/" + name, encoding: .utf8)) }
    }

    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        let input = arguments.first ?? renderPath
        let output = arguments.dropFirst().first ?? outputPath
        do {
            let generated = try TemplateFieldsGenerator.generate(files: viewModelFiles(in: input))
            if (try? String(contentsOfFile: output, encoding: .utf8)) != generated {
                try generated.write(toFile: output, atomically: true, encoding: .utf8)
                print("wrote \(output)")
            } else {
                print("\(output) is up to date")
            }
        } catch {
            FileHandle.standardError.write(Data("generate-template-fields: \(error)\n".utf8))
            exit(1)
        }
    }
}
