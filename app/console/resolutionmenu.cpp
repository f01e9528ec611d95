#include "app/console/resolutionmenu.h"

#include "display/spice/spiceagent.h"
#include "display/widget/displaywidget.h"

#include <QActionGroup>

namespace App {

ResolutionMenu::ResolutionMenu(DisplayChannel::SpiceAgent *agent,
                               DisplayChannel::DisplayWidget *display, QString vga, QString saved,
                               QWidget *parent)
    : QMenu(tr("Resolution"), parent), m_agent(agent), m_display(display), m_vga(std::move(vga)),
      m_saved(std::move(saved))
{
    setObjectName(QStringLiteral("resolutionMenu"));
    connect(this, &QMenu::aboutToShow, this, &ResolutionMenu::rebuild);
    rebuild();
}

QList<QSize> ResolutionMenu::presets()
{
    return {{640, 480},   {800, 600},   {1024, 768},  {1280, 720},
            {1280, 1024}, {1440, 900},  {1600, 1200}, {1920, 1080}};
}

bool ResolutionMenu::cardHasEdid(const QString &vga)
{
    return vga == QLatin1String("std") || vga == QLatin1String("virtio")
        || vga == QLatin1String("qxl");
}

void ResolutionMenu::rebuild()
{
    clear();
    const bool live = m_agent && m_agent->canResize();
    const bool edid = cardHasEdid(m_vga);
    QAction *header = addAction(
        live ? tr("The guest agent switches the guest now:")
        : edid ? tr("No guest agent: the card offers this mode from the next start; the guest "
                    "still chooses its mode itself:")
               : tr("No guest agent, and this graphics card cannot offer a mode: set the "
                    "resolution inside the guest."));
    header->setEnabled(false);
    auto *group = new QActionGroup(this);
    for (const QSize &size : presets()) {
        const QString text = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QAction *a = addAction(text);
        a->setObjectName(QStringLiteral("resolution_") + text);
        a->setEnabled(live || edid);
        a->setCheckable(true);
        a->setChecked(live ? m_agent->lastMonitorConfig().size() == size : m_saved == text);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, size] { choose(size); });
    }
    if (edid && !live && !m_saved.isEmpty()) {
        QAction *reset = addAction(tr("Card's Default Mode"));
        reset->setObjectName(QStringLiteral("resolutionDefault"));
        connect(reset, &QAction::triggered, this, [this] { choose({}); });
    }
    addSeparator();
    QAction *follow = addAction(tr("Resize Guest with Window"));
    follow->setObjectName(QStringLiteral("resizeWithWindow"));
    follow->setCheckable(true);
    follow->setEnabled(live);
    follow->setChecked(live && m_agent->resizeWithWindow());
    follow->setToolTip(tr("Needs the SPICE agent (spice-vdagent) in the guest."));
    connect(follow, &QAction::toggled, this, [this](bool on) {
        if (!m_agent)
            return;
        m_agent->setResizeWithWindow(on);
        if (on && m_display)
            m_agent->requestSize((QSizeF(m_display->size()) * m_display->devicePixelRatioF()).toSize());
    });
}

void ResolutionMenu::choose(const QSize &size)
{
    const QString text =
        size.isEmpty() ? QString() : QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    if (m_agent && m_agent->canResize() && !size.isEmpty()) {
        m_agent->setResizeWithWindow(false); // else the next window resize undoes the choice
        m_agent->setResolution(size);
        Q_EMIT message(tr("The guest switches to %1.").arg(text));
        Q_EMIT fitWindowTo(size);
        return;
    }
    if (!m_saver)
        return;
    const QString error = m_saver(text);
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        return;
    }
    m_saved = text;
    Q_EMIT message(text.isEmpty()
                       ? tr("From the next start the card offers its default mode.")
                       : tr("From the next start the card offers %1 to the guest.").arg(text));
    if (!size.isEmpty())
        Q_EMIT fitWindowTo(size);
}

} // namespace App
