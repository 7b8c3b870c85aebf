/// Horizontal alignment of text in its box.
public enum TextAlignment: Sendable, Hashable { case left, center, right }

/// Font size, weight and colour of a piece of text. The family is always Noto Sans CJK SC.
public struct TextStyle: Sendable, Hashable {
    public var size: Double
    public var bold: Bool
    public var color: RGBA
    /// Line height as a multiple of `size` for paragraphs drawn line by line (1.5 for body).
    public var lineHeight: Double

    public init(size: Double, bold: Bool = false, color: RGBA = Palette.text, lineHeight: Double = 1.5) {
        self.size = size; self.bold = bold; self.color = color; self.lineHeight = lineHeight
    }

    /// The type scale of the visual language.
    public static let title = TextStyle(size: 22, bold: true, lineHeight: 1.3)
    public static let section = TextStyle(size: 16, bold: true, lineHeight: 1.35)
    public static let subsection = TextStyle(size: 12.5, bold: true, lineHeight: 1.4)
    public static let body = TextStyle(size: 10.5, lineHeight: 1.5)
    public static let note = TextStyle(size: 8.5, color: Palette.note, lineHeight: 1.4)

    public func with(size: Double? = nil, bold: Bool? = nil, color: RGBA? = nil) -> TextStyle {
        TextStyle(size: size ?? self.size, bold: bold ?? self.bold, color: color ?? self.color, lineHeight: lineHeight)
    }
}

/// What to do when a character has no glyph in any installed font, or is a control character.
public enum GlyphPolicy: Sendable {
    /// Draw `〔U+XXXX〕` in its place and record it in ``TextEngine/missingCharacters`` (the default:
    /// the output is still written, and the caller warns).
    case placeholder
    /// Throw ``RenderError/missingGlyphs(text:count:)`` (for checking that labels are all drawable).
    case error
}

/// A character drawn as its placeholder, and the first text it stood in.
public struct MissingCharacter: Sendable, Equatable {
    public let scalar: Unicode.Scalar
    public let text: String
    /// `〔U+2A6A5〕`.
    public var placeholder: String { VisibleText.placeholder(for: scalar) }
    /// Control characters are escaped on purpose; other characters lack a font.
    public var isControl: Bool { VisibleText.isControl(scalar) }
}
