#include "app/mainwindow/libraryactions.h"

#include "app/common/errordialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace App {

LibraryActions::LibraryActions(const Engine::VmLibrary &library, QWidget *window)
    : QObject(window), m_window(window), m_own(QString(), library.root())
{
    m_addExisting = new QAction(this);
    m_addExisting->setObjectName(QStringLiteral("actionAddExisting"));
    m_removeFromList = new QAction(this);
    m_removeFromList->setObjectName(QStringLiteral("actionRemoveFromList"));
    connect(m_addExisting, &QAction::triggered, this, &LibraryActions::chooseExisting);
    connect(m_removeFromList, &QAction::triggered, this, [this] {
        if (Engine::Status s = removeFromList(m_current); !s)
            showError(m_window, tr("Could not remove the VM from the list"), s.error());
    });
    retranslate();
}

void LibraryActions::retranslate()
{
    m_addExisting->setText(tr("&Add Existing VM…"));
    m_addExisting->setToolTip(tr("List a VM folder (.emanon) from another place, such as another "
                                 "disk; its files stay where they are"));
    m_removeFromList->setText(tr("Remove from &List"));
    setCurrent(m_current);
}

void LibraryActions::setRegistry(Engine::VmRegistry *registry)
{
    m_registry = registry ? registry : &m_own;
    setCurrent(m_current);
    Q_EMIT changed();
}

void LibraryActions::setCurrent(const QString &bundlePath)
{
    m_current = bundlePath;
    const bool registered = !bundlePath.isEmpty() && m_registry->isRegistered(bundlePath);
    m_removeFromList->setEnabled(registered);
    if (bundlePath.isEmpty())
        m_removeFromList->setToolTip(tr("Select a virtual machine first."));
    else if (registered)
        m_removeFromList->setToolTip(tr("Stop listing this VM; its folder and disks stay where they are"));
    else
        m_removeFromList->setToolTip(tr("This VM is in the default library folder, which is always "
                                        "listed. Delete it, or move its folder elsewhere."));
    m_removeFromList->setStatusTip(m_removeFromList->toolTip());
}

Engine::Status LibraryActions::commit(const Engine::VmRegistry &next)
{
    if (Engine::Status s = next.save(); !s)
        return s;
    *m_registry = next;
    setCurrent(m_current);
    Q_EMIT changed();
    return {};
}

Engine::Status LibraryActions::addExisting(const QString &bundlePath)
{
    Engine::VmRegistry next = *m_registry;
    if (Engine::Status s = next.add(bundlePath); !s)
        return s;
    return commit(next);
}

Engine::Status LibraryActions::removeFromList(const QString &bundlePath)
{
    Engine::VmRegistry next = *m_registry;
    if (!next.remove(bundlePath))
        return {};
    return commit(next);
}

Engine::Status LibraryActions::setDefaultFolder(const QString &folder)
{
    Engine::VmRegistry next = *m_registry;
    next.setDefaultRoot(folder);
    if (Engine::Status s = next.defaultLibrary().ensureExists(); !s)
        return s;
    return commit(next);
}

void LibraryActions::vmCreated(const QString &bundlePath)
{
    if (QFileInfo(bundlePath).absolutePath() == m_registry->defaultRoot())
        return;
    if (Engine::Status s = addExisting(bundlePath); !s)
        showError(m_window, tr("The new VM could not be added to the list"), s.error());
}

void LibraryActions::vmDeleted(const QString &bundlePath)
{
    if (m_registry->isRegistered(bundlePath))
        (void)removeFromList(bundlePath);
}

void LibraryActions::chooseExisting()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Add an existing VM: choose its .emanon folder"), m_registry->defaultRoot());
    if (folder.isEmpty())
        return;
    if (Engine::Status s = addExisting(folder); !s)
        showError(m_window, tr("Could not add the VM"), s.error());
}

} // namespace App
