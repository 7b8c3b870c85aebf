#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import BriefingAnalysis

/// Helpers shared by the Ingest*Tests files.
enum IngestTestSupport {
    /// The normalized text of `s` as a String.
    static func norm(_ s: String) -> String {
        string(Normalizer.normalize(s, file: "t.txt").text)
    }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars); return String(v)
    }

    /// Encodes `s` with iconv (e.g. "GB18030"), as a file from a Chinese Windows machine would be.
    static func encode(_ s: String, to encoding: String) -> [UInt8] {
        let cd = iconv_open(encoding, "UTF-8")
        precondition(cd != iconv_t(bitPattern: -1))
        defer { iconv_close(cd) }
        var input = Array(s.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let n = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf -> Int in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                precondition(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1)
                return outBuf.count - outLeft
            }
        }
        return Array(output[..<n])
    }

    /// A fresh temporary folder.
    static func tempDir() -> String {
        let dir = NSTemporaryDirectory() + "ingest-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static let samplePath: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_110601d51d0bdeef.txt").path
    }()

    /// The sample and every text of `Tests/Fixtures`, decoded, with their paths.
    static func sampleAndFixtures() throws -> [(path: String, text: String)] {
        let folder = URL(fileURLWithPath: samplePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures")
        var paths = [samplePath]
        paths += try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder.appendingPathComponent($0).path }
        return try paths.map { ($0, try TextDecoding.decode([UInt8](Data(contentsOf: URL(fileURLWithPath: $0))), path: $0)) }
    }
}
