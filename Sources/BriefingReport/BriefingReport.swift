/// BriefingReport: figures → a briefing.
///
/// ```
/// [Figure] ─► Aggregator.digest ─► Digest ─┬─► ChartPlan ─► [NamedChart] ─► PNG / SVG (ChartRenderer)
///                                           ├─► BriefingDocument ─► DocumentSpec ─► PDF (PDFWriter)
///                                           └─► Summary ─► text / markdown / JSON
/// ```
/// Above ``ReportLimits/fullListThreshold`` figures the briefing and the summary show the top of
/// each table and say where the complete list is (`BriefingSelection`).
/// Everything here is composition: what to show and in which words. Drawing is BriefingRender's,
/// reading the text is BriefingAnalysis's.
enum BriefingReportModule {}
