
/// A measured piece of text: its Pango layout (shared between measuring and drawing, so what is
/// measured is what is drawn) and its logical size.
public struct TextBox {
    let layout: PangoLayoutRef
    /// The style used.
    public let style: TextStyle
    /// Logical width and height in points.
    public let width: Double
    public let height: Double
    /// Number of lines after wrapping.
    public let lineCount: Int
    /// True when the text was cut with "…".
    public let ellipsized: Bool
    /// Baseline of the first line from the top.
    public let firstBaseline: Double
    /// Logical x offset inside the wrap width (alignment).
    let logicalX: Double
}

/// Shapes and measures text with Pango under the fixed settings of the visual language.
///
/// One engine per render job (its Pango context is not thread-safe); all work runs under
/// the process-wide render lock. Layouts are cached by (text, style, width, lines, alignment).
public final class TextEngine {
    private let context: PangoContextRef
    private var fonts: [FontKey: FontDescriptionRef] = [:]
    private var cache: [LayoutKey: TextBox] = [:]
    /// The policy for characters without a glyph.
    public let glyphPolicy: GlyphPolicy
    /// Characters drawn as a placeholder (controls, and characters no font has), each with the
    /// first text it stood in, in order of appearance.
    public private(set) var missingCharacters: [MissingCharacter] = []
    private var missingSeen: Set<Unicode.Scalar> = []
    /// Whether a font (after fontconfig's fallback) has a glyph for a scalar; fonts do not change
    /// while the process runs. Used under the render lock only.
    nonisolated(unsafe) private static var hasGlyph: [Unicode.Scalar: Bool] = [:]

    nonisolated(unsafe) private static var fontChecked = false

    /// Creates an engine; throws ``RenderError/fontMissing(family:package:)`` when Noto Sans CJK SC is absent.
    public init(glyphPolicy: GlyphPolicy = .placeholder) throws {
        let fontMap = PangoFontMapRef.shared
        context = PangoContextRef(fontMap: fontMap)
        if !TextEngine.fontChecked {
            // fontconfig silently substitutes a missing family: ask which family it really picks.
            guard fontMap.resolvedFamily(BriefingRenderModule.fontFamily, context: context) == BriefingRenderModule.fontFamily else {
                throw RenderError.fontMissing(family: BriefingRenderModule.fontFamily, package: BriefingRenderModule.fontPackage)
            }
            TextEngine.fontChecked = true
        }
        self.glyphPolicy = glyphPolicy
    }

    private struct FontKey: Hashable { let size: Double; let bold: Bool }
    private struct LayoutKey: Hashable {
        let text: String; let size: Double; let bold: Bool; let width: Double?; let maxLines: Int?
        let alignment: TextAlignment; let justify: Bool
    }

    private func font(_ style: TextStyle) -> FontDescriptionRef {
        let key = FontKey(size: style.size, bold: style.bold)
        if let f = fonts[key] { return f }
        let f = FontDescriptionRef(family: BriefingRenderModule.fontFamily, size: style.size, bold: style.bold)
        fonts[key] = f
        return f
    }

    /// Shapes `text`; wraps at `width` (WRAP_WORD_CHAR) and ellipsizes after `maxLines` lines.
    public func box(_ text: String, style: TextStyle, width: Double? = nil, maxLines: Int? = nil,
                    alignment: TextAlignment = .left, justify: Bool = false) throws -> TextBox {
        let key = LayoutKey(text: text, size: style.size, bold: style.bold, width: width, maxLines: maxLines,
                            alignment: alignment, justify: justify)
        if let cached = cache[key] {
            return TextBox(layout: cached.layout, style: style, width: cached.width, height: cached.height,
                           lineCount: cached.lineCount, ellipsized: cached.ellipsized,
                           firstBaseline: cached.firstBaseline, logicalX: cached.logicalX)
        }
        let layout = PangoLayoutRef(context: context)
        let visible = glyphPolicy == .placeholder ? VisibleText.escapingControls(text) : text
        layout.configure(text: visible, font: font(style), width: width, maxLines: maxLines,
                         alignment: alignment, justify: justify)
        let unknown = layout.unknownGlyphs
        if unknown > 0, glyphPolicy == .error { throw RenderError.missingGlyphs(text: text, count: unknown) }
        if visible != text || unknown > 0 {
            let missing = unknown > 0 ? scalarsWithoutGlyph(in: visible, style: style) : []
            if !missing.isEmpty {
                layout.configure(text: VisibleText.replacing(missing, in: visible), font: font(style), width: width,
                                 maxLines: maxLines, alignment: alignment, justify: justify)
            }
            for s in text.unicodeScalars where (VisibleText.isControl(s) || missing.contains(s)) && !missingSeen.contains(s) {
                missingSeen.insert(s)
                missingCharacters.append(MissingCharacter(scalar: s, text: text))
            }
        }
        let size = layout.size
        let box = TextBox(layout: layout, style: style, width: size.width, height: size.height,
                          lineCount: layout.lineCount, ellipsized: layout.isEllipsized,
                          firstBaseline: layout.firstBaseline, logicalX: layout.logicalX)
        cache[key] = box
        return box
    }

    /// Width of `text` on one line.
    public func width(_ text: String, style: TextStyle) throws -> Double {
        try box(text, style: style).width
    }

    /// The scalars of `text` that no font has a glyph for (each tried on its own, cached).
    private func scalarsWithoutGlyph(in text: String, style: TextStyle) -> Set<Unicode.Scalar> {
        var missing: Set<Unicode.Scalar> = []
        for s in text.unicodeScalars where s.value >= 0x80 && !VisibleText.isDefaultIgnorable(s) && !missing.contains(s) {
            if let known = Self.hasGlyph[s] {
                if !known { missing.insert(s) }
                continue
            }
            let has = unknownGlyphs(String(Character(s)), style: style) == 0
            Self.hasGlyph[s] = has
            if !has { missing.insert(s) }
        }
        return missing
    }

    /// Unknown-glyph count of `text` in `style` (0 when every character has a glyph).
    public func unknownGlyphs(_ text: String, style: TextStyle = .body) -> Int {
        let layout = PangoLayoutRef(context: context)
        layout.configure(text: text, font: font(style), width: nil, maxLines: nil, alignment: .left, justify: false)
        return layout.unknownGlyphs
    }
}
