/// BriefingReport: figures → a briefing.
///
/// ```
/// [Figure] ─► Aggregator.digest ─► Digest ─┬─► ChartPlan ─► [NamedChart] ─► PNG / SVG (ChartRenderer)
///                                           ├─► BriefingDocument ─► DocumentSpec ─► PDF (PDFWriter)
///                                           └─► Summary ─► text / markdown / JSON
/// ```
/// Everything here is composition: what to show and in which words. Drawing is BriefingRender's,
/// reading the text is BriefingAnalysis's.
enum BriefingReportModule {}
