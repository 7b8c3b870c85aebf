import Foundation

/// Public atomic file output for the layers above: bytes go to a temporary file in the same
/// folder, then are renamed over the destination, so a reader never sees a half-written file.
public enum OutputFile {
    /// Writes `data` to `url` atomically, creating missing folders. Errors name the path.
    public static func write(_ data: Data, to url: URL) throws {
        try AtomicFile.write([UInt8](data), to: url)
    }

    public static func write(_ text: String, to url: URL) throws { try write(Data(text.utf8), to: url) }
}
