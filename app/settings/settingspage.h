// SettingsPage: one tab of the VM settings dialog. Shows part of a VmConfig and writes the
// user's changes back into a copy; knows nothing about saving or the VM's state (the dialog
// decides what may be edited).
#pragma once

#include "engine/config/vmconfig.h"

#include <QWidget>

class QComboBox;
class QFormLayout;

namespace App {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The tab's title.
    [[nodiscard]] virtual QString title() const = 0;
    virtual void load(const Engine::VmConfig &config) = 0;
    virtual void store(Engine::VmConfig &config) const = 0;

protected:
    /// A combo of (value, label) pairs that also shows a value not in the list (hand-edited).
    static QComboBox *valueCombo(QWidget *parent, const QString &accessibleName,
                                 const QList<QPair<QString, QString>> &items);
    static void setComboValue(QComboBox *combo, const QString &value);
    static QString comboValue(const QComboBox *combo);
};

} // namespace App
