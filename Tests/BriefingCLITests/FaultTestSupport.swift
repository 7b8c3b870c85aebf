import Foundation
import Testing

/// A small tmpfs for disk-full tests: only root can mount one (CI runs as root); elsewhere the
/// tests that need it are skipped with a message.
enum SmallDisk {
    static let available: Bool = {
        guard geteuid() == 0, let dir = try? mount(kilobytes: 64) else { return false }
        unmount(dir)
        return true
    }()

    /// Mounts a tmpfs of `kilobytes` on a new folder and returns it.
    static func mount(kilobytes: Int) throws -> URL {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        guard CLI.tool("mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", dir.path])?.status == 0 else {
            try? FileManager.default.removeItem(at: dir)
            throw CocoaError(.fileWriteNoPermission)
        }
        return dir
    }

    /// Runs the binary with `arguments(disk)` on a fresh disk of `kilobytes`, expects exit
    /// status 1 (a full disk is an error), and hands the disk and the result to `check`.
    static func run(kilobytes: Int, _ arguments: (URL) -> [String], check: (URL, CLI.Result) throws -> Void) throws {
        let disk = try mount(kilobytes: kilobytes)
        defer { unmount(disk) }
        let r = try CLI.run(arguments(disk))
        #expect(r.status == 1, "stderr: \(r.stderr)")
        try check(disk, r)
    }

    static func unmount(_ dir: URL) {
        _ = CLI.tool("umount", [dir.path])
        try? FileManager.default.removeItem(at: dir)
    }

    /// Writes a filler file so that about `kilobytes` stay free on the disk holding `dir`.
    static func fill(_ dir: URL, leaving kilobytes: Int) throws {
        var st = statvfs()
        guard statvfs(dir.path, &st) == 0 else { throw CocoaError(.fileReadUnknown) }
        let free = Int(st.f_bavail) * Int(st.f_frsize)
        let size = free - kilobytes * 1024
        guard size > 0 else { return }
        FileManager.default.createFile(atPath: dir.appendingPathComponent("filler").path, contents: Data(count: size))
    }
}

/// The reference outputs of the sample (`all` into a roomy folder), to compare partial runs with.
enum Reference {
    static let folder: URL = {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-reference-\(UUID().uuidString)")
        _ = try? CLI.run(["all", CLI.sample.path, "--out", dir.path])
        return dir
    }()

    static func bytes(_ name: String) -> Data? { FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) }
}

/// Checks that `url` is a complete PNG: signature, every chunk's CRC, IHDR first, IEND last, and
/// (with python3) that the image data inflates to exactly height × (1 + width × channels) bytes.
func expectValidPNG(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("no PNG at \(url.path)", sourceLocation: sourceLocation); return
    }
    let b = [UInt8](data)
    guard b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
        Issue.record("\(url.lastPathComponent): no PNG signature", sourceLocation: sourceLocation); return
    }
    var offset = 8
    var types: [String] = []
    while offset + 12 <= b.count {
        let length = b[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        guard offset + 12 + length <= b.count else { break }
        let typed = Array(b[offset + 4..<offset + 8 + length])
        let crc = b[offset + 8 + length..<offset + 12 + length].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(crc32(typed) == crc, "\(url.lastPathComponent): bad CRC", sourceLocation: sourceLocation)
        types.append(String(decoding: typed.prefix(4), as: UTF8.self))
        offset += 12 + length
    }
    #expect(offset == b.count && types.first == "IHDR" && types.last == "IEND", "\(url.lastPathComponent): chunks \(types), \(offset) of \(b.count) bytes",
            sourceLocation: sourceLocation)
    let script = """
    import sys, zlib, struct
    d = open(sys.argv[1], 'rb').read()
    w, h, depth, color = struct.unpack('>IIBB', d[16:26])
    i, idat = 8, b''
    while i < len(d):
        n = struct.unpack('>I', d[i:i+4])[0]
        if d[i+4:i+8] == b'IDAT': idat += d[i+8:i+8+n]
        i += 12 + n
    raw = zlib.decompress(idat)
    channels = {2: 3, 6: 4}[color]
    sys.exit(0 if len(raw) == h * (1 + w * channels) else 1)
    """
    if let decoded = CLI.tool("python3", ["-c", script, url.path]) {
        #expect(decoded.status == 0, "\(url.lastPathComponent) does not decode", sourceLocation: sourceLocation)
    }
}

/// Checks that `url` holds a JSON array and returns its records.
@discardableResult
func expectJSONRecords(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
    guard let data = FileManager.default.contents(atPath: url.path),
          let records = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
        Issue.record("\(url.path) is no JSON array", sourceLocation: sourceLocation); return []
    }
    return records
}

private func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}
