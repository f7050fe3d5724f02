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

/// A record as the reader holds it: the UTF-8 bytes of its fields, already
/// validated, so that a caller can check a field without making a String of it.
/// Valid only during the `withNextRow(_:)` call that passes it.
public struct CSVRow {
    /// The physical line (1-based) where the record starts.
    public let line: Int
    private let bytes: UnsafeBufferPointer<UInt8>
    private let fieldEnds: UnsafeBufferPointer<Int>

    fileprivate init(line: Int, bytes: UnsafeBufferPointer<UInt8>, fieldEnds: UnsafeBufferPointer<Int>) {
        (self.line, self.bytes, self.fieldEnds) = (line, bytes, fieldEnds)
    }

    public var count: Int { fieldEnds.count }

    /// The bytes of the field at `index`.
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[(index == 0 ? 0 : fieldEnds[index - 1])..<fieldEnds[index]])
    }

    /// The field at `index` as a String. The bytes are already valid UTF-8, so
    /// not `String(validating:as:)`: it is generic and unspecialised in the
    /// standard library (~1,100 instructions a field, callgrind).
    public func string(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
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
        guard readRecord() else {
            throw diagnostics.first ?? Diagnostic(file: displayPath, line: 1, message: "empty file, expected a header row")
        }
        header = withCurrentRow(fieldCount: scanner.fieldEnds.count) { row in
            (0..<row.count).map { String(row.string($0).trimmingSpaces) }
        }
    }

    /// The next record, or nil at the end of the file (or after an error that
    /// makes the rest unreadable, which is then in `diagnostics`).
    public mutating func next() -> CSVRecord? {
        withNextRow { row in CSVRecord(line: row.line, fields: (0..<row.count).map(row.string)) }
    }

    /// Calls `body` with the next record and returns its result, or returns nil
    /// at the end of the file (as `next()`). The row has the header's field count.
    public mutating func withNextRow<Result>(_ body: (CSVRow) throws -> Result) rethrows -> Result? {
        while readRecord() {
            let count = scanner.fieldEnds.count
            // Trailing empty fields end where the header's last field does.
            if count == header.count || (count > header.count && scanner.fieldEnds[header.count - 1] == scanner.record.count) {
                return try withCurrentRow(fieldCount: header.count, body)
            }
            diagnostics.append(Diagnostic(
                file: displayPath, line: scanner.recordLine,
                message: "expected \(header.count) fields, found \(count)",
                hint: count > header.count ? "quote fields that contain commas" : nil))
        }
        return nil
    }

    private func withCurrentRow<Result>(fieldCount: Int, _ body: (CSVRow) throws -> Result) rethrows -> Result {
        try scanner.record.withUnsafeBufferPointer { bytes in
            try scanner.fieldEnds.withUnsafeBufferPointer { fieldEnds in
                try body(CSVRow(line: scanner.recordLine, bytes: bytes, fieldEnds: UnsafeBufferPointer(rebasing: fieldEnds[..<fieldCount])))
            }
        }
    }

    // MARK: - Byte loop

    /// Parser state that survives chunk boundaries.
    private struct ParseState {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var recordStarted = false
        /// A CR was just consumed as a line break, so a following LF is part of it.
        var skipLineFeed = false
        /// The bytes of the record's fields, back to back (one buffer, not one
        /// String per field: most fields are only checked).
        var record: [UInt8] = []
        /// Where each completed field of `record` ends.
        var fieldEnds: [Int] = []
        var finished = false
    }

    /// Reads the next record into `scanner.record`; false at the end of the
    /// file or after an error that makes the rest unreadable.
    private mutating func readRecord() -> Bool {
        guard !scanner.finished else { return false }
        scanner.record.removeAll(keepingCapacity: true)
        scanner.fieldEnds.removeAll(keepingCapacity: true)
        while true {
            while source.position < source.count {
                if scan() { return true }
                if scanner.finished { return false }
            }
            if !source.refill() { return finish() }
        }
    }

    /// Consumes bytes of the current chunk until a record is complete (true) or the chunk ends.
    private mutating func scan() -> Bool {
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
                }
                if byte == .comma {
                    index += 1
                    endField()
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
                scanner.record.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            case .quoted:
                if byte == .quote {
                    index += 1
                    scanner.state = .quoteInQuoted
                } else if byte == .lineFeed || byte == .carriageReturn {
                    index += 1
                    scanner.skipLineFeed = byte == .carriageReturn
                    scanner.line += 1
                    scanner.record.append(.lineFeed)
                } else {
                    let runStart = index
                    while index < end, !bytes[index].isQuotedDelimiter { index += 1 }
                    scanner.record.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
            case .quoteInQuoted:
                if byte == .quote {
                    index += 1
                    scanner.record.append(.quote)
                    scanner.state = .quoted
                } else {
                    // The closing quote: the byte is handled as in an unquoted field.
                    scanner.state = .unquoted
                }
            }
        }
        return false
    }

    private mutating func endField() {
        scanner.fieldEnds.append(scanner.record.count)
        scanner.state = .fieldStart
    }

    /// Completes the record; false after invalid UTF-8 (reading stops).
    private mutating func endRecord() -> Bool {
        endField()
        scanner.recordStarted = false
        return checkUTF8(upTo: scanner.record.count)
    }

    /// Checks the record's bytes before `end` once, rather than field by field;
    /// false after reporting invalid UTF-8, which stops reading.
    private mutating func checkUTF8(upTo end: Int) -> Bool {
        let firstInvalid = scanner.record.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: .init(rebasing: $0[..<end])) }
        guard let badOffset = firstInvalid else { return true }
        // Every line break inside the record is a quoted one, kept as one LF.
        let badLine = scanner.recordLine + UTF8Validation.lineBreaks(in: scanner.record, before: badOffset)
        diagnostics.append(Diagnostic(file: displayPath, line: badLine,
                                      message: "the file is not valid UTF-8", hint: CSVReader.utf8Hint))
        scanner.finished = true
        return false
    }

    private mutating func finish() -> Bool {
        guard !scanner.finished else { return false }
        defer { scanner.finished = true }
        if scanner.state == .quoted {
            // Invalid UTF-8 in the fields before the open one is reported first.
            guard checkUTF8(upTo: scanner.fieldEnds.last ?? 0) else { return false }
            diagnostics.append(Diagnostic(file: displayPath, line: scanner.recordLine,
                                          message: "unterminated quoted field",
                                          hint: #"close the field with a quote (write "" for a quote inside it)"#))
            return false
        }
        return scanner.recordStarted && endRecord()
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
