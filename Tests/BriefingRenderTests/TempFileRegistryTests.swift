import Foundation
import Testing
@testable import BriefingRender

/// The registry of temporary files removed on a fatal signal (the signal path itself is tested
/// end to end in `BriefingCLITests/InterruptionTests`).
struct TempFileRegistryTests {
    @Test func registersAndForgetsPaths() throws {
        guard #available(macOS 15, *) else { return }
        let path = NSTemporaryDirectory() + "/.registry-test.\(UUID().uuidString).tmp"
        let slot = try #require(TempFileRegistry.register(path))
        #expect(TempFileRegistry.registered.contains(path))
        TempFileRegistry.unregister(slot)
        #expect(!TempFileRegistry.registered.contains(path))
    }

    @Test func refusesPathsItCannotHold() {
        guard #available(macOS 15, *) else { return }
        #expect(TempFileRegistry.register(String(repeating: "a", count: TempFileRegistry.slotSize)) == nil)
    }

    @Test func failedWriteLeavesNoTemporaryFile() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("atomic-\(UUID().uuidString)")
        struct Boom: Error {}
        #expect(throws: Boom.self) { try AtomicFile.write(to: folder.appendingPathComponent("x.bin")) { _ in throw Boom() } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
