/// A point in points (1/72 inch), y downwards.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
    public var description: String { "(\(x), \(y))" }
}

/// An axis-aligned rectangle in points, y downwards.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var center: Point { Point(x: midX, y: midY) }
    /// True when the interiors overlap (touching edges do not count).
    public func intersects(_ o: Rect, tolerance: Double = 0.01) -> Bool {
        x < o.maxX - tolerance && o.x < maxX - tolerance && y < o.maxY - tolerance && o.y < maxY - tolerance
    }
    public func offsetBy(dx: Double, dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
    public func insetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
    }
    public var description: String { "[\(x), \(y), \(width)×\(height)]" }
}

/// A colour with straight (non-premultiplied) components in 0…1.
public struct RGBA: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var r: Double, g: Double, b: Double, a: Double
    public init(r: Double, g: Double, b: Double, a: Double = 1) { self.r = r; self.g = g; self.b = b; self.a = a }
    /// From `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(r: Double((hex >> 16) & 0xFF) / 255, g: Double((hex >> 8) & 0xFF) / 255,
                  b: Double(hex & 0xFF) / 255, a: alpha)
    }
    /// 8-bit components, rounded.
    public var bytes: (r: UInt8, g: UInt8, b: UInt8) {
        (UInt8((r * 255).rounded()), UInt8((g * 255).rounded()), UInt8((b * 255).rounded()))
    }
    public var description: String {
        let c = bytes
        return "#" + [c.r, c.g, c.b].map { String($0, radix: 16, uppercase: true).leftPadded(2) }.joined()
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}

/// The palette of the visual language (Okabe-Ito, colour-blind safe).
public enum Palette {
    /// Okabe-Ito blue: improved.
    public static let improved = RGBA(hex: 0x0072B2)
    /// Okabe-Ito vermilion: worsened.
    public static let worsened = RGBA(hex: 0xD55E00)
    /// Neutral or unknown.
    public static let neutral = RGBA(hex: 0x999999)
    /// Body text.
    public static let text = RGBA(hex: 0x1A1A1A)
    /// Notes, axis labels.
    public static let note = RGBA(hex: 0x666666)
    /// Grid lines.
    public static let grid = RGBA(hex: 0xE3E3E3)
    /// Axis and zero lines.
    public static let axis = RGBA(hex: 0x4D4D4D)
    /// Light fills (table header, tracks).
    public static let track = RGBA(hex: 0xEDEDED)
    public static let zebra = RGBA(hex: 0xF6F6F6)
    public static let white = RGBA(hex: 0xFFFFFF)
    /// Series colours for grouped bars and lines: slate greys of distinct lightness, so that
    /// colour keeps saying only better (blue) or worse (vermilion) through the value labels.
    public static let series: [RGBA] = [
        RGBA(hex: 0x3E4C59), RGBA(hex: 0xA3AFBA), RGBA(hex: 0x6B7B8A),
        RGBA(hex: 0xCBD2D9), RGBA(hex: 0x1F2933), RGBA(hex: 0x8895A2),
    ]
}
