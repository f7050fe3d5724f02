#ifndef LIGHTBOARD_CSHA256_H
#define LIGHTBOARD_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the x86 SHA extensions (and SSE4.1), else 0.
int lightboard_sha256_hardware_available(void);

/// SHA-256's compression of `blocks` 64-byte blocks at `data` into `state` (a, b, ... h),
/// with the SHA instructions. Call only when lightboard_sha256_hardware_available() is 1.
void lightboard_sha256_hardware_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
