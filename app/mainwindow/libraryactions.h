// LibraryActions: which VMs the library window lists (Engine::VmRegistry): "Add Existing VM…"
// registers a bundle from anywhere, "Remove from List" forgets a registered one (its files
// stay), a VM created outside the default folder is registered, and the default folder can
// change (the VMs of the old one stay listed). Every change is saved at once (emanonctl reads
// the same file) and announced with changed(), after which the list reloads.
// Without a registry of its own (tests), it keeps one in memory rooted at the given library.
#pragma once

#include "engine/library/vmregistry.h"

#include <QObject>

class QAction;
class QWidget;

namespace App {

class LibraryActions : public QObject
{
    Q_OBJECT
public:
    LibraryActions(const Engine::VmLibrary &library, QWidget *window);

    /// Uses (and saves) `registry` from now on; it must outlive this object.
    void setRegistry(Engine::VmRegistry *registry);
    [[nodiscard]] const Engine::VmRegistry &registry() const { return *m_registry; }

    [[nodiscard]] QAction *addExistingAction() const { return m_addExisting; }
    [[nodiscard]] QAction *removeFromListAction() const { return m_removeFromList; }
    /// Sets the texts again in the current language.
    void retranslate();
    /// The selected VM's bundle (empty: none); Remove from List is offered for registered ones.
    void setCurrent(const QString &bundlePath);

    /// Registers the bundle folder `bundlePath`; errors are returned, not shown.
    Engine::Status addExisting(const QString &bundlePath);
    /// Forgets a registered bundle (files stay).
    Engine::Status removeFromList(const QString &bundlePath);
    /// Makes `folder` the default library folder.
    Engine::Status setDefaultFolder(const QString &folder);
    /// A VM was created (or imported) at `bundlePath`: registered when outside the default folder.
    void vmCreated(const QString &bundlePath);
    /// A VM was deleted: forgotten when it was registered.
    void vmDeleted(const QString &bundlePath);

Q_SIGNALS:
    /// The listed VMs or the default folder changed.
    void changed();

private:
    Engine::Status commit(const Engine::VmRegistry &next);
    void chooseExisting();

    QWidget *m_window;
    Engine::VmRegistry m_own;
    Engine::VmRegistry *m_registry = &m_own;
    QString m_current;
    QAction *m_addExisting;
    QAction *m_removeFromList;
};

} // namespace App
