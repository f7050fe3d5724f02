import Foundation
import ZIPFoundation

/// An `.xlsx` download: the parts of a SpreadsheetML workbook around its sheets, zipped
/// with ZIPFoundation. The CSVs are UTF-8 without a BOM, which Excel on a Chinese Windows
/// desktop opens as GBK; a workbook has no such ambiguity.
///
/// The bytes are deterministic: entries in a fixed order, every timestamp 1980-01-01 00:00
/// (the first ZIP date; ZIPFoundation writes it in UTC), fixed permissions, deflate by zlib.
enum XLSXWorkbook {
    /// 1980-01-01T00:00:00Z.
    static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    /// A sheet: its tab name and its XML, in memory or in a file.
    struct Sheet {
        var name: String
        var size: Int64
        var read: (_ position: Int64, _ size: Int) throws -> Data
    }

    /// A workbook of one small sheet, in memory.
    static func bytes(_ sheet: XLSXSheet, name: String) throws -> [UInt8] {
        var sheet = sheet
        sheet.finish()
        let xml = Data(sheet.xml)
        let archive = try Archive(data: Data(), accessMode: .create)
        try write(sheets: [Sheet(name: name, size: Int64(xml.count)) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }], to: archive)
        return Array(archive.data ?? Data())
    }

    /// Writes the workbook's parts, then its sheets, into `archive`.
    static func write(sheets: [Sheet], to archive: Archive) throws {
        for (path, text) in parts(sheetNames: sheets.map(\.name)) {
            let data = Data(text.utf8)
            try add(path, size: Int64(data.count), to: archive) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", size: sheet.size, to: archive, provider: sheet.read)
        }
    }

    private static func add(_ path: String, size: Int64, to archive: Archive, provider: @escaping Provider) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: size, modificationDate: timestamp,
                             permissions: 0o644, compressionMethod: .deflate, provider: provider)
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// Everything but the sheets: content types, relationships, the workbook, the styles.
    static func parts(sheetNames: [String]) -> [(String, String)] {
        let sheets = sheetNames.indices
        let overrides = sheets.map {
            #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="\#(contentType).worksheet+xml"/>"#
        }.joined()
        let types = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="\#(contentType).sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="\#(contentType).styles+xml"/>"# + overrides + "</Types>"
        let rootRelationships = header + #"<Relationships xmlns="\#(packageRelationships)">"#
            + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        let workbook = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"#
            + sheets.map { #"<sheet name="\#(sheetNames[$0])" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
            + "</sheets></workbook>"
        let workbookRelationships = header + #"<Relationships xmlns="\#(packageRelationships)">"#
            + sheets.map {
                #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
            }.joined()
            + #"<Relationship Id="rId\#(sheetNames.count + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
        return [("[Content_Types].xml", types), ("_rels/.rels", rootRelationships), ("xl/workbook.xml", workbook),
                ("xl/_rels/workbook.xml.rels", workbookRelationships), ("xl/styles.xml", styles)]
    }

    /// Style 0 plain, 1 a date and time, 2 the bold header.
    private static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
}
