// libFuzzer supplies main and calls LLVMFuzzerTestOneInput, which the Swift target of this fuzzer exports.
// This file exists so that SwiftPM has an executable to link: a Swift one would have its main renamed.
int entente_fuzz_driver;
