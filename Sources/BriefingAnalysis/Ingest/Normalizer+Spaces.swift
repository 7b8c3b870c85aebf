extension Normalizer {
    /// Pass 4: spaces. A run of spaces next to a wide (CJK) character is removed
    /// (`放 8.2 万吨` → `放8.2万吨`, `李 哲` → `李哲`); a single space used as thousands
    /// grouping is removed (`4 027万吨` → `4027万吨`: 1–3 digits, space, exactly three digits);
    /// other runs between ASCII characters become one space (`GB 25465` keeps it);
    /// spaces at paragraph edges go.
    static func tidySpaces(_ buf: inout ScalarBuffer) {
        buf.rewrite { s, o, out in tidySpaces(s, o, &out) }
    }

    private static func tidySpaces(_ s: UnsafeBufferPointer<UInt32>, _ o: UnsafeBufferPointer<Int32>, _ out: inout Writer) {
        let n = s.count
        var chainEnd = -1  // out.count right after a joined thousands group
        var k = 0
        while k < n {
            if s[k] != 0x20 {
                // Up to the next space nothing changes: copy the run at once.
                var e = k &+ 1
                while e < n && s[e] != 0x20 { e &+= 1 }
                if out.count != k { out.append(copying: e - k, from: k, s, o) } else { out.count = e }
                k = e
                continue
            }
            var m = k
            while m < n && s[m] == 0x20 { m += 1 }
            defer { k = m }
            guard let p = out.last, p != 0x0A, m < n, s[m] != 0x0A else { continue }
            let q = s[m]
            if CharClass.isWide(p) || CharClass.isWide(q) { continue }
            if m - k == 1 && CharClass.isDigit(p) && isThreeDigitGroup(s, m) {
                var run = 0
                var r = out.count - 1
                while r >= 0 && CharClass.isDigit(out.s[r]) { run += 1; r -= 1 }
                let before: UInt32 = r >= 0 ? out.s[r] : 0
                if (run <= 3 && before != 0x2E && before != 0x2C) || chainEnd == out.count {
                    for t in m..<(m + 3) { out.append(s[t], o[t]) }
                    chainEnd = out.count
                    m += 3
                    continue
                }
            }
            out.append(0x20, o[k])
        }
    }

    /// Exactly three digits at `i`, not followed by another digit.
    @inline(__always) static func isThreeDigitGroup(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> Bool {
        i + 3 <= s.count && CharClass.isDigit(s[i]) && CharClass.isDigit(s[i + 1])
            && CharClass.isDigit(s[i + 2]) && (i + 3 == s.count || !CharClass.isDigit(s[i + 3]))
    }
}
