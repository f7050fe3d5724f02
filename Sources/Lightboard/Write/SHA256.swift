import CSHA256

/// SHA-256 (FIPS 180-4), for the public manifest, `lightboard verify` and BagIt bags.
///
/// Our own rather than swift-crypto: on Linux swift-crypto builds BoringSSL from
/// source, which costs every clean build far more than these lines
/// (docs/archiving.md, "Why our own SHA-256"). On a CPU with the x86 SHA
/// instructions the blocks go through them (`CSHA256`, ~5x faster); elsewhere
/// through `compress` below. Both are checked against the FIPS 180-2 vectors,
/// `sha256sum` and each other (`SHA256Tests`).
public struct SHA256: Sendable {
    /// Whether this CPU has the SHA instructions, asked once.
    static let hardwareAvailable = lightboard_sha256_hardware_available() == 1

    private var state: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    /// Bytes not yet making a whole 64-byte block.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0
    private let usesHardware: Bool

    public init() { usesHardware = Self.hardwareAvailable }

    /// With `hardware: false`, the Swift rounds even on a CPU with the SHA instructions (tests compare the two).
    init(hardware: Bool) { usesHardware = hardware && Self.hardwareAvailable }

    /// The digest of `bytes` as 64 lower-case hex digits, as `sha256sum` prints it.
    public static func hex(_ bytes: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalize().hexDigits
    }

    public mutating func update(_ bytes: [UInt8]) {
        length &+= UInt64(bytes.count)
        var start = 0
        if !pending.isEmpty {
            let taken = min(64 - pending.count, bytes.count)
            pending += bytes[0..<taken]
            start = taken
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBytes { compress($0, blocks: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let wholeBlocks = (bytes.count - start) / 64
        if wholeBlocks > 0 {
            bytes.withUnsafeBytes { buffer in
                compress(UnsafeRawBufferPointer(rebasing: buffer[start..<start + wholeBlocks * 64]), blocks: wholeBlocks)
            }
        }
        pending += bytes[(start + wholeBlocks * 64)...]
    }

    /// The 32-byte digest; the value is spent.
    public mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8
        var tail = pending + [0x80]
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { compress($0, blocks: tail.count / 64) }
        pending = []
        return state.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> $0) } }
    }

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The hot loop of a build's manifest (every file it writes): the message schedule in a
    /// stack buffer and the constants through a pointer, so no bounds checks and no array
    /// copies; words loaded big-endian four bytes at a time; shifts that cannot overshoot.
    private mutating func compress(_ buffer: UnsafeRawBufferPointer, blocks: Int) {
        if usesHardware, let bytes = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) {
            state.withUnsafeMutableBufferPointer { lightboard_sha256_hardware_compress($0.baseAddress!, bytes, blocks) }
            return
        }
        var (h0, h1, h2, h3, h4, h5, h6, h7) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            Self.roundConstants.withUnsafeBufferPointer { k in
                for block in 0..<blocks {
                    let base = block * 64
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: buffer.loadUnaligned(fromByteOffset: base + i * 4, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] &>> 3)
                        let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] &>> 10)
                        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    // Eight rounds a turn, each naming the working variables in their rotated roles,
                    // so that no round moves all eight from register to register.
                    for i in stride(from: 0, to: 64, by: 8) {
                        round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                        round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                        round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                        round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                        round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
                        round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
                        round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
                        round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                }
            }
        }
        state = [h0, h1, h2, h3, h4, h5, h6, h7]
    }
}

/// One round of FIPS 180-4 §6.2.2 in place: `d` becomes the next `e`, `h` the next `a`.
@inline(__always)
private func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
                   _ h: inout UInt32, _ constantAndWord: UInt32) {
    let t1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ constantAndWord
    let t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
    d &+= t1
    h = t1 &+ t2
}

@inline(__always)
private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 - count))
}

extension Array where Element == UInt8 {
    /// Lower-case hex, two digits a byte.
    var hexDigits: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(count * 2)
        for byte in self { text += [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]] }
        return String(decoding: text, as: UTF8.self)
    }
}
