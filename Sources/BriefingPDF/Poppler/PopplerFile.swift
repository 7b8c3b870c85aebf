import BriefingAnalysis
import CPoppler

/// Owns one `PopplerDocument`, opened from bytes already read (read-only, size-limited).
///
/// Opening turns Poppler's errors into `IngestError`s that say what to do: an encrypted file
/// that needs a password, a damaged one. A file whose password is only the owner's (printing or
/// copying restricted) opens and is read.
final class PopplerFile {
    let pointer: OpaquePointer
    let path: String

    init(bytes: [UInt8], path: String) throws {
        self.path = path
        var error: UnsafeMutablePointer<GError>?
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            let code = error.map { Int($0.pointee.code) } ?? -1
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            if code == Int(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw IngestError(path: path, reason: "PDF is encrypted and needs a password; decrypt it first (e.g. qpdf --decrypt --password=PASSWORD IN.pdf OUT.pdf) and give the decrypted file")
            }
            throw IngestError(path: path, reason: "PDF is damaged and cannot be opened (\(message)); repair or re-export it (e.g. qpdf IN.pdf OUT.pdf) and try again")
        }
        pointer = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(pointer)) }

    /// Page `index` (0-based); nil when Poppler cannot build it (a damaged page tree).
    func page(_ index: Int) -> PopplerPageRef? {
        poppler_document_get_page(pointer, Int32(index)).map(PopplerPageRef.init(owning:))
    }
}
