/// The naming rules of the content folder that both Load (which files are which) and
/// Validate (ids inside the files) apply.
enum ContentName {
    /// `[a-z0-9][a-z0-9-]*`: department ids and URL slugs, which can never escape a folder.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first.isLowercaseASCIIOrDigit else { return false }
        return text.utf8.allSatisfy { $0.isLowercaseASCIIOrDigit || $0 == UInt8(ascii: "-") }
    }

    static let identifierHint = "use lower-case letters a-z, digits and hyphens, starting with a letter or digit"

    /// `YYYY-MM` with a valid month: an e-reading file's name.
    static func yearMonth(_ name: String) -> (year: Int, month: Int)? {
        let bytes = Array(name.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = Day.digits(bytes[0..<4]), let month = Day.digits(bytes[5..<7]), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }
}

extension UInt8 {
    var isLowercaseASCIIOrDigit: Bool { (0x61...0x7A).contains(self) || (0x30...0x39).contains(self) }
}
