#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a text file into a `String`, detecting the encoding.
///
/// Order: binary signatures and NUL bytes are refused first (except after a UTF-16 BOM);
/// then UTF-8 (BOM optional), UTF-16 LE/BE with BOM, and finally GB18030 (a superset of
/// GBK and GB2312) through iconv, accepted only when it decodes completely and the result
/// is mostly CJK and ASCII. Empty and whitespace-only inputs are errors: there is nothing
/// to read.
public enum TextDecoding {
    /// Detects and decodes: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030/GBK
    /// (detected, never asked). Throws for binary (NUL bytes, PNG/ZIP/PDF magic, high share
    /// of control bytes), undecodable, or empty/whitespace-only input.
    public static func decode(_ bytes: [UInt8], path: String) throws -> String {
        func fail(_ reason: String) -> IngestError { IngestError(path: path, reason: reason) }
        if bytes.isEmpty {
            throw fail(path == "-" ? "standard input is empty; pipe text into it or name a file" : "file is empty; nothing to read")
        }

        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let s = decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF) else {
                throw fail("starts with a UTF-16 byte order mark but is not valid UTF-16; convert it to UTF-8")
            }
            if s.unicodeScalars.contains(where: { $0.value == 0 }) {
                throw fail("looks like a binary file (NUL characters), not text; give a .txt file")
            }
            text = s
        } else {
            if let kind = binaryKind(bytes) {
                let advice = kind == "PDF document"
                    ? "extract its text first (e.g. pdftotext) and give the .txt file" : "give a .txt file"
                throw fail("looks like a binary file (\(kind)), not text; \(advice)")
            }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if let s = String(validating: body, as: UTF8.self) {
                text = s
            } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                throw fail("starts with a UTF-8 byte order mark but is not valid UTF-8; re-save it as UTF-8")
            } else if let s = decodeGB18030(bytes), looksLikeChineseText(s) {
                text = s
            } else {
                throw fail("not UTF-8, UTF-16 or GB18030 text; convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)")
            }
        }
        if text.unicodeScalars.allSatisfy({ isBlank($0) }) {
            throw fail("file has only whitespace; nothing to read")
        }
        return text
    }

    /// `decode` and `Normalizer.normalize` in one, with the same checks, errors and result:
    /// valid UTF-8 (the common case) is decoded, validated and folded in one pass and the
    /// file's own bytes are kept as the original; anything else takes `decode`.
    static func document(_ bytes: [UInt8], path: String, paragraphStarts: Set<Int32> = []) throws -> Document {
        if !bytes.isEmpty, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
           binaryKind(bytes) == nil, !isBlank(utf8: bytes),
           let document = Normalizer.normalize(utf8: bytes, file: path, paragraphStarts: paragraphStarts) {
            return document
        }
        return Normalizer.normalize(try decode(bytes, path: path), file: path)
    }

    /// Whether valid UTF-8 `bytes` hold only blanks (false at the first other scalar, and for
    /// bytes that are not UTF-8).
    static func isBlank<Bytes: Sequence<UInt8>>(utf8 bytes: Bytes) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): if !isBlank(s) { return false }
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    // MARK: - Internal helpers

    /// Names the kind of binary file, or nil when the bytes may be text.
    static func binaryKind(_ b: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
            ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
            ([0x1F, 0x8B], "gzip archive"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "GIF image"),
            ([0x7F, 0x45, 0x4C, 0x46], "executable"),
            ([0xD0, 0xCF, 0x11, 0xE0], "old Office document"),
        ]
        for (magic, name) in signatures where b.starts(with: magic) { return name }
        // NUL bytes never occur in UTF-8 or GB18030 text.
        let hasNUL = b.withUnsafeBufferPointer { memchr($0.baseAddress!, 0, $0.count) != nil }
        if hasNUL { return "NUL bytes" }
        // Control bytes other than tab, LF, VT, FF, CR and ESC: a few are noise, many mean binary.
        let sample = b.prefix(1 << 16)
        var controls = 0
        for c in sample where c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1B { controls += 1 }
        if controls * 20 > sample.count { return "control bytes" }
        return nil
    }

    static func decodeUTF16(_ b: [UInt8], littleEndian: Bool) -> String? {
        guard b.count % 2 == 0 else { return nil }
        var units = [UInt16]()
        units.reserveCapacity(b.count / 2 - 1)
        var i = 2
        while i + 1 < b.count {
            let u = littleEndian ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1])
            units.append(u)
            i += 2
        }
        var out = String.UnicodeScalarView()
        var it = units.makeIterator()
        var codec = UTF16()
        loop: while true {
            switch codec.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(out)
    }

    /// Decodes GB18030 with glibc's iconv; nil when iconv lacks it or the bytes are not GB18030.
    static func decodeGB18030(_ b: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = b
        var output = [UInt8](repeating: 0, count: b.count * 2 + 16)  // UTF-8 needs ≤ 2 bytes per GB byte
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let n = produced else { return nil }
        return String(validating: output[..<n], as: UTF8.self)
    }

    /// True when at least 90% of the scalars are ASCII, CJK ideographs or CJK punctuation.
    static func looksLikeChineseText(_ s: String) -> Bool {
        var good = 0, total = 0
        for u in s.unicodeScalars {
            total += 1
            let v = u.value
            if v < 0x80 || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
                || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v)
                || (0x2000...0x20CF).contains(v) || (0x2460...0x25FF).contains(v) || (0x20000...0x3134F).contains(v)
                || (0xF900...0xFAFF).contains(v) {
                good += 1
            }
        }
        return total > 0 && good * 10 >= total * 9
    }

    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F,
             0x2060, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
