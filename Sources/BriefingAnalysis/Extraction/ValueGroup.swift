/// Values joined as a list ("12.43%、10.85%"), stated by one frame: positions into the
/// sentence's quantities rather than copies (a `Quantity` holds three Strings, so every copy
/// retained and released them).
struct ValueGroup {
    let quantities: ArraySlice<Quantity>
    /// Indices into `quantities`, in text order; never empty.
    let indices: ArraySlice<Int>

    var count: Int { indices.count }
    /// Where the first value starts and the last ends.
    var start: Int { quantities[indices.first!].start }
    var end: Int { quantities[indices.last!].end }

    /// The `k`-th value's start and end (`k` counts from 0).
    func start(_ k: Int) -> Int { quantities[indices[indices.startIndex + k]].start }
    func end(_ k: Int) -> Int { quantities[indices[indices.startIndex + k]].end }

    /// Where the `k`-th value is in `quantities`.
    func position(_ k: Int) -> Int { indices[indices.startIndex + k] }
}
