import Foundation

/// A file-system error in plain words. Foundation's `localizedDescription` on
/// Linux reads "The operation could not be completed", which tells the press
/// officer nothing: the POSIX reason under it ("Not a directory") does.
public enum SystemError {
    public static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return posixReason(Int32(error.code)) }
        // On Linux the underlying error does not cast to NSError from Any: cast to Error, then bridge.
        if let underlying = (error.userInfo[NSUnderlyingErrorKey] as? any Error).map({ $0 as NSError }),
           underlying.domain == NSPOSIXErrorDomain {
            return posixReason(Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return posixReason(ENOENT)
        case .fileWriteFileExists: return posixReason(EEXIST)
        case .fileReadNoPermission, .fileWriteNoPermission: return posixReason(EACCES)
        case .fileWriteOutOfSpace: return posixReason(ENOSPC)
        case .fileWriteVolumeReadOnly: return posixReason(EROFS)
        default: return "error \(error.code) of \(error.domain)"
        }
    }

    /// "not a directory": strerror's text, lower-cased to follow a colon.
    static func posixReason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
