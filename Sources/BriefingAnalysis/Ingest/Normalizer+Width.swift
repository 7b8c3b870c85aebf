extension Normalizer {
    /// Pass 1: folds full-width ASCII forms (U+FF01–FF5E) to ASCII and U+3000 to a space,
    /// turns CRLF, CR, VT, FF, NEL, U+2028/2029 into "\n", tabs, NBSP and other spaces into " ",
    /// and drops zero-width characters, BOMs, soft hyphens and other control characters.
    /// Chinese punctuation without an ASCII form (。、“”《》【】) is kept.
    ///
    /// Also records where the original's lines start (see `lineStarts`), as it sees every break.
    static func fold(_ p: UnsafeBufferPointer<UInt32>, lineStarts: inout [Int]) -> ScalarBuffer {
        let n = p.count
        lineStarts = [0]
        return ScalarBuffer.build(capacity: n) { out in
            let drop: UInt32 = 0xFFFF_FFFF
            let os = out.s, oo = out.o  // locals: see undoubleLines
            var w = 0
            var i = 0
            while i < n {
                let v = p[i]
                var e = v  // what to emit, or `drop`
                if v > 0x3000 && v < 0xFEFF {
                    // fast path: CJK ideographs and punctuation
                } else if v < 0x80 {
                    if v >= 0x20 && v != 0x7F {
                        // printable ASCII
                    } else if v == 0x0A {
                        e = 0x0A
                        if i + 1 < n { lineStarts.append(i + 1) }
                    } else if v == 0x0B || v == 0x0C {
                        e = 0x0A
                    } else if v == 0x0D {
                        if i + 1 >= n || p[i + 1] != 0x0A {
                            e = 0x0A
                            if i + 1 < n { lineStarts.append(i + 1) }
                        } else {
                            e = drop  // the "\n" of "\r\n" follows
                        }
                    } else if v == 0x09 {
                        e = 0x20
                    } else {
                        e = drop  // other controls
                    }
                } else if v >= 0xFF01 && v <= 0xFF5E {
                    e = v - 0xFEE0
                } else {
                    switch v {
                    case 0x3000, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F: e = 0x20
                    case 0x85, 0x2028, 0x2029: e = 0x0A
                    case 0x80...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: e = drop
                    default: break
                    }
                }
                if e != drop { os[w] = e; oo[w] = i; w += 1 }
                i += 1
            }
            out.count = w
        }
    }
}
