#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A record of a CSV file, with the physical line (1-based) where it starts.
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A streaming RFC 4180 reader over a file's bytes.
///
/// The file is read in fixed-size chunks, so memory does not grow with the
/// file; Swift CSV libraries are about 50 times slower than this byte loop on
/// a 4-million-row posts.csv. Accepts a UTF-8 BOM, CRLF or LF line breaks
/// (CRLF inside quoted fields becomes LF) and a last line without a line break.
/// Blank lines are skipped. Records whose field count differs from the header's
/// are reported and skipped (trailing empty fields are tolerated). Reading stops
/// at the first invalid UTF-8, since the rest of such a file is not trustworthy.
public struct CSVReader {
    public static let defaultChunkSize = 1 << 20
    static let utf8Hint = #"re-save the file as "CSV UTF-8" (spreadsheets often export GBK)"#

    /// Column names of line 1, trimmed of surrounding spaces.
    public private(set) var header: [String]
    public let displayPath: String
    /// Problems found so far; complete once `next()` has returned nil.
    public private(set) var diagnostics: [Diagnostic] = []

    private let source: ChunkSource
    private var scanner = ParseState()

    /// Opens `path` and reads its header row. Throws when the file cannot be
    /// read, is empty, or its header is malformed.
    public init(path: String, displayPath: String, chunkSize: Int = CSVReader.defaultChunkSize) throws(Diagnostic) {
        self.displayPath = displayPath
        guard let source = ChunkSource(path: path, chunkSize: chunkSize) else {
            throw Diagnostic(file: displayPath, line: 1, message: "cannot read file")
        }
        self.source = source
        header = []
        guard let first = readRecord() else {
            throw diagnostics.first ?? Diagnostic(file: displayPath, line: 1, message: "empty file, expected a header row")
        }
        header = first.fields.map { String($0.trimmingSpaces) }
    }

    /// The next record, or nil at the end of the file (or after an error that
    /// makes the rest unreadable, which is then in `diagnostics`).
    public mutating func next() -> CSVRecord? {
        while let record = readRecord() {
            if record.fields.count == header.count { return record }
            if record.fields.count > header.count, record.fields[header.count...].allSatisfy(\.isEmpty) {
                return CSVRecord(line: record.line, fields: Array(record.fields.prefix(header.count)))
            }
            diagnostics.append(Diagnostic(
                file: displayPath, line: record.line,
                message: "expected \(header.count) fields, found \(record.fields.count)",
                hint: record.fields.count > header.count ? "quote fields that contain commas" : nil))
        }
        return nil
    }

    // MARK: - Byte loop

    /// Parser state that survives chunk boundaries.
    private struct ParseState {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var fieldLine = 1
        var recordStarted = false
        /// A CR was just consumed as a line break, so a following LF is part of it.
        var skipLineFeed = false
        var field: [UInt8] = []
        var fields: [String] = []
        var finished = false
    }

    private mutating func readRecord() -> CSVRecord? {
        guard !scanner.finished else { return nil }
        while true {
            while source.position < source.count {
                if let record = scan() { return record }
                if scanner.finished { return nil }
            }
            if !source.refill() { return finish() }
        }
    }

