import CCairo

/// A failed cairo call: the operation and cairo's own message (`cairo_status_to_string`).
public struct CairoError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What was being done, e.g. `"cairo_pdf_surface_create"`.
    public let operation: String
    /// The raw `cairo_status_t` value.
    public let status: UInt32
    /// cairo's message for `status`.
    public let message: String

    public var description: String { "\(operation) failed: \(message)" }

    /// True for failures of the file system (write error, file not found, out of memory).
    public var isIOError: Bool {
        [CAIRO_STATUS_WRITE_ERROR, CAIRO_STATUS_FILE_NOT_FOUND, CAIRO_STATUS_READ_ERROR, CAIRO_STATUS_NO_MEMORY]
            .map(\.rawValue).contains(status)
    }

    init(operation: String, status: cairo_status_t) {
        self.operation = operation
        self.status = status.rawValue
        self.message = String(cString: cairo_status_to_string(status))
    }

    /// Throws when `status` is not `CAIRO_STATUS_SUCCESS`.
    static func check(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws(CairoError) {
        if status != CAIRO_STATUS_SUCCESS {
            throw CairoError(operation: operation(), status: status)
        }
    }
}
