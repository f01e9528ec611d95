// SavedState: a suspended VM's memory and device state, kept in its bundle.
//
//   saved/vmstate        QEMU's migration stream (written as saved/vmstate.partial first)
//   saved/saved.json     what the stream is: size, SHA-256, time, QEMU version and the parts of
//                        the config the restore depends on (machine, CPU, memory, devices,
//                        disks). Written atomically and LAST, once the stream is complete and
//                        fsync'd.
//   thumbnail.png        the screen when it was suspended (for the VM list)
//
// The presence of saved.json is what makes a VM Saved. A stream without saved.json is a
// suspend that never finished (crash, cancel): removeIncomplete() drops it and the VM is as it
// was. A saved.json that does not match its stream, the VM's config or QEMU is reported by
// verify(), never silently ignored; discard() is the only way to drop it.
// All functions are synchronous file operations, safe to call from any process.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Engine {

/// The contents of saved.json.
struct SavedStateInfo
{
    static constexpr int kFormat = 1;
    qint64 sizeBytes = 0;  ///< of saved/vmstate
    QString sha256;        ///< hex, of saved/vmstate
    QDateTime savedAt;     ///< UTC
    QString qemuVersion;   ///< "7.2.0" as query-version reported it
    QJsonObject fingerprint; ///< SavedState::fingerprint() of the config at suspend time
    bool guestPaused = false; ///< the VM was paused when suspended: it resumes paused

    [[nodiscard]] QByteArray toJson() const;
    static Result<SavedStateInfo> fromJson(const QByteArray &json);
};

class SavedState
{
    Q_DECLARE_TR_FUNCTIONS(SavedState)

public:
    static QString dir(const QString &bundlePath);
    static QString streamPath(const QString &bundlePath);
    static QString partialStreamPath(const QString &bundlePath);
    static QString metaPath(const QString &bundlePath);
    /// `<bundle>/thumbnail.png`: the screen at the last suspend (may not exist).
    static QString thumbnailPath(const QString &bundlePath);

    /// True when saved.json exists: the VM is Saved (valid or not; verify() tells).
    static bool exists(const QString &bundlePath);
    /// Parses saved.json and checks that the stream has the recorded size (cheap).
    static Result<SavedStateInfo> read(const QString &bundlePath);
    /// Everything a restore needs, checked before QEMU starts: read(), the stream's SHA-256,
    /// and that `config` still matches the fingerprint. The error says what is wrong and that
    /// the saved state can be discarded (code StateRefused).
    static Result<SavedStateInfo> verify(const QString &bundlePath, const VmConfig &config);
    /// Makes the finished stream (partialStreamPath, already written and fsync'd) the saved
    /// state: renames it to streamPath, then writes saved.json atomically.
    static Status commit(const QString &bundlePath, const SavedStateInfo &info);
    /// Drops the saved state: saved.json first (from then on the VM boots cold), then the
    /// stream. Nothing to drop is not an error.
    static Status discard(const QString &bundlePath);
    /// Removes a stream that has no saved.json (a suspend that did not finish). Returns true
    /// when something was removed.
    static bool removeIncomplete(const QString &bundlePath);

    /// The parts of a config a saved state depends on, grouped by what the user would call
    /// them: "machine", "cpu", "memory", "disks", "devices".
    static QJsonObject fingerprint(const VmConfig &config);
    /// Translated names of the groups that differ between two fingerprints.
    static QStringList changedParts(const QJsonObject &saved, const QJsonObject &now);
    /// Why saving `changed` as the definition of the VM in `bundlePath` must be refused (it is
    /// Saved and the change would break the restore), or nothing. Name, notes, boot order,
    /// media and the display listener stay editable.
    static std::optional<Error> configLockRefusal(const QString &bundlePath,
                                                  const VmConfig &changed);
    /// The sentence that tells the user how to get rid of a saved state of VM `name`.
    static QString discardHint(const QString &name);
};

} // namespace Engine
