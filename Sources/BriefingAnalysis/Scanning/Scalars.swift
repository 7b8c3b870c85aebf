/// Small helpers for matching words in arrays of Unicode scalars.
///
/// The extractor works on `[Unicode.Scalar]` slices of the normalized text rather than on
/// `String`, so positions stay plain integers that map back to the original through `Document`.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    /// Whether `word` stands at `index`.
    @inline(__always) func matches(_ word: Scalars, at index: Int) -> Bool {
        let n = word.count
        guard index >= 0, index + n <= count else { return false }
        var k = 0
        while k < n {
            if self[index + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `word` ends exactly at `end` (exclusive).
    @inline(__always) func matches(_ word: Scalars, endingAt end: Int) -> Bool { matches(word, at: end - word.count) }

    func string(_ range: Range<Int>) -> String {
        let r = range.clamped(to: 0..<count)
        return withUnsafeBufferPointer { String(scalars: UnsafeBufferPointer(rebasing: $0[r])) }
    }

    var string: String { string(0..<count) }

    /// The first index in `from..<to` whose scalar is in `set`, or `to`: skips the scalars that
    /// cannot start what a scan looks for, on the raw buffer. Not inlined: in a function of its
    /// own the loop keeps its pointers in registers (inlined into the scans it reloaded them from
    /// the stack: 14 instructions a scalar, here 10).
    @inline(never) func firstIndex(in set: ScalarSet, from: Int, to: Int) -> Int {
        withUnsafeBufferPointer { t in set.firstIndex(in: t, from: from, to: to) }
    }

    /// First index ≥ `from` where `word` stands, before `upTo`. Candidates are found by their
    /// first scalar, eight at a time.
    func firstIndex(of word: Scalars, from: Int = 0, upTo: Int? = nil) -> Int? {
        let limit = (upTo ?? count) - word.count
        guard !word.isEmpty, from <= limit else { return nil }
        let first = word[0].value
        return withUnsafeBufferPointer { t in
            var i = Swift.max(from, 0)
            while i <= limit {
                i = t.firstIndex(of: first, first, first, from: i, to: limit + 1)
                if i <= limit, matches(word, at: i) { return i }
                i += 1
            }
            return nil
        }
    }
}

extension String {
    /// The string of `scalars`, encoded to UTF-8 in one pass. (`UnicodeScalarView.append`
    /// went through a generic, per-scalar path and was the largest cost of emitting figures.)
    init(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: utf8Count(scalars)) { out in
            var w = 0
            for s in scalars { w = utf8Encode(s.value, into: out, at: w) }
            return w
        }
    }
}

/// The UTF-8 length of `scalars` (Strings keep the capacity they are created with, so it is
/// sized exactly rather than at 4 bytes a scalar).
@inline(__always) func utf8Count(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
    var n = 0
    for s in scalars {
        let v = s.value
        n += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    return n
}

/// Writes scalar value `v` as UTF-8 at `w`; returns the position after it.
@inline(__always) func utf8Encode(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at w: Int) -> Int {
    if v < 0x80 {
        out[w] = UInt8(v)
        return w + 1
    } else if v < 0x800 {
        out[w] = UInt8(0xC0 | v >> 6); out[w + 1] = UInt8(0x80 | v & 0x3F)
        return w + 2
    } else if v < 0x10000 {
        out[w] = UInt8(0xE0 | v >> 12); out[w + 1] = UInt8(0x80 | (v >> 6) & 0x3F); out[w + 2] = UInt8(0x80 | v & 0x3F)
        return w + 3
    } else {
        out[w] = UInt8(0xF0 | v >> 18); out[w + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
        out[w + 2] = UInt8(0x80 | (v >> 6) & 0x3F); out[w + 3] = UInt8(0x80 | v & 0x3F)
        return w + 4
    }
}

extension Unicode.Scalar {
    /// CJK unified ideographs, extension A, and extensions B–G (𪚥 stands in real names).
    @inline(__always) var isHan: Bool {
        value &- 0x4E00 <= 0x9FFF - 0x4E00 || value &- 0x3400 <= 0x4DBF - 0x3400 || value &- 0x20000 <= 0x3134F - 0x20000
    }
    @inline(__always) var isDigit: Bool { value &- 0x30 < 10 }
    @inline(__always) var isASCIILetter: Bool { (value | 0x20) &- 0x61 < 26 }
}

/// One bit per BMP scalar (8 KB): an exact membership test in one load, for the sets the
/// extractor tests on every scalar of a paragraph. Scalars beyond the BMP are not stored (the
/// callers keep those separately).
struct ScalarBitmap {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    mutating func insert(_ s: Unicode.Scalar) {
        guard s.value < 0x10000 else { return }
        words[Int(s.value) >> 6] |= 1 << (UInt64(s.value) & 63)
    }

    /// False for every scalar beyond the BMP.
    @inline(__always) func contains(_ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value)
        return v < 0x10000 && words[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// `body` with the bits as a raw buffer (no bounds check per test): for scans.
    @inline(__always) func withBits<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        words.withUnsafeBufferPointer(body)
    }
}

/// A small set of scalars tested without hashing: a bitmap for the BMP, a short scan beyond it.
/// The extractor tests characters in loops over whole paragraphs; `Set` hashing was the
/// largest cost there, and a 1024-bit filter let common Han characters through to the scan.
struct ScalarSet: ExpressibleByArrayLiteral {
    private var bmp = ScalarBitmap()
    private var astral: [UInt32] = []

    init(_ scalars: [Unicode.Scalar]) {
        for s in scalars {
            if s.value < 0x10000 { bmp.insert(s) } else if !astral.contains(s.value) { astral.append(s.value) }
        }
    }

    init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    @inline(__always) func contains(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? bmp.contains(s) : astral.contains(s.value)
    }

    /// The first index in `from..<to` whose scalar is in the set, or `to`.
    @inline(__always) func firstIndex(in t: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Int {
        bmp.withBits { bits in
            var k = from
            while k < to {
                let v = Int(t[k].value)
                if v < 0x10000 {
                    if bits[v &>> 6] & (1 &<< UInt64(v & 63)) != 0 { return k }
                } else if astral.contains(UInt32(v)) {
                    return k
                }
                k &+= 1
            }
            return to
        }
    }
}

/// Scans of a paragraph for a few scalars, eight scalars a step with SSE compares (`SIMD4`
/// is one register; `SIMD8` compares were lowered lane by lane, and a closure for the vector
/// test was not inlined, both slower than a plain loop). Most of a paragraph is Han text
/// that holds no target, which two compares reject.
extension UnsafeBufferPointer where Element == Unicode.Scalar {
    /// The first index in `from..<to` whose scalar value is `a`, `b` or `c`, or `to`.
    @inline(__always) func firstIndex(of a: UInt32, _ b: UInt32, _ c: UInt32, from: Int, to: Int) -> Int {
        let va = SIMD4(repeating: a), vb = SIMD4(repeating: b), vc = SIMD4(repeating: c)
        var k = from
        if let base = baseAddress {
            let raw = UnsafeRawPointer(base)
            while k &+ 8 <= to {
                let x = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD4<UInt32>.self)
                let y = raw.loadUnaligned(fromByteOffset: k &* 4 &+ 16, as: SIMD4<UInt32>.self)
                if any(x .== va .| x .== vb .| x .== vc .| y .== va .| y .== vb .| y .== vc) { break }
                k &+= 8
            }
        }
        while k < to {
            let v = self[k].value
            if v == a || v == b || v == c { return k }
            k &+= 1
        }
        return to
    }

    /// The first index in `from..<to` whose scalar `isTarget` accepts, or `to`, for targets
    /// that all lie below `lo` or at `hi` and above: runs of scalars between the two are
    /// skipped without calling `isTarget`.
    @inline(__always) func firstIndex(from: Int, to: Int, outside lo: UInt32, _ hi: UInt32,
                                      where isTarget: (Unicode.Scalar) -> Bool) -> Int {
        let width = SIMD4(repeating: hi &- lo), vlo = SIMD4(repeating: lo)
        var k = from
        if let base = baseAddress {
            let raw = UnsafeRawPointer(base)
            while k &+ 8 <= to {
                let x = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD4<UInt32>.self)
                let y = raw.loadUnaligned(fromByteOffset: k &* 4 &+ 16, as: SIMD4<UInt32>.self)
                if any(x &- vlo .>= width .| y &- vlo .>= width) {
                    for j in k..<(k &+ 8) where isTarget(self[j]) { return j }
                }
                k &+= 8
            }
        }
        while k < to {
            if isTarget(self[k]) { return k }
            k &+= 1
        }
        return to
    }
}
