import Foundation

/// The size and modification time of every file under some folders: two snapshots differ
/// when a file was saved, added, removed or renamed. Polling them is portable (no inotify
/// or FSEvents), and cheap for content folders, which hold tens of files, not thousands.
struct FolderSnapshot: Equatable, Sendable {
    private var stamps: [String: String] = [:]

    init(folders: [String]) {
        for folder in folders {
            let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
            for relative in files {
                let path = folder + "/" + relative
                var status = stat()
                guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
                #if canImport(Darwin)
                let modified = status.st_mtimespec
                #else
                let modified = status.st_mtim
                #endif
                stamps[path] = "\(status.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(status.st_ino)"
            }
        }
    }
}
