import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a blocking loopback socket, with a receive timeout on every
/// read, so a test never waits without bound. (URLSession on Linux cannot read a stream as it comes.)
final class LoopbackClient {
    struct Response {
        var status: Int
        var head: String
        var body: String
    }

    private let socket: Int32
    private var received: [UInt8] = []

    init(port: UInt16, timeout: TimeInterval = 10) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var interval = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw ClientError("cannot connect to 127.0.0.1:\(port)")
        }
    }

    deinit { close(socket) }

    /// GET `path` on a connection of its own, read to the end.
    static func get(_ path: String, port: UInt16) throws -> Response {
        let client = try LoopbackClient(port: port)
        try client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let text = try client.readToEnd()
        guard let split = text.range(of: "\r\n\r\n") else { throw ClientError("no response head in \(text)") }
        let head = String(text[..<split.lowerBound])
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, head: head, body: String(text[split.upperBound...]))
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.send(socket, $0.baseAddress, $0.count, 0) }) == bytes.count else {
            throw ClientError("send failed")
        }
    }

    /// Reads until the text received so far contains `marker`; fails after `timeout` seconds.
    func read(until marker: String, timeout: TimeInterval) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while !String(decoding: received, as: UTF8.self).contains(marker) {
            guard Date() < deadline else { throw ClientError("no \"\(marker)\" within \(timeout) s in:\n\(text)") }
            guard try receive() else { throw ClientError("connection closed before \"\(marker)\" in:\n\(text)") }
        }
        return text
    }

    var text: String { String(decoding: received, as: UTF8.self) }

    private func readToEnd(timeout: TimeInterval = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while try receive() {
            guard Date() < deadline else { throw ClientError("the response did not end within \(timeout) s:\n\(text)") }
        }
        return text
    }

    /// False at the end of the stream; a read that times out (EAGAIN) counts as no data yet.
    private func receive() throws -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if count < 0, errno == EAGAIN || errno == EWOULDBLOCK { return true }
        guard count >= 0 else { throw ClientError("recv failed: errno \(errno)") }
        received += buffer[..<count]
        return count > 0
    }
}

struct ClientError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
