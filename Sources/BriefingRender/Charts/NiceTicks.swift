import Foundation

/// "Nice" axis ticks (steps of 1, 2, 2.5, 5 × 10ⁿ) covering a range.
public struct NiceTicks: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let step: Double
    /// The largest absolute tick value.
    public var magnitude: Double { max(abs(lower), abs(upper)) }
    public var values: [Double] {
        let n = Int(((upper - lower) / step).rounded())
        return (0...max(0, n)).map { clean(lower + Double($0) * step) }
    }

    /// Ticks covering `[lo, hi]` with about `target` ticks.
    public init(lo: Double, hi: Double, target: Int = 5) {
        var lo = lo, hi = hi
        if !lo.isFinite || !hi.isFinite { lo = 0; hi = 1 }
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 {
            let pad = abs(lo) > 0 ? abs(lo) * 0.5 : 1
            if lo >= 0 { lo = max(0, lo - pad) } else { lo -= pad }
            hi += pad
        }
        let raw = (hi - lo) / Double(max(1, target - 1))
        let mag = pow(10, floor(log10(raw)))
        let f = raw / mag
        let niceF: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10
        let step = niceF * mag
        self.step = step
        self.lower = clean(floor(lo / step + 1e-9) * step)
        self.upper = clean(ceil(hi / step - 1e-9) * step)
    }
}

private func clean(_ v: Double) -> Double {
    let r = (v * 1e9).rounded() / 1e9
    return r == 0 ? 0 : r
}

/// Generic number formatting for axis ticks, the Chinese way (万, 亿, "−" for minus).
public enum NumberFormat {
    /// Formats `value` with just enough decimals for `step`, folding 万/亿 when asked.
    ///
    /// `axis(15000, step: 5000, format: .plain)` → "1.5万"; `axis(-20, step: 10, format: .percent)` → "−20%".
    /// `magnitude` (the largest absolute tick) picks one scale word for the whole axis.
    public static func axis(_ value: Double, step: Double, format: AxisFormat, magnitude: Double? = nil) -> String {
        var v = value, s = step, scaleWord = ""
        let m = magnitude ?? abs(value)
        if format.chineseScale {
            if m >= 1e8 { v /= 1e8; s /= 1e8; scaleWord = "亿" }
            else if m >= 1e4 { v /= 1e4; s /= 1e4; scaleWord = "万" }
        }
        if v == 0 { return "0" + format.suffix }
        let decimals = max(0, min(4, Int(ceil(-log10(s) - 1e-9))))
        let adjusted = decimalsNeeded(s, start: decimals)
        let body = decimalString(abs(v), decimals: adjusted)
        return (v < 0 ? "−" : "") + body + scaleWord + format.suffix
    }

    /// Fixed decimals, trailing zeros kept (deterministic, locale-free).
    public static func decimalString(_ v: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", v)
    }

    private static func decimalsNeeded(_ step: Double, start: Int) -> Int {
        var d = start
        while d < 4 {
            let scaled = step * pow(10, Double(d))
            if abs(scaled - scaled.rounded()) < 1e-6 { break }
            d += 1
        }
        return d
    }
}
