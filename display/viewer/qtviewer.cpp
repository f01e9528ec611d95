#include "display/viewer/qtviewer.h"

#include <QGuiApplication>

#include <cstdio>

namespace DisplayChannel {

QtViewer::QtViewer(const QString &title, const QString &spiceSocket,
                   std::function<bool()> vmRunning, bool fullScreen, bool reportFrames,
                   QObject *parent)
    : QObject(parent), m_title(title), m_vmRunning(std::move(vmRunning))
{
    m_widget = new DisplayWidget(&m_session);
    m_widget->setAttribute(Qt::WA_QuitOnClose, false);
    m_agent.setClipboard(QGuiApplication::clipboard());
    connect(m_widget, &DisplayWidget::viewSizeChanged, &m_agent, &SpiceAgent::requestSize);
    connect(m_widget, &DisplayWidget::statusTextChanged, this, &QtViewer::updateTitle);
    connect(&m_session, &SpiceSession::primaryCreated, this, [this](const QSize &size) {
        if (!m_widget->isFullScreen())
            m_widget->resize((QSizeF(size) / m_widget->devicePixelRatioF()).toSize());
    });
    connect(&m_session, &SpiceSession::disconnected, this, [this] {
        if (!m_vmRunning || !m_vmRunning()) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("The VM has stopped.")));
            Q_EMIT finished(0);
        }
    });
    m_stats.setInterval(1000);
    connect(&m_stats, &QTimer::timeout, this, [this] {
        const QRect g = m_widget->geometry();
        std::printf("frames %llu window %d %d %d %d\n",
                    static_cast<unsigned long long>(m_widget->paintedFrames()), g.x(), g.y(),
                    g.width(), g.height());
        std::fflush(stdout);
    });
    if (reportFrames)
        m_stats.start();
    updateTitle();
    m_widget->setScaleMode(DisplayWidget::ScaleMode::Fit);
    if (fullScreen)
        m_widget->showFullScreen();
    else
        m_widget->show();
    m_session.setAutoReconnect(true);
    m_session.connectToSocket(spiceSocket);
}

QtViewer::~QtViewer()
{
    delete m_widget;
}

void QtViewer::updateTitle()
{
    m_widget->setWindowTitle(tr("%1 (%2)").arg(m_title, m_widget->statusText()));
}

} // namespace DisplayChannel
