import Testing
@testable import BriefingAnalysis

/// The fast UTF-8 path of `Ingest.load` must accept and decode exactly what `String(validating:)` does.
@Suite struct IngestFastDecodeTests {
    @Test func decodeUTF8MatchesStringValidation() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return UInt8(truncatingIfNeeded: state) }
        // Interesting lead and continuation bytes, so most samples are near-valid.
        let pool: [UInt8] = [0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xE4, 0xED,
                             0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xB8, 0xAD]
        for _ in 0..<20000 {
            let bytes = (0..<Int(next() % 7)).map { _ in pool[Int(next()) % pool.count] }
            let expected = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
            let got = bytes.withUnsafeBufferPointer { TextDecoding.decodeUTF8($0) }
            #expect(got == expected, "\(bytes.map { String($0, radix: 16) })")
        }
        let text = "中文 ASCII 𠀀 é ﬁ\r\n"
        #expect(Array(text.utf8).withUnsafeBufferPointer { TextDecoding.decodeUTF8($0) } == Array(text.unicodeScalars))
    }

    @Test func decodeScalarsMatchesDecode() throws {
        for text in ["中文", "\u{FEFF}中文", "  \n", "a\u{0}b"] {
            let bytes = Array(text.utf8)
            let viaString = Result { Normalizer.scalars(of: try TextDecoding.decode(bytes, path: "x")) }
            let direct = Result { try TextDecoding.decodeScalars(bytes, path: "x") }
            switch (viaString, direct) {
            case let (.success(a), .success(b)): #expect(a == b)
            case let (.failure(a), .failure(b)): #expect("\(a)" == "\(b)")
            default: Issue.record("paths differ for \(text.debugDescription)")
            }
        }
        let bom = [UInt8]([0xEF, 0xBB, 0xBF])
        #expect(throws: IngestError.self) { try TextDecoding.decodeScalars(bom, path: "x") }
    }
}
