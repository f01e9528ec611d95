// libFuzzer target: the OVF parser, the import planner and the manifest parser on arbitrary
// bytes. Built only with clang and -DEMANON_FUZZ=ON (see appliances/CMakeLists.txt); the ctest
// "fuzz_ovf" runs it for a bounded time from the seeds in tests/data/ovf.
#include "appliances/ovf/importplan.h"
#include "appliances/ovf/manifest.h"
#include "appliances/ovf/ovfparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto envelope = Appliances::parseOvf(bytes);
    if (envelope.ok()) {
        for (int i = 0; i < envelope->systems.size(); ++i)
            (void)Appliances::ImportPlanner::plan(*envelope, i);
    }
    (void)Appliances::Manifest::parse(bytes);
    return 0;
}
