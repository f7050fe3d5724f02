/// A problem with a whole file rather than one of its lines, reported like a
/// `Diagnostic` without a line: `PATH: error: MESSAGE` and, where one helps, a hint.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var hint: String?

    public init(path: String, message: String, hint: String? = nil) {
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "\(path): error: \(message)" + (hint.map { "\n    hint: \($0)" } ?? "")
    }
}

/// Every `FileError` of a run, reported together.
public struct FileErrors: Error, Sendable {
    public var errors: [FileError]

    public init(_ errors: [FileError]) {
        self.errors = errors
    }
}
