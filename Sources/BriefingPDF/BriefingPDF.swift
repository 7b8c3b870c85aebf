/// BriefingPDF: the PDF ingest, beside the text ingest and behind the same `Document`.
///
/// ```
/// file ─► PopplerFile (open; encrypted, damaged) ─► per page: PopplerPageRef.glyphs (characters, boxes, sizes)
///      ─► Fragment.split ─► footers dropped ─► vertical titles joined ─► ReadingOrder (columns by XY-cut)
///      ─► per leaf: TableReader (tables → one sentence per row) and Paragraphs (lines → paragraphs)
///      ─► TextAssembly: UTF-8 text in reading order + PageProvenance (page and box of every character)
///      ─► Ingest.document (decode, normalize) ─► Document (+ pages, + problems of unread pages)
/// ```
/// Everything after the `Document` (numbers, extraction, aggregation, rendering) is shared with
/// text input; figures from a PDF get their page and box from `Document.pages`.
public enum BriefingPDFModule {}
