import CFuzzerDriver
import Foundation
import Lightboard

/// The input is a CSV file; its first byte also picks the reader's chunk size
/// (1 to 16 bytes), so that records, quotes, CRLF and UTF-8 sequences straddle
/// chunk boundaries. The reader may report anything but must not crash or hang.
@main
enum FuzzCSV {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzCSVReader(bytes!, count) })
    }
}

private func fuzzCSVReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = UnsafeBufferPointer(start: bytes, count: count)
    let chunkSize = 1 + Int(input.first ?? 0) % 16
    precondition(FileManager.default.createFile(atPath: csvPath, contents: Data(input)), "cannot write \(csvPath)")
    guard var reader = try? CSVReader(path: csvPath, displayPath: "fuzz.csv", chunkSize: chunkSize) else { return 0 }
    while let record = reader.next() {
        precondition(record.fields.count == reader.header.count, "a record with a wrong field count was returned")
    }
    return 0
}

private let csvPath: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let folder = "\(base)/lightboard-fuzz-csv-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/input.csv"
}()
