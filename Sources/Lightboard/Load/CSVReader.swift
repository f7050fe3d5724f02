#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 reader over a file's bytes.
///
/// The file is read in fixed-size chunks, so memory does not grow with the
/// file; Swift CSV libraries are about 50 times slower than this byte loop on
/// a 4-million-row posts.csv. Accepts a UTF-8 BOM, CRLF or LF line breaks
/// (CRLF inside quoted fields becomes LF) and a last line without a line break.
/// Blank lines, and rows of only commas, are skipped. Records whose field count differs from the header's
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
            // A row of only commas, as spreadsheets leave below the data, is a blank line:
            // each of its fields is empty, so each field ends one byte after the last.
            if count > 1, scanner.fieldEnds[count - 1] == count - 1 { continue }
            // Trailing empty fields are one separator byte each.
            if count == header.count
                || (count > header.count && scanner.fieldEnds[count - 1] - scanner.fieldEnds[header.count - 1] == count - header.count) {
                return try withCurrentRow(fieldCount: header.count, body)
            }
            if let quoteLine = scanner.brokenQuoteLine {
                // A quote left open swallows the line breaks up to the next quote: the count is only a symptom.
                diagnostics.append(Diagnostic(
                    file: displayPath, line: quoteLine,
                    message: "unclosed quote: the field quoted on line \(quoteLine) runs on to line \(scanner.line - 1)",
                    hint: #"close the field with a quote (write "" for a quote inside it); rows \#(quoteLine)-\#(scanner.line - 1) were skipped"#))
                continue
            }
            diagnostics.append(Diagnostic(
                file: displayPath, line: scanner.recordLine,
                message: "expected \(header.count) fields, found \(count)",
                hint: count > header.count ? "quote fields that contain commas" : nil))
        }
        return nil
    }

    private func withCurrentRow<Result>(fieldCount: Int, _ body: (CSVRow) throws -> Result) rethrows -> Result {
        try scanner.fieldEnds.withUnsafeBufferPointer { fieldEnds in
            let fieldEnds = UnsafeBufferPointer(rebasing: fieldEnds[..<fieldCount])
            if let range = scanner.recordInChunk {
                return try body(CSVRow(line: scanner.recordLine, bytes: UnsafeBufferPointer(rebasing: source.bytes[range]),
                                       fieldEnds: fieldEnds))
            }
            return try scanner.record.withUnsafeBufferPointer { bytes in
                try body(CSVRow(line: scanner.recordLine, bytes: bytes, fieldEnds: fieldEnds))
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
        /// The bytes of the record's fields, each followed by a separator byte
        /// (one buffer, not one String per field: most fields are only checked).
        var record: [UInt8] = []
        /// Where the current record lies in the chunk when `readUnquotedRecord`
        /// read it there; nil when it is in `record`.
        var recordInChunk: Range<Int>?
        /// Where each completed field of the record ends (in `record`, or from
        /// the start of `recordInChunk`).
        var fieldEnds: [Int] = []
        var finished = false
        /// The line of the current quoted field's opening quote.
        var quoteLine = 1
        /// The opening line of the record's first quoted field that spans a line break.
        var brokenQuoteLine: Int?
    }

    /// Reads the next record into `scanner.record`; false at the end of the
    /// file or after an error that makes the rest unreadable.
    private mutating func readRecord() -> Bool {
        guard !scanner.finished else { return false }
        scanner.recordInChunk = nil
        scanner.fieldEnds.removeAll(keepingCapacity: true)
        scanner.brokenQuoteLine = nil
        if let complete = readUnquotedRecord() { return complete }
        scanner.record.removeAll(keepingCapacity: true)
        while true {
            while source.position < source.count {
                if scan() { return true }
                if scanner.finished { return false }
            }
            if !source.refill() { return finish() }
        }
    }

    /// The fast path, for nearly every row of a posts.csv: a record without
    /// quotes that ends within the current chunk is split where it lies, with a
    /// word-at-a-time search for its commas and line break, and not copied.
    /// Returns nil, having consumed nothing, when the record needs the byte loop
    /// (`scan`): it has a quote, is a blank line, or runs past the chunk.
    /// Otherwise true, or false after invalid UTF-8 (reading stops).
    private mutating func readUnquotedRecord() -> Bool? {
        let bytes = source.bytes, end = source.count
        var start = source.position
        if scanner.skipLineFeed {
            guard start < end else { return nil }
            if bytes[start] == .lineFeed { start += 1 }
        }
        var index = start
        while true {
            guard let found = Self.firstUnquotedDelimiter(in: bytes, from: index, to: end) else { break }
            let byte = bytes[found]
            if byte == .comma {
                scanner.fieldEnds.append(found - start)
                index = found + 1
                continue
            }
            guard byte != .quote, found > start else { break }
            // The line break that ends the record.
            scanner.fieldEnds.append(found - start)
            scanner.recordInChunk = start..<found
            scanner.recordLine = scanner.line
            scanner.line += 1
            scanner.skipLineFeed = byte == .carriageReturn
            source.position = found + 1
            guard UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: bytes[start..<found])) == nil else {
                reportInvalidUTF8(line: scanner.recordLine)  // the record is one line
                return false
            }
            return true
        }
        scanner.fieldEnds.removeAll(keepingCapacity: true)
        return nil
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
                    scanner.quoteLine = scanner.line
                    continue
                }
                scanner.state = .unquoted
                // Copy the run of ordinary bytes at once.
                let runStart = index
                index = Self.firstUnquotedDelimiter(in: bytes, from: index, to: end) ?? end
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
                    if scanner.brokenQuoteLine == nil { scanner.brokenQuoteLine = scanner.quoteLine }
                } else {
                    let runStart = index
                    index = Self.firstQuotedDelimiter(in: bytes, from: index, to: end) ?? end
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
        scanner.record.append(.comma)  // the separator `CSVRow` expects
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
        reportInvalidUTF8(line: scanner.recordLine + UTF8Validation.lineBreaks(in: scanner.record, before: badOffset))
        return false
    }

    private mutating func reportInvalidUTF8(line: Int) {
        diagnostics.append(Diagnostic(file: displayPath, line: line,
                                      message: "the file is not valid UTF-8", hint: CSVReader.utf8Hint))
        scanner.finished = true
    }

    // MARK: - Sixteen bytes at a time

    /// The first index in `start..<end` holding a comma, quote, CR or LF.
    @inline(__always)
    private static func firstUnquotedDelimiter(in bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        firstDelimiter(in: bytes, from: start, to: end, where: { $0.isUnquotedDelimiter }) { block in
            block .== SIMD16(repeating: .comma) .| block .== SIMD16(repeating: .quote)
                .| block .== SIMD16(repeating: .lineFeed) .| block .== SIMD16(repeating: .carriageReturn)
        }
    }

    /// The first index in `start..<end` holding a quote, CR or LF.
    @inline(__always)
    private static func firstQuotedDelimiter(in bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        firstDelimiter(in: bytes, from: start, to: end, where: { $0.isQuotedDelimiter }) { block in
            block .== SIMD16(repeating: .quote) .| block .== SIMD16(repeating: .lineFeed) .| block .== SIMD16(repeating: .carriageReturn)
        }
    }

    /// Compares sixteen bytes per step (vector instructions; a byte loop costs
    /// ~15 instructions a byte); the last few bytes go one by one.
    @inline(__always)
    private static func firstDelimiter(in bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int,
                                       where isDelimiter: (UInt8) -> Bool,
                                       matches: (SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>) -> Int? {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var index = start
        while index + 16 <= end {
            let found = unsafeBitCast(matches(base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)),
                                      to: SIMD2<UInt64>.self)
            if found[0] != 0 { return index + UInt64(littleEndian: found[0]).trailingZeroBitCount >> 3 }
            if found[1] != 0 { return index + 8 + UInt64(littleEndian: found[1]).trailingZeroBitCount >> 3 }
            index += 16
        }
        while index < end {
            if isDelimiter(bytes[index]) { return index }
            index += 1
        }
        return nil
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
        scanner.line += 1  // as if the last line had its line break, for `brokenQuoteLine`'s message
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
