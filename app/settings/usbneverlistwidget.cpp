#include "app/settings/usbneverlistwidget.h"

#include "usb/filter/usbfilter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace App {

UsbNeverListWidget::UsbNeverListWidget(QWidget *parent, QString path)
    : QGroupBox(tr("USB devices never given to a VM"), parent), m_path(std::move(path))
{
    setObjectName(QStringLiteral("usbNeverList"));
    auto *v = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("usbNeverError"));
    m_error->setWordWrap(true);
    m_error->hide();
    if (auto loaded = Usb::UsbPreferences::load(m_path)) {
        m_prefs = *loaded;
    } else {
        m_error->setText(loaded.error().message);
        m_error->show();
    }
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("USB devices never given to a VM"));
    m_list->setMaximumHeight(90);
    v->addWidget(m_list);
    auto *row = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("usbNeverText"));
    m_text->setAccessibleName(tr("Device to keep on this computer"));
    m_text->setPlaceholderText(tr("e.g. 046d:c31c for the keyboard"));
    row->addWidget(m_text, 1);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("usbNeverAdd"));
    connect(add, &QPushButton::clicked, this, &UsbNeverListWidget::addTyped);
    connect(m_text, &QLineEdit::returnPressed, this, &UsbNeverListWidget::addTyped);
    row->addWidget(add);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("usbNeverRemove"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int i = m_list->currentRow();
        if (i < 0 || i >= m_prefs.never.size())
            return;
        m_prefs.never.removeAt(i);
        m_changed = true;
        refresh();
    });
    row->addWidget(remove);
    v->addLayout(row);
    v->addWidget(m_error);
    refresh();
}

void UsbNeverListWidget::addTyped()
{
    auto rule = Usb::UsbFilter::parseRule(m_text->text());
    m_error->setVisible(!rule);
    if (!rule) {
        m_error->setText(rule.error().message);
        return;
    }
    m_prefs.never.append(*rule);
    m_changed = true;
    m_text->clear();
    refresh();
}

void UsbNeverListWidget::refresh()
{
    m_list->clear();
    for (const Engine::UsbRule &r : std::as_const(m_prefs.never))
        m_list->addItem(r.name.isEmpty() ? Usb::UsbFilter::ruleText(r)
                                         : QStringLiteral("%1  (%2)").arg(Usb::UsbFilter::ruleText(r), r.name));
}

Engine::Status UsbNeverListWidget::save() const
{
    return m_changed ? m_prefs.save(m_path) : Engine::Status();
}

} // namespace App
