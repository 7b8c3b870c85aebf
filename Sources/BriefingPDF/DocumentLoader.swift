import BriefingAnalysis

/// The ingest the command line uses: a PDF (by its `%PDF-` header) goes through `PDFIngest`,
/// anything else through the text ingest; a file named `.pdf` that is not a PDF is refused.
///
/// ```
/// let document = try DocumentLoader.load(path: "report.pdf")   // or "report.txt", or "-"
/// ```
public enum DocumentLoader {
    /// `progress`, for a PDF: told (0, pages in all) first, then (pages read, pages in all) after each page.
    public static func load(path: String, progress: ((Int, Int) -> Void)? = nil) throws -> Document {
        let bytes = try Ingest.bytes(path: path)
        if PDFIngest.isPDF(bytes) { return try PDFIngest.document(bytes: bytes, path: path, progress: progress) }
        if path.lowercased().hasSuffix(".pdf") {
            let reason = bytes.isEmpty ? "file is empty; nothing to read"
                : "is named .pdf but is not a PDF (no %PDF- header); give the real PDF, or rename it if it is a text file"
            throw IngestError(path: path, reason: reason)
        }
        return try Ingest.document(bytes: bytes, path: path)
    }

    /// `load` as a source for the extractor: a text file is read in chunks (`TextChunks`), a
    /// PDF whole, as `load` reads it (with its `progress`), with the same errors.
    public static func source(path: String, progress: ((Int, Int) -> Void)? = nil) throws -> DocumentSource {
        let chunks = try TextChunks(path: path)
        if PDFIngest.isPDF(chunks.head) { return .whole(try PDFIngest.document(bytes: chunks.allBytes(), path: path, progress: progress)) }
        if path.lowercased().hasSuffix(".pdf") {
            chunks.close()
            let reason = chunks.head.isEmpty ? "file is empty; nothing to read"
                : "is named .pdf but is not a PDF (no %PDF- header); give the real PDF, or rename it if it is a text file"
            throw IngestError(path: path, reason: reason)
        }
        return .chunks(chunks)
    }
}
