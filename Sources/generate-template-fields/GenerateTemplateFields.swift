import Foundation

/// `swift run generate-template-fields [VIEW_MODELS OUTPUT]`, from the package folder.
@main
struct GenerateTemplateFields {
    static let viewModelsPath = "Sources/Lightboard/Render/ViewModels.swift"
    static let outputPath = "Sources/Lightboard/Render/TemplateLookups.generated.swift"

    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        let input = arguments.first ?? viewModelsPath
        let output = arguments.dropFirst().first ?? outputPath
        do {
            let source = try String(contentsOfFile: input, encoding: .utf8)
            let generated = try TemplateFieldsGenerator.generate(from: source)
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
