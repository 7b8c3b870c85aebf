/// BriefingRender: generic drawing for the Briefing tool, on Cairo and Pango.
///
/// The pipeline, one stage per folder:
///
/// ```
/// ChartSpec / DocumentSpec ─► layout ─► drawing ─► export
///  (Charts/, Document/)       computed,   on a        PDF (vectors, tagged, outline),
///   pure values               testable    backend     PNG (1×/2×/3×), SVG — atomic writes
/// ```
///
/// - `Cairo/`: owning wrappers for every cairo and Pango object (the only place C pointers appear);
///   status checked after create, `show_page` and `finish`, thrown as ``CairoError``.
/// - `Text/`: Pango text with the fixed settings that make PNG and PDF break lines identically
///   (72 dpi, hint metrics off, no glyph-position rounding, `zh-cn`, Noto Sans CJK SC, WRAP_WORD_CHAR);
///   control characters and characters no font has are drawn as `〔U+XXXX〕` and reported
///   (``TextEngine/missingCharacters``), never a box and never an abort.
/// - `Charts/`: ``ChartSpec`` (data first) → ``ChartLayout`` (measured boxes) → ``DrawingBackend`` calls.
/// - `Document/`: ``DocumentSpec`` → paginated pages (tables split with repeated headers,
///   headings kept with what follows, no orphan or widow lines, table of contents). No content
///   makes it refuse a document: a cell too tall is shortened ("…等N处" for a list), a chart too
///   tall keeps the rows that fit and says how many it leaves out, long headings and notes end "…".
/// - `Export/`: ``PDFWriter``, ``ChartRenderer`` (PNG, SVG). Every file is rendered in memory
///   (cairo stream surfaces, the PNG encoder), written to a temporary file in the same folder with
///   every write checked, flushed and renamed, so no partial file is ever left.
///
/// The module knows nothing about figures: callers pass preformatted label strings.
public enum BriefingRenderModule {
    /// The only font family used for text.
    public static let fontFamily = "Noto Sans CJK SC"
    /// The Debian/Ubuntu package that provides ``fontFamily``.
    public static let fontPackage = "fonts-noto-cjk"
}
