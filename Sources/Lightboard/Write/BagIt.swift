/// A BagIt bag (RFC 8493) in memory: the payload under `data/`, then the tag
/// files `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt` and
/// `tagmanifest-sha256.txt`. Everything is sorted and dated by the caller, so the
/// same payload and metadata give the same bytes.
public enum BagIt {
    /// `bag-info.txt` as ordered `Label: value` pairs (a label may repeat, RFC 8493 §2.2.2).
    public typealias Info = [(label: String, value: String)]

    /// Every file of the bag. `payload` paths are relative to `data/`; `info` gets
    /// `Payload-Oxum` (octets.files) appended.
    public static func files(payload: [RenderedFile], info: Info) -> [RenderedFile] {
        let payload = payload.map { RenderedFile(path: "data/" + $0.path, bytes: $0.bytes) }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let octets = payload.reduce(0) { $0 + $1.bytes.count }
        let bagInfo = (info + [("Payload-Oxum", "\(octets).\(payload.count)")])
            .map { "\($0.label): \(oneLine($0.value))\n" }.joined()
        let tags = [
            RenderedFile(path: "bagit.txt", text: "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
            RenderedFile(path: "bag-info.txt", text: bagInfo),
            RenderedFile(path: "manifest-sha256.txt", text: manifest(payload)),
        ]
        return payload + tags + [RenderedFile(path: "tagmanifest-sha256.txt", text: manifest(tags))]
    }

    /// `HASH  PATH` lines in path order; `%`, CR and LF in a path are percent-encoded (RFC 8493 §2.1.3).
    static func manifest(_ files: [RenderedFile]) -> String {
        let digests = files.concurrentMap { SHA256.hex($0.bytes) }
        return zip(files, digests).sorted { $0.0.path.utf8.lexicographicallyPrecedes($1.0.path.utf8) }.map { file, digest in
            let path = file.path.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            return digest + "  " + path + "\n"
        }.joined()
    }

    /// A tag value on one line: line breaks become spaces.
    private static func oneLine(_ value: String) -> String {
        String(value.map { $0.isNewline ? " " : $0 })
    }
}
