#include "app/settings/settingspage.h"

#include <QComboBox>

namespace App {

QComboBox *SettingsPage::valueCombo(QWidget *parent, const QString &accessibleName,
                                    const QList<QPair<QString, QString>> &items)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    return combo;
}

void SettingsPage::setComboValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString SettingsPage::comboValue(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace App
