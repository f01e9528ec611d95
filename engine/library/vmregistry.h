// VmRegistry: every VM this user has, wherever its bundle lives. Like VirtualBox's registered
// machines: the default library folder (where new VMs go unless the user picks another
// place) is listed whole, and bundles elsewhere (created in another folder, or added with
// "Add existing VM") are registered one by one. Removing a VM from the list unregisters it and
// leaves its files alone.
//
// The registry is a small JSON file, `$XDG_CONFIG_HOME/emanon/libraries.json` (or
// $EMANON_REGISTRY, or libraries.json in $EMANON_CONFIG_DIR), read by the GUI and emanonctl
// alike, so both see the same VMs:
//   {"schemaVersion": 1, "defaultLibrary": "/data/VMs", "bundles": ["/mnt/old/Win98.emanon"]}
// $EMANON_LIBRARY, when set, still picks the default folder (tests, scripts); a registry
// without a file path (VmRegistry()) lives in memory only.
//
// Each VM is operated on through the VmLibrary of its own folder (libraryOf()), so VmLibrary
// stays one folder. Threads: a value; calls are synchronous; save() is atomic.
#pragma once

#include "engine/core/result.h"
#include "engine/library/vmlibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Engine {

class VmRegistry
{
    Q_DECLARE_TR_FUNCTIONS(VmRegistry)

public:
    static constexpr int kSchemaVersion = 1;

    /// An empty registry kept in `filePath` (nothing is read: see load()); an empty path keeps
    /// it in memory only. `defaultRoot` is the stored default folder (empty: built-in).
    explicit VmRegistry(QString filePath = {}, const QString &defaultRoot = {});

    /// $EMANON_REGISTRY when set; else libraries.json in Engine::configDir()
    /// ($EMANON_CONFIG_DIR, else $XDG_CONFIG_HOME/emanon, normally ~/.config/emanon).
    static QString defaultFilePath();
    /// Reads the registry in `filePath`. A missing file is an empty registry; a damaged one is
    /// ConfigParse / SchemaVersion with the path in the details.
    static Result<VmRegistry> load(const QString &filePath);
    /// Writes the registry atomically (nothing for an in-memory registry).
    Status save() const;

    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// The folder new VMs go to: $EMANON_LIBRARY when set, else the stored choice, else
    /// VmLibrary::defaultRoot().
    [[nodiscard]] QString defaultRoot() const;
    /// The stored choice of default folder; empty when the built-in default is used.
    [[nodiscard]] QString storedDefaultRoot() const { return m_defaultRoot; }
    /// Makes `root` the default folder (empty: the built-in default). The VMs of the previous
    /// default folder stay listed: they are registered one by one.
    void setDefaultRoot(const QString &root);
    [[nodiscard]] VmLibrary defaultLibrary() const { return VmLibrary(defaultRoot()); }

    /// Bundles registered outside the default folder (absolute paths).
    [[nodiscard]] QStringList bundles() const { return m_bundles; }
    /// Registers the bundle folder `bundlePath` (a `<name>.emanon` folder holding vm.json).
    /// A bundle in the default folder is listed already and is not added. InvalidArgument
    /// when the folder is not a VM bundle.
    Status add(const QString &bundlePath);
    /// Unregisters a bundle; its files stay. False when it was not registered.
    bool remove(const QString &bundlePath);
    /// True when the bundle is registered one by one (so it can be removed from the list).
    [[nodiscard]] bool isRegistered(const QString &bundlePath) const;

    /// Every VM: the default folder's and the registered bundles, sorted by name. A registered
    /// bundle that is gone (moved, on a drive not mounted) is listed with a NotFound error.
    Result<QList<VmEntry>> list() const;
    /// A VM by name or uuid (the default folder first, then the registered bundles), or by
    /// the path of its bundle folder.
    Result<VmBundle> open(const QString &nameOrUuidOrPath) const;
    /// The library of the folder holding that VM, for the operations of VmLibrary (rename,
    /// remove, clone: a clone is made next to its source).
    Result<VmLibrary> libraryOf(const QString &nameOrUuidOrPath) const;

private:
    static QString clean(const QString &path);
    [[nodiscard]] bool inDefaultRoot(const QString &bundlePath) const;

    QString m_filePath;
    QString m_defaultRoot;
    QStringList m_bundles;
};

} // namespace Engine
