/// One file of the built site, produced in memory by Render and written by Write.
public struct RenderedFile: Hashable, Sendable {
    /// Relative to the output folder, with `/` separators, never `..` or absolute.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
