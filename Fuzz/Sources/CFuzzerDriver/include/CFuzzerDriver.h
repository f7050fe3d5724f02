// libFuzzer's entry for programs that have their own main function: SwiftPM
// gives every executable its own main, so libFuzzer's main never runs.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
