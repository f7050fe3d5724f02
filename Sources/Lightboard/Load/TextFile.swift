import Foundation

/// Finds where UTF-8 goes wrong, so that the error can name the line.
enum UTF8Validation {
    /// Offset of the first byte that does not start a valid UTF-8 sequence
    /// (overlong forms, surrogates and values above U+10FFFF are invalid).
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }

    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            // Most of a posts.csv is ASCII: skip it eight bytes at a time, and
            // straight to the first non-ASCII byte of a word that has one.
            if index + 8 <= bytes.count {
                let high = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                    & 0x8080_8080_8080_8080
                index += high == 0 ? 8 : high.trailingZeroBitCount >> 3
                if high == 0 { continue }
            }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            // Chinese text: a run of three-byte sequences (lead E1...EF but not ED,
            // which have no special cases, then two continuation bytes), tested
            // four bytes at a time.
            if lead >= 0xE1, lead != 0xED, lead <= 0xEF {
                var run = index
                while run + 4 <= bytes.count {
                    let word = UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + run).loadUnaligned(as: UInt32.self))
                    let leadBits = word & 0x0F
                    guard word & 0xC0_C0F0 == 0x80_80E0, leadBits != 0, leadBits != 0x0D else { break }
                    run += 3
                }
                if run > index {
                    index = run
                    continue
                }
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            case 0xF1...0xF3: length = 4
            default: return index
            }
            guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return index }
            index += length
        }
        return nil
    }

    static func lineBreaks(in bytes: [UInt8], before offset: Int) -> Int {
        bytes[..<offset].reduce(0) { $0 + ($1 == .lineFeed ? 1 : 0) }
    }
}

/// Reads the YAML and Markdown files of the content folder.
enum TextFile {
    /// Not CSVReader's "CSV UTF-8": these are YAML and Markdown files, saved from a text editor.
    static let utf8Hint = "save the file with the encoding UTF-8 (text editors often save Chinese text as GBK)"

    /// The file's text without BOM and with LF line breaks, or nil after
    /// reporting why it cannot be used.
    static func read(path: String, displayPath: String, diagnostics: inout DiagnosticBag) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.report(file: displayPath, line: 1, "cannot read file")
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            diagnostics.report(file: displayPath, line: 1 + UTF8Validation.lineBreaks(in: bytes, before: offset),
                               "the file is not valid UTF-8", hint: utf8Hint)
            return nil
        }
        if bytes.contains(.carriageReturn) {
            var normalized: [UInt8] = []
            normalized.reserveCapacity(bytes.count)
            for (index, byte) in bytes.enumerated() where !(byte == .carriageReturn && index + 1 < bytes.count && bytes[index + 1] == .lineFeed) {
                normalized.append(byte)
            }
            bytes = normalized
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
