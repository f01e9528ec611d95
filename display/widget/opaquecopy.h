// copyOpaqueRows: SPICE's xRGB pixels (x byte undefined, often 0) into a Qt image as opaque
// pixels (alpha 0xff), row by row. The widget's hot loop at 1:1: built with -O2 in every
// build type (display/CMakeLists.txt) so a Debug build measures like a release one.
#pragma once

#include <cstddef>
#include <cstdint>

namespace DisplayChannel {

void copyOpaqueRows(const std::uint8_t *from, std::ptrdiff_t fromStride, std::uint8_t *into,
                    std::ptrdiff_t intoStride, int width, int height);

} // namespace DisplayChannel
