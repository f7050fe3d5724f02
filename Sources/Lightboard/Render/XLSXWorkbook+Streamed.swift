import Foundation
import ZIPFoundation

extension XLSXWorkbook {
    /// The `.xlsx` of a CSV file too large to hold (posts.csv, as staged): read row by row,
    /// its sheets written to a temporary folder, then zipped there and handed on in pieces.
    /// A sheet holds at most `XLSXSheet.maximumDataRows` rows (Excel's limit), so a larger
    /// table continues on sheets `NAME 2`, `NAME 3`, ..., each with the header.
    static func streamed(path: String, csvFile: String, types: [XLSXSheet.CellType], sheetName: String,
                         rowsPerSheet: Int = XLSXSheet.maximumDataRows) -> StreamedFile {
        StreamedFile(path: path) { sink in
            let folder = FileManager.default.temporaryDirectory.path + "/lightboard-xlsx-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let sheets = try writeSheets(of: csvFile, types: types, rowsPerSheet: rowsPerSheet, into: folder)
            let book = folder + "/book.xlsx"
            let archive = try Archive(url: URL(fileURLWithPath: book), accessMode: .create)
            let readers = try sheets.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0.file)) }
            defer { for reader in readers { try? reader.close() } }
            try write(sheets: sheets.enumerated().map { index, sheet in
                Sheet(name: index == 0 ? sheetName : "\(sheetName) \(index + 1)", size: sheet.size) { position, size in
                    try readers[index].seek(toOffset: UInt64(position))
                    return try readers[index].read(upToCount: size) ?? Data()
                }
            }, to: archive)
            let zipped = try FileHandle(forReadingFrom: URL(fileURLWithPath: book))
            defer { try? zipped.close() }
            while let chunk = try zipped.read(upToCount: 1 << 20), !chunk.isEmpty { try sink(Array(chunk)) }
        }
    }

    /// The sheets' XML files, each with its size.
    private static func writeSheets(of csvFile: String, types: [XLSXSheet.CellType], rowsPerSheet: Int,
                                    into folder: String) throws -> [(file: String, size: Int64)] {
        var reader = try CSVReader(path: csvFile, displayPath: csvFile)
        let header = reader.header
        var sheets: [(file: String, size: Int64)] = []
        var sheet: XLSXSheet?
        var output: FileHandle?
        func close() throws {
            guard var finished = sheet, let handle = output else { return }
            finished.finish()
            try finished.flush { try handle.write(contentsOf: $0) }
            sheets[sheets.count - 1].size = Int64(try handle.offset())
            try handle.close()
        }
        var fields = [String](repeating: "", count: header.count)
        while try reader.withNextRow({ (row: CSVRow) throws -> Void in
            if sheet == nil || sheet!.rows > rowsPerSheet {
                try close()
                let file = folder + "/sheet\(sheets.count + 1).xml"
                _ = FileManager.default.createFile(atPath: file, contents: nil)
                output = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
                sheets.append((file, 0))
                sheet = XLSXSheet(header: header, types: types)
            }
            for index in fields.indices { fields[index] = index < row.count ? row.string(index) : "" }
            sheet!.append(fields)
            if sheet!.xml.count >= 1 << 20, let handle = output { try sheet!.flush { try handle.write(contentsOf: $0) } }
        }) != nil {}
        if sheet == nil {  // a header and no rows
            let file = folder + "/sheet1.xml"
            _ = FileManager.default.createFile(atPath: file, contents: nil)
            output = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
            sheets.append((file, 0))
            sheet = XLSXSheet(header: header, types: types)
        }
        try close()
        return sheets
    }
}
