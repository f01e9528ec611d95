#include "engine/migration/incomingbundle.h"

#include "engine/core/atomicfile.h"
#include "engine/library/vmlock.h"
#include "engine/migration/bundlemanifest.h"
#include "engine/migration/migrationtr.h"

#include <QDir>
#include <QFileInfo>

namespace Engine::IncomingBundle {

using MigrationPrivate::Tr;

namespace {
QString stagingPath(const VmLibrary &library, const QUuid &uuid)
{
    return library.root() + QStringLiteral("/.incoming-") + uuid.toString(QUuid::WithoutBraces);
}
} // namespace

Result<QString> prepare(const VmLibrary &library, const QUuid &uuid, const QString &name)
{
    if (uuid.isNull() || name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error(ErrorCode::InvalidArgument, Tr::tr("The VM to receive is not named correctly."));
    if (Status s = library.ensureExists(); !s)
        return s.error();
    for (const QString &key : {uuid.toString(QUuid::WithoutBraces), name}) {
        if (library.open(key)) {
            return Error(ErrorCode::AlreadyExists,
                         Tr::tr("This host already has a VM named \"%1\" (or with its id). "
                                "Rename or delete it there first.")
                             .arg(name));
        }
    }
    const QString staging = stagingPath(library, uuid);
    if (!QDir().mkpath(staging))
        return Error(ErrorCode::Io, Tr::tr("The VM library on this host is not writable."), staging);
    return staging;
}

Result<QString> adopt(const VmLibrary &library, const QUuid &uuid,
                      const QMap<QString, QString> &manifest)
{
    const QString staging = stagingPath(library, uuid);
    if (!QFileInfo(staging).isDir())
        return Error(ErrorCode::NotFound, Tr::tr("Nothing was received for this VM."), staging);
    auto actual = BundleManifest::compute(staging);
    if (!actual)
        return actual.error();
    const QStringList bad = BundleManifest::differences(manifest, *actual);
    if (!bad.isEmpty() || manifest.isEmpty()) {
        return Error(ErrorCode::Io,
                     Tr::tr("The copy on this host does not match the original (%1 files differ). "
                            "Nothing was changed; move the VM again.")
                         .arg(bad.size()),
                     bad.join(QLatin1Char('\n')));
    }
    // The definition we received names the bundle.
    auto config = readFile(staging + QStringLiteral("/vm.json"));
    auto parsed = config ? VmConfig::fromJson(*config) : Result<VmConfig>(config.error());
    if (!parsed)
        return parsed.error();
    const QString target = library.root() + QLatin1Char('/') + parsed->name + QStringLiteral(".emanon");
    if (QFileInfo::exists(target) || !QDir().rename(staging, target)) {
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("The VM's folder could not be created in the library of this host."),
                     target);
    }
    return target;
}

Status drop(const VmLibrary &library, const QUuid &uuid)
{
    QDir(stagingPath(library, uuid)).removeRecursively();
    auto vm = library.open(uuid.toString(QUuid::WithoutBraces));
    if (!vm)
        return {};
    if (VmLock::isLocked(vm->path)) {
        return Error(ErrorCode::Locked,
                     Tr::tr("%1 runs on this host; it was not removed.").arg(vm->config.name));
    }
    QDir(vm->path).removeRecursively();
    return {};
}

} // namespace Engine::IncomingBundle
