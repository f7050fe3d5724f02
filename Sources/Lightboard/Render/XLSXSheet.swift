/// The worksheet XML of an `.xlsx` download (Office Open XML SpreadsheetML,
/// ECMA-376): the rows of a CSV table as typed cells, the header row bold and frozen.
///
/// Cells follow the column's Table Schema type: `integer` and `number` are numbers,
/// `datetime` (`2024-07-01T09:00:00+08:00`) is a date-time serial in the site time zone
/// shown as `yyyy-mm-dd hh:mm:ss` (Excel has no time zones), anything else is text.
/// An empty CSV cell is no cell (a blank one at the end of a row).
struct XLSXSheet {
    enum CellType: Sendable {
        case text, number, dateTime

        /// The cell type of a Frictionless field type.
        init(fieldType: String) {
            switch fieldType {
            case "integer", "number": self = .number
            case "datetime": self = .dateTime
            default: self = .text
            }
        }
    }

    /// Excel's limit: 1,048,576 rows a sheet, the header included.
    static let maximumDataRows = 1_048_575
    /// Style indices of `XLSXWorkbook.styles`.
    private static let dateTimeStyle = "1", headerStyle = "2"

    let types: [CellType]
    private let columnLetters: [[UInt8]]
    private(set) var xml: [UInt8] = []
    private(set) var rows = 0

    init(header: [String], types: [CellType]) {
        self.types = types
        columnLetters = types.indices.map { Array(Self.columnName($0).utf8) }
        xml += #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.utf8
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#.utf8
        xml += #"<selection pane="bottomLeft"/></sheetView></sheetViews><sheetData>"#.utf8
        appendRow(header, isHeader: true)
    }

    /// Appends a data row; `fields` are the CSV cells, unquoted.
    mutating func append(_ fields: [String]) { appendRow(fields, isHeader: false) }

    /// Hands the XML written so far to `sink` and forgets it (a sheet of a million rows need not be held).
    mutating func flush(into sink: ([UInt8]) throws -> Void) rethrows {
        try sink(xml)
        xml.removeAll(keepingCapacity: true)
    }

    /// Closes the sheet.
    mutating func finish() { xml += "</sheetData></worksheet>".utf8 }

    private mutating func appendRow(_ fields: [String], isHeader: Bool) {
        rows += 1
        let row = String(rows)
        xml += #"<row r="\#(row)">"#.utf8
        for (index, field) in fields.enumerated() {
            guard !field.isEmpty else {
                // A blank last cell keeps the row as wide as the header for readers that stop at its last cell.
                if index == fields.count - 1 { xml += #"<c r=""#.utf8 + columnLetters[index] + #"\#(row)"/>"#.utf8 }
                continue
            }
            xml += #"<c r=""#.utf8
            xml += columnLetters[index]
            xml += #"\#(row)""#.utf8
            let type = isHeader ? .text : types[index]
            switch type {
            case .number:
                xml += "><v>\(field)</v></c>".utf8
            case .dateTime:
                if let serial = Self.serial(field) {
                    xml += #" s="\#(Self.dateTimeStyle)"><v>\#(serial)</v></c>"#.utf8
                } else {
                    appendText(field, style: nil)
                }
            case .text:
                appendText(field, style: isHeader ? Self.headerStyle : nil)
            }
        }
        xml += "</row>".utf8
    }

    private mutating func appendText(_ text: String, style: String?) {
        if let style { xml += #" s="\#(style)""#.utf8 }
        xml += #" t="inlineStr"><is><t xml:space="preserve">"#.utf8
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): xml += "&amp;".utf8
            case UInt8(ascii: "<"): xml += "&lt;".utf8
            case UInt8(ascii: ">"): xml += "&gt;".utf8
            // XML 1.0 allows no other control characters.
            case 0x00..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D: xml += "\u{FFFD}".utf8
            default: xml.append(byte)
            }
        }
        xml += "</t></is></c>".utf8
    }

    /// `A`, `B`, ..., `Z`, `AA`, ...
    static func columnName(_ index: Int) -> String {
        var index = index + 1, name = ""
        while index > 0 {
            let digit = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// The date-time serial (days since 1899-12-30, the time as a fraction) of the local
    /// date and time of `YYYY-MM-DDTHH:MM:SS` and an offset; nil for anything else.
    static func serial(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, let day = Day(iso: text.prefix(10)), bytes[10] == UInt8(ascii: "T"),
              let hours = Day.digits(bytes[11..<13]), let minutes = Day.digits(bytes[14..<16]),
              let seconds = Day.digits(bytes[17..<19]) else { return nil }
        let secondOfDay = hours * 3600 + minutes * 60 + seconds
        // 25,569 is 1970-01-01 (Day's origin) as a serial; Double's shortest text is the same on every machine.
        return (Double(day.ordinal + 25_569) + Double(secondOfDay) / 86_400).description
    }
}
