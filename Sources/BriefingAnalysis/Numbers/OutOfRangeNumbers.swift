/// Numbers written with an exponent beyond what Briefing reads (`1e300吨`): ``ArabicNumber``
/// keeps values within ±10^90, so such a number is not read, and the extractor warns about each
/// with its line instead of letting it vanish.
///
/// ```swift
/// OutOfRangeNumbers.find(in: Array("废水1e300吨".unicodeScalars))   // [2..<7]
/// ```
public enum OutOfRangeNumbers {
    /// The ranges (scalar offsets) of `digits e|E [+-] digits` whose magnitude leaves ±10^90.
    public static func find(in t: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        let n = t.count
        while i < n {
            // The next e or E, eight scalars a step (most texts hold few).
            i = t.withUnsafeBufferPointer { $0.firstIndex(of: 0x65, 0x45, 0x45, from: i, to: n) }
            guard i < n else { break }
            // An exponent marker right after a digit.
            guard i > 0, NumeralCharacter.arabicDigit(t[i - 1].value) != nil else { i += 1; continue }
            var k = i + 1
            var negative = false
            if k < n, NumeralCharacter.isMinus(t[k].value) || NumeralCharacter.isPlus(t[k].value) {
                negative = NumeralCharacter.isMinus(t[k].value); k += 1
            }
            var exp = 0, count = 0
            while k < n, let d = NumeralCharacter.arabicDigit(t[k].value) { exp = min(exp * 10 + Int(d), 100_000); k += 1; count += 1 }
            guard count > 0, !(k < n && NumeralCharacter.isASCIIAlnum(t[k].value)) else { i = k; continue }
            var start = i - 1
            while start > 0, NumeralCharacter.arabicDigit(t[start - 1].value) != nil || NumeralCharacter.isDecimalPoint(t[start - 1].value) { start -= 1 }
            if let number = ArabicNumber.read(t, at: start), number.end <= i,
               count > 3 || !ArabicNumber.staysInRange(number.value, timesTenTo: negative ? -exp : exp) {
                found.append(start..<k)
            }
            i = k
        }
        return found
    }
}
