import Testing
@testable import BriefingAnalysis

/// `Ingest.load` decodes UTF-8 while it folds: it must accept exactly what `String(validating:)`
/// accepts and give the same Document as decoding to a String first.
@Suite struct IngestFastDecodeTests {
    @Test func foldAcceptsExactlyValidUTF8() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return UInt8(truncatingIfNeeded: state) }
        // Interesting lead and continuation bytes, so most samples are near-valid.
        let pool: [UInt8] = [0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xE3, 0xE4, 0xED,
                             0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xB8, 0xAD]
        for _ in 0..<20000 {
            let bytes = (0..<Int(next() % 7)).map { _ in pool[Int(next()) % pool.count] }
            let expected = String(validating: bytes, as: UTF8.self)
            let got = Normalizer.normalize(utf8: bytes, file: "x")
            #expect((got == nil) == (expected == nil), "\(bytes.map { String($0, radix: 16) })")
            if let got, let expected { #expect(got.text == Normalizer.normalize(expected, file: "x").text) }
        }
        let text = "中文 ASCII 𠀀 é ﬁ\r\n　全角，"
        #expect(Normalizer.normalize(utf8: Array(text.utf8), file: "x")?.text == Normalizer.normalize(text, file: "x").text)
    }

    @Test func directPathMatchesDecode() throws {
        for text in ["中文", "\u{FEFF}中文", "  \n", "a\u{0}b", "\u{3000}\u{3000}"] {
            let bytes = Array(text.utf8)
            let viaString = Result { Normalizer.normalize(try TextDecoding.decode(bytes, path: "x"), file: "x") }
            let direct = Result { try TextDecoding.document(bytes, path: "x") }
            switch (viaString, direct) {
            case let (.success(a), .success(b)):
                #expect(a.text == b.text)
                #expect(a.originalQuote(0..<a.text.count) == b.originalQuote(0..<b.text.count))
            case let (.failure(a), .failure(b)): #expect("\(a)" == "\(b)")
            default: Issue.record("paths differ for \(text.debugDescription)")
            }
        }
        let bom = [UInt8]([0xEF, 0xBB, 0xBF])
        #expect(throws: IngestError.self) { try TextDecoding.document(bom, path: "x") }
    }
}
