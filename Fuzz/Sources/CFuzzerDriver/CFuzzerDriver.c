// Declarations only: LLVMFuzzerRunDriver is in the libFuzzer that -sanitize=fuzzer links.
