import Foundation
import Testing
@testable import BriefingAnalysis

@Suite struct IngestDecodingTests {
    let sample = "2024年，氮氧化物排放量同比下降4.76%。\n赤泥综合利用率达20%。\n"

    func decode(_ b: [UInt8]) throws -> String { try TextDecoding.decode(b, path: "f.txt") }

    func reason(_ b: [UInt8]) -> String? {
        do { _ = try decode(b); return nil } catch let e as IngestError { return e.reason } catch { return "\(error)" }
    }

    @Test func utf8() throws {
        #expect(try decode(Array(sample.utf8)) == sample)
    }

    @Test func utf8WithBOM() throws {
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8)) == sample)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        var b: [UInt8] = [0xFF, 0xFE]
        for u in sample.utf16 { b += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try decode(b) == sample)
    }

    @Test func utf16BigEndianWithBOM() throws {
        var b: [UInt8] = [0xFE, 0xFF]
        for u in (sample + "𠀀").utf16 { b += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try decode(b) == sample + "𠀀")
    }

    @Test func gb18030IsDetected() throws {
        let b = IngestTestSupport.encode(sample, to: "GB18030")
        #expect(String(validating: b, as: UTF8.self) == nil)  // really not UTF-8
        #expect(try decode(b) == sample)
    }

    @Test func gbkSubsetIsDetected() throws {
        let text = "中铝集团（ＣＨＡＬＣＯ）全年电解铝产量约４０２７万吨，同比增长３％。"
        #expect(try decode(IngestTestSupport.encode(text, to: "GBK")) == text)
    }

    @Test func gb18030FourByteCharacters() throws {
        let text = "𠀀字与€符号：数据12.5%"
        #expect(try decode(IngestTestSupport.encode(text, to: "GB18030")) == text)
    }

    @Test func latin1IsRefused() {
        let b: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" au lait, na".utf8) + [0xEF, 0x76, 0x65]
        #expect(reason(b) == "not UTF-8, UTF-16 or GB18030 text; convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)")
    }

    @Test func emptyAndWhitespaceOnly() {
        #expect(reason([]) == "file is empty; nothing to read")
        #expect(reason(Array(" \n\t\r\n".utf8)) == "file has only whitespace; nothing to read")
        #expect(reason([0xEF, 0xBB, 0xBF]) == "file has only whitespace; nothing to read")
        #expect(reason(Array("\u{3000}\u{200B}\n".utf8)) == "file has only whitespace; nothing to read")
    }

    @Test func binaryFilesAreNamed() {
        #expect(reason([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
                == "looks like a binary file (PNG image), not text; give a .txt file")
        #expect(reason(Array("%PDF-1.7\n%âãÏÓ".utf8))
                == "looks like a binary file (PDF document), not text; extract its text first (e.g. pdftotext) and give the .txt file")
        #expect(reason([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) == "looks like a binary file (ZIP archive or Office document), not text; give a .txt file")
        #expect(reason(Array("abc".utf8) + [0] + Array("def".utf8)) == "looks like a binary file (NUL bytes), not text; give a .txt file")
        let controls = (0..<100).map { UInt8($0 % 8 + 1) }
        #expect(reason(controls) == "looks like a binary file (control bytes), not text; give a .txt file")
    }

    @Test func aFewControlBytesAreTolerated() throws {
        let b = Array("第一页\u{0C}第二页\u{1B}".utf8) + Array(String(repeating: "正文", count: 50).utf8)
        #expect(try decode(b).hasPrefix("第一页"))
    }

    @Test func brokenUTF16AndBOMs() {
        #expect(reason([0xFF, 0xFE, 0x41]) == "starts with a UTF-16 byte order mark but is not valid UTF-16; convert it to UTF-8")
        #expect(reason([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) != nil)  // lone surrogate
        #expect(reason([0xEF, 0xBB, 0xBF, 0xC3]) == "starts with a UTF-8 byte order mark but is not valid UTF-8; re-save it as UTF-8")
    }

    @Test func errorDescriptionNamesTheFile() {
        let e = IngestError(path: "a/b.txt", reason: "file is empty; nothing to read")
        #expect(e.description == "a/b.txt: file is empty; nothing to read")
    }
}
