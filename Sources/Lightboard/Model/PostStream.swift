/// A period's validated posts, handed on one at a time in file order (each post's text valid
/// only during the call, see `PostText`). Made by the pipeline, which reads and checks the
/// period's posts file again each time it is run: what needs every post after the figures are
/// computed (the posts open data) calls it instead of reading the file itself.
public struct PostStream: Sendable {
    private let replay: @Sendable (_ body: (Post, PostText) -> Void) throws -> Void

    public init(_ replay: @escaping @Sendable (_ body: (Post, PostText) -> Void) throws -> Void) {
        self.replay = replay
    }

    /// Throws when the posts can no longer be read as they were (the file changed or went
    /// away during the build): a file written from them would be cut short.
    public func forEach(_ body: (Post, PostText) -> Void) throws { try replay(body) }
}
