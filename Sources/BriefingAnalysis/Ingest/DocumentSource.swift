/// What an ingest hands the extractor: a document read whole (a PDF), or a text file's chunks,
/// read one after the other so that memory follows the chunk, not the file (`TextChunks`).
///
/// ```
/// let source = try Ingest.source(path: "big.txt")
/// let (result, problems) = try FigureExtractor().extract(from: source)
/// ```
public enum DocumentSource {
    case whole(Document)
    case chunks(TextChunks)
}

extension Ingest {
    /// Opens a text file (or standard input for "-") to be read in chunks, with `load`'s errors
    /// for a path that cannot be read; errors of its content come as its chunks are read.
    public static func source(path: String, chunkBytes: Int = TextChunks.defaultChunkBytes) throws -> DocumentSource {
        .chunks(try TextChunks(path: path, chunkBytes: chunkBytes))
    }
}
