import Foundation
import Testing
@testable import BriefingAnalysis

/// Helpers for the number-layer tests (file named to match `Numbers*Tests.swift`).
enum NumbersTest {
    static func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }

    /// The single token found in `text` (records an issue when there is not exactly one).
    static func one(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Quantity? {
        let tokens = QuantityScanner.scan(text)
        #expect(tokens.count == 1, "\(text) → \(tokens.map(\.text))", sourceLocation: sourceLocation)
        return tokens.count == 1 ? tokens[0] : nil
    }

    /// Checks the single token of `text`.
    static func check(_ text: String, token: String, value: String, unit: String = "", kind: Quantity.Kind,
                      qualifier: Qualifier? = nil, base: String? = nil, baseUnit: String? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        guard let q = one(text, sourceLocation: sourceLocation) else { return }
        #expect(q.text == token, sourceLocation: sourceLocation)
        #expect(q.value == d(value), "\(text): value \(q.value)", sourceLocation: sourceLocation)
        #expect(q.unit == unit, sourceLocation: sourceLocation)
        #expect(q.kind == kind, sourceLocation: sourceLocation)
        #expect(q.qualifier == qualifier, sourceLocation: sourceLocation)
        #expect(q.baseValue == d(base ?? value), "\(text): base \(q.baseValue)", sourceLocation: sourceLocation)
        #expect(q.baseUnit == (baseUnit ?? unit), sourceLocation: sourceLocation)
        // offsets agree with the text
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[q.start..<q.end])
        #expect(String(view) == q.text, sourceLocation: sourceLocation)
    }
}
