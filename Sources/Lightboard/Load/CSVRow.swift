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
    /// The fields, each followed by one separator byte (the comma of an
    /// unquoted record read where it lies in the file's buffer).
    private let bytes: UnsafeBufferPointer<UInt8>
    private let fieldEnds: UnsafeBufferPointer<Int>

    init(line: Int, bytes: UnsafeBufferPointer<UInt8>, fieldEnds: UnsafeBufferPointer<Int>) {
        (self.line, self.bytes, self.fieldEnds) = (line, bytes, fieldEnds)
    }

    public var count: Int { fieldEnds.count }

    /// The bytes of the field at `index` (inlined: a dozen calls a row).
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        @inline(__always) get {
        UnsafeBufferPointer(rebasing: bytes[(index == 0 ? 0 : fieldEnds[index - 1] + 1)..<fieldEnds[index]])
        }
    }

    /// The field at `index` as a String. The bytes are already valid UTF-8, so
    /// not `String(validating:as:)`: it is generic and unspecialised in the
    /// standard library (~1,100 instructions a field, callgrind).
    public func string(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
}

extension CSVRow {
    /// Calls `body` with `record` as a row, for records that come from elsewhere than a CSV file (a sheet).
    static func withRow<Result>(_ record: CSVRecord, _ body: (CSVRow) throws -> Result) rethrows -> Result {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for field in record.fields {
            bytes += field.utf8
            ends.append(bytes.count)
            bytes.append(UInt8(ascii: ","))
        }
        return try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in try body(CSVRow(line: record.line, bytes: bytes, fieldEnds: ends)) }
        }
    }
}
