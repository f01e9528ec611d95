// Helpers shared by the tests: where the test data and the test guests are.
#pragma once

#include <QByteArray>
#include <QString>

namespace Engine {
class VmConfig;
}

namespace TestUtil {

/// tests/data/<relative>
QString dataPath(const QString &relative);

/// The root of the built test guests (tests/guests/build prints it): $EMANON_TEST_GUESTS,
/// else the default cache. Empty when they have not been built.
QString guestsRoot();

/// Path of a guest file, e.g. guestFile("linux-initramfs/vmlinuz"); empty if missing.
QString guestFile(const QString &relative);

/// True when the guests must exist (scripts/test sets EMANON_REQUIRE_GUESTS=1): a missing
/// guest is then a failure, not a skip.
bool guestsRequired();

/// Commits a saved state of a VM with `config` in `bundlePath` as a finished suspend would
/// (the stream is `stream`, not a real one: enough for what reads saved.json, no QEMU needed).
bool commitFakeSavedState(const QString &bundlePath, const Engine::VmConfig &config,
                          const QByteArray &stream = QByteArray(4096, 'x'));

} // namespace TestUtil

/// In a test slot: when `missing` (the guest files a test needs are not there), fail if the
/// guests are required (guestsRequired()), else skip, saying how to build them.
#define EMANON_REQUIRE_GUESTS_OR_SKIP(missing)                                                \
    do {                                                                                       \
        if (missing) {                                                                         \
            if (TestUtil::guestsRequired())                                                    \
                QFAIL("test guests missing: run tests/guests/build");                          \
            QSKIP("test guests not built (tests/guests/build)");                               \
        }                                                                                      \
    } while (false)
