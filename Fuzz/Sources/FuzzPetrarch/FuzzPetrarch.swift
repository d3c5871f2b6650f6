import EntenteCore
import FuzzSupport

/// libFuzzer's entry: arbitrary bytes as a TABARI/PETRARCH dictionary of one kind (the first byte says which).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPetrarch(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.petrarch(Array(UnsafeBufferPointer(start: data, count: size)), base: base)
    return 0
}

let base = FuzzHarness.base(FuzzHarness.projectDictionaries)

/// libFuzzer's set-up, before the first input: the dictionaries load here, so no input is charged for them.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    _ = base
    return 0
}
