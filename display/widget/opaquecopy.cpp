#include "display/widget/opaquecopy.h"

#include <cstring>

namespace DisplayChannel {

void copyOpaqueRows(const std::uint8_t *from, std::ptrdiff_t fromStride, std::uint8_t *into,
                    std::ptrdiff_t intoStride, int width, int height)
{
    for (int y = 0; y < height; ++y) {
        const auto *s = reinterpret_cast<const std::uint32_t *>(from + y * fromStride);
        auto *d = reinterpret_cast<std::uint32_t *>(into + y * intoStride);
        for (int x = 0; x < width; ++x)
            d[x] = s[x] | 0xff000000u;
    }
}

} // namespace DisplayChannel
