import Foundation
import Yams

extension ContentValidator {
    /// `license: {name: CC-BY-4.0, path: https://..., title: ...}`: name or path or both.
    mutating func validateLicense(_ node: Node, _ yaml: YAMLReader) -> OpenDataLicense? {
        guard let mapping = yaml.mapping(node, name: "license", allowedKeys: InputDeclarations.site.names(of: "license"), diagnostics: &diagnostics)
        else { return nil }
        func text(_ key: String) -> (String, Int)? {
            guard let value = yaml.value(key, in: mapping, required: false, diagnostics: &diagnostics),
                  let string = yaml.string(value, name: "license.\(key)", diagnostics: &diagnostics) else { return nil }
            return (string, yaml.line(of: value))
        }
        let name = text("name"), path = text("path"), title = text("title")
        var isValid = true
        if let (name, line) = name, name.isEmpty || !name.utf8.allSatisfy({ Self.isLicenseNameByte($0) }) {
            diagnostics.report(file: yaml.file, line: line, "license.name \"\(name)\" is not a licence id",
                               hint: "use an Open Definition id such as CC-BY-4.0 or ODC-BY-1.0 (letters, digits, - . _)")
            isValid = false
        }
        if let (path, line) = path, !(path.lowercased().hasPrefix("https://") || path.lowercased().hasPrefix("http://")) {
            diagnostics.report(file: yaml.file, line: line, "license.path \"\(path)\" is not an http(s) URL",
                               hint: "the address of the licence text, e.g. https://creativecommons.org/licenses/by/4.0/")
            isValid = false
        }
        if name == nil && path == nil {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "license has neither name nor path",
                               hint: "e.g. license: {name: CC-BY-4.0, path: https://creativecommons.org/licenses/by/4.0/}")
            isValid = false
        }
        return isValid ? OpenDataLicense(name: name?.0, path: path?.0, title: title?.0) : nil
    }

    /// `open_data: {posts: true}`: each key a yes/no, off when absent.
    mutating func validateOpenData(_ node: Node, _ yaml: YAMLReader) -> OpenDataOptions {
        guard let mapping = yaml.mapping(node, name: "open_data", allowedKeys: InputDeclarations.site.names(of: "open_data"), diagnostics: &diagnostics)
        else { return OpenDataOptions() }
        let posts = yaml.value("posts", in: mapping, required: false, diagnostics: &diagnostics)
            .flatMap { yaml.bool($0, name: "open_data.posts", diagnostics: &diagnostics) }
        return OpenDataOptions(posts: posts ?? false)
    }

    /// Frictionless: a licence name is `[-a-zA-Z0-9._]+`.
    private static func isLicenseNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
    }
}
