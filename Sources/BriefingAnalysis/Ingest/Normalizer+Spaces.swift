extension Normalizer.LineJoiner {
    /// Spaces, tidied as `joinLines` copies a line that has spaces inside it. A run of spaces
    /// next to a wide (CJK) character is removed (`放 8.2 万吨` → `放8.2万吨`, `李 哲` → `李哲`);
    /// a single space used as thousands grouping is removed (`4 027万吨` → `4027万吨`: 1–3
    /// digits, space, exactly three digits, and so on along a chain of groups); other runs
    /// between ASCII characters become one space (`GB 25465` keeps it). Lines are trimmed, so
    /// no space reaches a paragraph's edge, and the one put between ASCII words at a join stays.
    ///
    /// The digits after a space are those of the joined text: a group may go on in the lines
    /// that line `i` joins (`next`, if it joins one). `chainEnd` is where the output stood
    /// right after the last group joined, across lines.
    func copyTidyingSpaces(_ i: Int, joinsTo next: Int?, _ out: inout Writer, _ chainEnd: inout Int) {
        let l = lines[i]
        var k = l.start
        while true {
            // Up to the next space nothing changes: copy the run at once.
            var e = k
            while e < l.end && s[e] != 0x20 { e &+= 1 }
            out.append(copying: e - k, from: k, s, o)
            if e == l.end { return }
            var m = e &+ 1
            while s[m] == 0x20 { m &+= 1 }  // the line's range ends in a non-space
            k = m
            let p = out.s[out.count - 1], q = s[m]  // p: the line's scalar before the run, just copied
            if CharClass.isWide(p) || CharClass.isWide(q) { continue }
            if m - e == 1 && CharClass.isDigit(p) && digitsAhead(from: m, in: i, joinsTo: next) == 3 {
                var run = 0
                var r = out.count - 1
                while r >= 0 && CharClass.isDigit(out.s[r]) { run += 1; r -= 1 }
                let before: UInt32 = r >= 0 ? out.s[r] : 0
                if (run <= 3 && before != 0x2E && before != 0x2C) || chainEnd == out.count {
                    chainEnd = out.count + 3  // the group is copied next, as it is
                    continue
                }
            }
            out.append(0x20, o[e])
        }
    }

    /// The ASCII digits, up to 4, that the joined text has from `m` in line `i` on: a line
    /// that `i` joins follows it directly when it starts with a digit (no space is put
    /// before a digit), and so on; a break or the end of the text stops them.
    func digitsAhead(from m: Int, in i: Int, joinsTo next: Int?) -> Int {
        var count = 0, k = m, line = i, next = next
        while count < 4 {
            if k == lines[line].end {
                guard let j = next, CharClass.isDigit(s[lines[j].start]) else { break }
                line = j; k = lines[j].start
                next = joinTarget(j)
            }
            guard CharClass.isDigit(s[k]) else { break }
            count += 1; k += 1
        }
        return count
    }
}
