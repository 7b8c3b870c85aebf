import CCairo

/// Owns the process-wide Pango font map (fontconfig-backed). Created once; used under ``RenderLock``.
final class PangoFontMapRef {
    let pointer: UnsafeMutablePointer<PangoFontMap>

    private init() {
        pointer = pango_cairo_font_map_new()
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    nonisolated(unsafe) private static var sharedInstance: PangoFontMapRef?

    /// The shared font map; call with ``RenderLock`` held.
    static var shared: PangoFontMapRef {
        if let s = sharedInstance { return s }
        let s = PangoFontMapRef()
        sharedInstance = s
        return s
    }

    /// The family fontconfig actually picks for `family` (differs when it is not installed).
    func resolvedFamily(_ family: String, context: PangoContextRef) -> String? {
        let desc = FontDescriptionRef(family: family, size: 10, bold: false)
        guard let font = pango_font_map_load_font(pointer, context.pointer, desc.pointer) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        guard let described = pango_font_describe(font) else { return nil }
        defer { pango_font_description_free(described) }
        return pango_font_description_get_family(described).map { String(cString: $0) }
    }

    /// Names of all installed font families.
    func familyNames() -> Set<String> {
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>? = nil
        var count: Int32 = 0
        pango_font_map_list_families(pointer, &families, &count)
        defer { g_free(families) }
        var names = Set<String>()
        guard let families else { return names }
        for i in 0..<Int(count) {
            if let f = families[i], let name = pango_font_family_get_name(f) {
                names.insert(String(cString: name))
            }
        }
        return names
    }
}

/// Owns one `PangoContext` set to 72 dpi, zh-cn, no glyph-position rounding, hint metrics off.
final class PangoContextRef {
    let pointer: OpaquePointer

    init(fontMap: PangoFontMapRef) {
        pointer = pango_font_map_create_context(fontMap.pointer)
        pango_cairo_context_set_resolution(pointer, 72)
        let options = FontOptions()
        pango_cairo_context_set_font_options(pointer, options.pointer)
        pango_context_set_round_glyph_positions(pointer, 0)
        pango_context_set_language(pointer, pango_language_from_string("zh-cn"))
        pango_context_set_base_dir(pointer, PANGO_DIRECTION_LTR)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

/// Owns one `PangoFontDescription`.
final class FontDescriptionRef {
    let pointer: OpaquePointer

    init(family: String, size: Double, bold: Bool) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_size(pointer, Int32((size * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(pointer, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    }

    deinit { pango_font_description_free(pointer) }
}

/// Owns one `PangoLayout`: text shaped and broken into lines for a width.
final class PangoLayoutRef {
    let pointer: OpaquePointer

    init(context: PangoContextRef) {
        pointer = pango_layout_new(context.pointer)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    func configure(text: String, font: FontDescriptionRef, width: Double?, maxLines: Int?,
                   alignment: TextAlignment, justify: Bool) {
        pango_layout_set_font_description(pointer, font.pointer)
        pango_layout_set_wrap(pointer, PANGO_WRAP_WORD_CHAR)
        if let width {
            pango_layout_set_width(pointer, Int32(max(1, (width * Double(PANGO_SCALE)).rounded(.down))))
        } else {
            pango_layout_set_width(pointer, -1)
        }
        if let maxLines, width != nil {
            pango_layout_set_height(pointer, Int32(-max(1, maxLines)))
            pango_layout_set_ellipsize(pointer, PANGO_ELLIPSIZE_END)
        } else if maxLines != nil {
            pango_layout_set_ellipsize(pointer, PANGO_ELLIPSIZE_NONE)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(pointer, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_justify(pointer, justify ? 1 : 0)
        pango_layout_set_text(pointer, text, -1)
    }

    /// The text of each line after wrapping.
    func lineTexts() -> [String] {
        guard let text = pango_layout_get_text(pointer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
        return (0..<lineCount).compactMap { i in
            guard let line = pango_layout_get_line_readonly(pointer, Int32(i)) else { return nil }
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            return String(decoding: bytes[start..<min(bytes.count, start + length)], as: UTF8.self)
        }
    }

    var unknownGlyphs: Int { Int(pango_layout_get_unknown_glyphs_count(pointer)) }
    var isEllipsized: Bool { pango_layout_is_ellipsized(pointer) != 0 }
    var lineCount: Int { Int(pango_layout_get_line_count(pointer)) }

    /// Logical size in points.
    var size: (width: Double, height: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(pointer, &ink, &logical)
        let s = Double(PANGO_SCALE)
        return (Double(logical.width) / s, Double(logical.height) / s)
    }

    /// Logical left offset (non-zero for centred/right-aligned text in a fixed width).
    var logicalX: Double {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(pointer, &ink, &logical)
        return Double(logical.x) / Double(PANGO_SCALE)
    }

    /// Baseline of the first line, from the top, in points.
    var firstBaseline: Double { Double(pango_layout_get_baseline(pointer)) / Double(PANGO_SCALE) }

    /// For each line: its logical extents (x offset, width) and ascent/descent in points.
    func lineMetrics() -> [(x: Double, width: Double, ascent: Double, descent: Double)] {
        var result: [(Double, Double, Double, Double)] = []
        let s = Double(PANGO_SCALE)
        for i in 0..<lineCount {
            guard let line = pango_layout_get_line_readonly(pointer, Int32(i)) else { continue }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            result.append((Double(logical.x) / s, Double(logical.width) / s,
                           Double(-logical.y) / s, Double(logical.height + logical.y) / s))
        }
        return result
    }
}