    /// Consumes bytes of the current chunk until a record is complete or the chunk ends.
    private mutating func scan() -> CSVRecord? {
        let bytes = source.bytes
        let end = source.count
        var index = source.position
        defer { source.position = index }
        while index < end {
            let byte = bytes[index]
            if scanner.skipLineFeed {
                scanner.skipLineFeed = false
                if byte == .lineFeed { index += 1; continue }
            }
            switch scanner.state {
            case .fieldStart, .unquoted:
                if byte == .lineFeed || byte == .carriageReturn {
                    index += 1
                    scanner.skipLineFeed = byte == .carriageReturn
                    scanner.line += 1
                    guard scanner.recordStarted else { continue }  // blank line
                    return endRecord()
                }
                if !scanner.recordStarted {
                    scanner.recordStarted = true
                    scanner.recordLine = scanner.line
                    scanner.fieldLine = scanner.line
                }
                if byte == .comma {
                    index += 1
                    guard endField() else { return nil }
                    continue
                }
                if byte == .quote, scanner.state == .fieldStart {
                    index += 1
                    scanner.state = .quoted
                    continue
                }
                scanner.state = .unquoted
                // Copy the run of ordinary bytes at once.
                let runStart = index
                while index < end, !bytes[index].isUnquotedDelimiter { index += 1 }
                if index == runStart { index += 1 }  // a stray quote inside an unquoted field is kept
                scanner.field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            case .quoted:
                if byte == .quote {
                    index += 1
                    scanner.state = .quoteInQuoted
                } else if byte == .lineFeed || byte == .carriageReturn {
                    index += 1
                    scanner.skipLineFeed = byte == .carriageReturn
                    scanner.line += 1
                    scanner.field.append(.lineFeed)
                } else {
                    let runStart = index
                    while index < end, !bytes[index].isQuotedDelimiter { index += 1 }
                    scanner.field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
            case .quoteInQuoted:
                if byte == .quote {
                    index += 1
                    scanner.field.append(.quote)
                    scanner.state = .quoted
                } else {
                    // The closing quote: the byte is handled as in an unquoted field.
                    scanner.state = .unquoted
                }
            }
        }
        return nil
    }

    /// Appends the current field; false after invalid UTF-8 (reading stops).
    private mutating func endField() -> Bool {
        // Not `String(validating:as:)`: it is generic and unspecialised in the
        // standard library and cost ~1,100 instructions a field (13% of the
        // sample build, callgrind); this validates, then decodes without repairs.
        guard UTF8Validation.firstInvalidOffset(in: scanner.field) == nil else {
            reportInvalidUTF8()
            return false
        }
        scanner.fields.append(String(decoding: scanner.field, as: UTF8.self))
        scanner.field.removeAll(keepingCapacity: true)
        scanner.fieldLine = scanner.line
        scanner.state = .fieldStart
        return true
    }

    private mutating func endRecord() -> CSVRecord? {
        guard endField() else { return nil }
        let record = CSVRecord(line: scanner.recordLine, fields: scanner.fields)
        scanner.fields.removeAll(keepingCapacity: true)
        scanner.recordStarted = false
        return record
    }

    private mutating func finish() -> CSVRecord? {
        guard !scanner.finished else { return nil }
        defer { scanner.finished = true }
        if scanner.state == .quoted {
            diagnostics.append(Diagnostic(file: displayPath, line: scanner.recordLine,
                                          message: "unterminated quoted field",
                                          hint: #"close the field with a quote (write "" for a quote inside it)"#))
            return nil
        }
        return scanner.recordStarted ? endRecord() : nil
    }

    private mutating func reportInvalidUTF8() {
        let badLine = scanner.fieldLine + UTF8Validation.lineBreaks(in: scanner.field,
                                                                   before: UTF8Validation.firstInvalidOffset(in: scanner.field) ?? 0)
        diagnostics.append(Diagnostic(file: displayPath, line: badLine,
                                      message: "the file is not valid UTF-8", hint: CSVReader.utf8Hint))
        scanner.finished = true
    }
}

/// A file read in chunks into one reused buffer.
private final class ChunkSource {
    let descriptor: Int32
    let bytes: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    var position = 0
    private var isFirstChunk = true

    init?(path: String, chunkSize: Int) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        // At least 3 bytes, so that a BOM is always seen whole.
        bytes = .allocate(capacity: max(chunkSize, 3))
    }

    deinit {
        close(descriptor)
        bytes.deallocate()
    }

    /// Reads the next chunk; false at the end of the file.
    func refill() -> Bool {
        position = 0
        count = max(0, read(descriptor, bytes.baseAddress!, bytes.count))
        guard count > 0 else { return false }
        if isFirstChunk {
            isFirstChunk = false
            while count < 3 {
                let more = read(descriptor, bytes.baseAddress! + count, bytes.count - count)
                if more <= 0 { break }
                count += more
            }
            if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
            if position == count { return refill() }
        }
        return true
    }
}

extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")

    var isUnquotedDelimiter: Bool { self == .comma || self == .lineFeed || self == .carriageReturn || self == .quote }
    var isQuotedDelimiter: Bool { self == .quote || self == .lineFeed || self == .carriageReturn }
}
