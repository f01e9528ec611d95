#include "engine/library/vmregistry.h"

#include "engine/core/atomicfile.h"
#include "engine/core/paths.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Engine {

VmRegistry::VmRegistry(QString filePath, const QString &defaultRoot)
    : m_filePath(std::move(filePath)), m_defaultRoot(defaultRoot.isEmpty() ? QString() : clean(defaultRoot))
{}

QString VmRegistry::clean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString VmRegistry::defaultFilePath()
{
    const QString fromEnv = qEnvironmentVariable("EMANON_REGISTRY");
    if (!fromEnv.isEmpty())
        return clean(fromEnv);
    return configFilePath(QStringLiteral("libraries.json"));
}

Result<VmRegistry> VmRegistry::load(const QString &filePath)
{
    VmRegistry registry(filePath);
    if (filePath.isEmpty() || !QFileInfo::exists(filePath))
        return registry;
    Result<QByteArray> bytes = readFile(filePath);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (!doc.isObject()) {
        return Error(ErrorCode::ConfigParse,
                     tr("The list of your VMs (%1) is damaged. Fix or delete the file; the VMs "
                        "themselves are not touched.")
                         .arg(filePath),
                     filePath + QStringLiteral(": ") + parseError.errorString());
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schemaVersion")).toInt() > kSchemaVersion) {
        return Error(ErrorCode::SchemaVersion,
                     tr("The list of your VMs (%1) was written by a newer Emanon.").arg(filePath),
                     filePath);
    }
    registry.m_defaultRoot = o.value(QLatin1String("defaultLibrary")).toString();
    if (!registry.m_defaultRoot.isEmpty())
        registry.m_defaultRoot = clean(registry.m_defaultRoot);
    for (const QJsonValue &v : o.value(QLatin1String("bundles")).toArray()) {
        const QString path = v.toString();
        if (!path.isEmpty() && !registry.m_bundles.contains(clean(path)))
            registry.m_bundles.append(clean(path));
    }
    return registry;
}

Status VmRegistry::save() const
{
    if (m_filePath.isEmpty())
        return {};
    QJsonObject o{{QStringLiteral("schemaVersion"), kSchemaVersion},
                  {QStringLiteral("bundles"), QJsonArray::fromStringList(m_bundles)}};
    if (!m_defaultRoot.isEmpty())
        o.insert(QStringLiteral("defaultLibrary"), m_defaultRoot);
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        return Error(ErrorCode::Io, tr("The folder of %1 cannot be created.").arg(m_filePath),
                     QFileInfo(m_filePath).absolutePath());
    }
    return writeFileAtomic(m_filePath, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString VmRegistry::defaultRoot() const
{
    if (qEnvironmentVariableIsSet("EMANON_LIBRARY") || m_defaultRoot.isEmpty())
        return VmLibrary::defaultRoot();
    return m_defaultRoot;
}

bool VmRegistry::inDefaultRoot(const QString &bundlePath) const
{
    return QFileInfo(clean(bundlePath)).absolutePath() == defaultLibrary().root();
}

void VmRegistry::setDefaultRoot(const QString &root)
{
    const VmLibrary previous = defaultLibrary();
    m_defaultRoot = root.isEmpty() ? QString() : clean(root);
    if (previous.root() == defaultRoot())
        return;
    // The VMs of the old default folder stay yours: register them where they are.
    if (Result<QList<VmEntry>> old = previous.list()) {
        for (const VmEntry &e : *old)
            add(e.path);
    }
    // Bundles of the new default folder are listed with it now.
    m_bundles.erase(std::remove_if(m_bundles.begin(), m_bundles.end(),
                                   [this](const QString &b) { return inDefaultRoot(b); }),
                    m_bundles.end());
}

Status VmRegistry::add(const QString &bundlePath)
{
    const QString path = clean(bundlePath);
    if (!path.endsWith(QLatin1String(".emanon")) || !QFileInfo(path).isDir()
        || !QFileInfo::exists(path + QStringLiteral("/vm.json"))) {
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 is not an Emanon VM: pick a folder whose name ends in .emanon and that "
                        "holds a vm.json.")
                         .arg(QDir::toNativeSeparators(path)),
                     path);
    }
    if (!inDefaultRoot(path) && !m_bundles.contains(path))
        m_bundles.append(path);
    return {};
}

bool VmRegistry::remove(const QString &bundlePath)
{
    return m_bundles.removeAll(clean(bundlePath)) > 0;
}

bool VmRegistry::isRegistered(const QString &bundlePath) const
{
    return m_bundles.contains(clean(bundlePath));
}

Result<QList<VmEntry>> VmRegistry::list() const
{
    Result<QList<VmEntry>> listed = defaultLibrary().list();
    if (!listed)
        return listed.error();
    QList<VmEntry> entries = std::move(listed).value();
    for (const QString &path : m_bundles) {
        if (inDefaultRoot(path))
            continue;
        if (!QFileInfo(path).isDir()) {
            VmEntry gone;
            gone.path = path;
            gone.name = VmBundle{path, {}}.name();
            gone.error = Error(ErrorCode::NotFound,
                               tr("The folder of \"%1\" is gone (moved, or on a drive that is not "
                                  "connected). Put it back, or remove the VM from the list.")
                                   .arg(gone.name),
                               path);
            entries.append(gone);
            continue;
        }
        entries.append(VmLibrary::entryAt(path));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(entries.begin(), entries.end(), [&](const VmEntry &a, const VmEntry &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return entries;
}

Result<VmBundle> VmRegistry::open(const QString &nameOrUuidOrPath) const
{
    if (nameOrUuidOrPath.contains(QLatin1Char('/')) && QFileInfo(nameOrUuidOrPath).isDir()) {
        const VmEntry e = VmLibrary::entryAt(clean(nameOrUuidOrPath));
        if (!e.ok())
            return e.error;
        return VmBundle{e.path, e.config};
    }
    Result<VmBundle> inDefault = defaultLibrary().open(nameOrUuidOrPath);
    if (inDefault || inDefault.error().code != ErrorCode::NotFound)
        return inDefault;
    const QUuid uuid(nameOrUuidOrPath);
    const VmEntry *caseInsensitive = nullptr;
    QList<VmEntry> loaded;
    for (const QString &path : m_bundles) {
        if (QFileInfo(path).isDir())
            loaded.append(VmLibrary::entryAt(path));
    }
    for (const VmEntry &e : std::as_const(loaded)) {
        if (!e.ok())
            continue;
        if (e.name == nameOrUuidOrPath || (!uuid.isNull() && e.config.uuid == uuid))
            return VmBundle{e.path, e.config};
        if (!caseInsensitive && e.name.compare(nameOrUuidOrPath, Qt::CaseInsensitive) == 0)
            caseInsensitive = &e;
    }
    if (caseInsensitive)
        return VmBundle{caseInsensitive->path, caseInsensitive->config};
    return inDefault.error();
}

Result<VmLibrary> VmRegistry::libraryOf(const QString &nameOrUuidOrPath) const
{
    Result<VmBundle> vm = open(nameOrUuidOrPath);
    if (!vm) {
        // A damaged bundle can still be removed: look it up by folder.
        if (nameOrUuidOrPath.contains(QLatin1Char('/')) && QFileInfo(nameOrUuidOrPath).isDir())
            return VmLibrary(QFileInfo(clean(nameOrUuidOrPath)).absolutePath());
        return vm.error();
    }
    return VmLibrary(QFileInfo(vm->path).absolutePath());
}

} // namespace Engine
