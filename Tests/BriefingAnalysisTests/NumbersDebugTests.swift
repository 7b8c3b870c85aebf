import Testing
import Foundation
@testable import BriefingAnalysis

@Test func numbersDebugDump() throws {
    let s = try String(contentsOfFile: "/tmp/nt/seed.txt", encoding: .utf8)
    for tok in QuantityScanner.scan(s) {
        print("TOK [\(tok.text)] v=\(tok.value) u=\(tok.unit) \(tok.kind.rawValue) q=\(tok.qualifier?.rawValue ?? "-") b=\(tok.baseValue) \(tok.baseUnit)")
    }
}
