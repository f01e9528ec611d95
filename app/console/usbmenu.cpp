#include "app/console/usbmenu.h"

#include "app/console/spiceusbattach.h"
#include "display/spice/spicesession.h"
#include "display/usb/spiceusbredirector.h"
#include "usb/attach/passthroughattach.h"
#include "usb/attach/usbautoconnect.h"
#include "usb/device/libusbdevicesource.h"
#include "usb/filter/usbfilter.h"
#include "usb/filter/usbpreferences.h"

#include <QFileDialog>
#include <QFileInfo>

namespace App {

UsbMenu::UsbMenu(Engine::VmBackend &backend, const Engine::VmBundle &bundle,
                 Usb::UsbDeviceSource *source, QWidget *parent)
    : QMenu(tr("USB"), parent), m_backend(backend), m_bundle(bundle), m_source(source)
{
    setObjectName(QStringLiteral("usbMenu"));
    setToolTipsVisible(true);
    if (!m_source)
        m_source = new Usb::LibusbDeviceSource(&m_ids, this);
    if (auto prefs = Usb::UsbPreferences::load())
        m_never = prefs->never;
    m_passthrough = Usb::PassthroughAttach::overBackend(m_backend, m_bundle, this);
    connect(m_passthrough, &Usb::UsbAttach::attachFinished, this, &UsbMenu::onAttachFinished);
    connect(m_passthrough, &Usb::UsbAttach::detachFinished, this,
            [this](const Usb::UsbDevice &d, const Engine::Error &e) {
                if (e.code != Engine::ErrorCode::None)
                    Q_EMIT problem(tr("Could not disconnect %1").arg(d.displayName()), e);
            });
    m_auto = new Usb::UsbAutoConnect(*m_source, m_bundle.config.usb.rules, m_never, this);
    connect(m_auto, &Usb::UsbAutoConnect::decided, this, [this](const Usb::UsbDevice &d, const Engine::Error &e) {
        if (e.code != Engine::ErrorCode::None)
            Q_EMIT problem(tr("Could not connect %1 automatically").arg(d.displayName()), e);
    });
    connect(this, &QMenu::aboutToShow, this, &UsbMenu::rebuild);
    rebuild();
}

UsbMenu::~UsbMenu() = default;

void UsbMenu::setSpiceSession(DisplayChannel::SpiceSession *session)
{
    if (!session || m_redirector)
        return;
    m_redirector = new DisplayChannel::SpiceUsbRedirector(session, this);
    m_redirect = new SpiceUsbAttach(m_redirector, this);
    connect(m_redirect, &Usb::UsbAttach::attachFinished, this, &UsbMenu::onAttachFinished);
    m_auto->setAttach(QStringLiteral("redirect"), m_redirect);
    // Redirect rules apply once the session (and its usbredir channels) is up.
    connect(session, &DisplayChannel::SpiceSession::connected, m_auto, &Usb::UsbAutoConnect::connectPresent);
}

void UsbMenu::rebuild()
{
    clear();
    if (Engine::Status s = Engine::UsbHotplug::available(m_bundle.config); !s) {
        QAction *a = addAction(tr("No USB in this VM"));
        a->setObjectName(QStringLiteral("usbUnavailable"));
        a->setToolTip(s.error().message);
        a->setEnabled(false);
        return;
    }
    addHostDevices();
    addEmulatedDevices();
}

void UsbMenu::addHostDevices()
{
    addSection(tr("This computer's devices"));
    if (Engine::Status s = m_source->availability(); !s) {
        QAction *a = addAction(tr("No USB devices available"));
        a->setObjectName(QStringLiteral("usbHostUnavailable"));
        a->setToolTip(s.error().message);
        a->setEnabled(false);
        return;
    }
    int shown = 0;
    for (const Usb::UsbDevice &d : m_source->devices()) {
        if (d.isHub())
            continue;
        ++shown;
        QAction *a = addAction(d.displayName());
        a->setCheckable(true);
        a->setChecked(m_passthrough->isAttached(d) || (m_redirect && m_redirect->isAttached(d)));
        if (Engine::Status s = Usb::UsbFilter::mayConnect(d, m_never); !s) {
            a->setEnabled(false);
            a->setToolTip(s.error().message);
        } else if (Engine::Status p = m_passthrough->canAttach(d); !p && !m_redirect) {
            a->setToolTip(p.error().message); // still clickable: the error dialog says it again
        }
        connect(a, &QAction::toggled, this, [this, d](bool on) { toggleHost(d, on); });
    }
    if (shown == 0)
        addAction(tr("None plugged in"))->setEnabled(false);
}

void UsbMenu::addEmulatedDevices()
{
    addSection(tr("Emulated devices"));
    QAction *stick = addAction(tr("Plug In USB Stick Image…"));
    stick->setObjectName(QStringLiteral("usbPlugStick"));
    connect(stick, &QAction::triggered, this, &UsbMenu::plugStick);
    QAction *tablet = addAction(tr("Plug In USB Tablet"));
    tablet->setObjectName(QStringLiteral("usbPlugTablet"));
    connect(tablet, &QAction::triggered, this, [this] {
        Engine::UsbHotplugSpec spec;
        spec.kind = Engine::UsbHotplugSpec::Kind::Tablet;
        plug(spec);
    });
    QAction *keyboard = addAction(tr("Plug In USB Keyboard"));
    keyboard->setObjectName(QStringLiteral("usbPlugKeyboard"));
    connect(keyboard, &QAction::triggered, this, [this] {
        Engine::UsbHotplugSpec spec;
        spec.kind = Engine::UsbHotplugSpec::Kind::Keyboard;
        plug(spec);
    });
    const auto plugged = m_backend.usbDevices(m_bundle);
    if (!plugged)
        return; // not running: nothing to remove
    for (const Engine::UsbHotplugged &d : *plugged) {
        if (d.spec.kind == Engine::UsbHotplugSpec::Kind::HostDevice)
            continue; // listed, checked, above
        QAction *a = addAction(tr("Remove %1").arg(d.spec.describe()));
        a->setObjectName(QStringLiteral("usbRemove-") + d.id);
        connect(a, &QAction::triggered, this, [this, d] {
            if (Engine::Status s = m_backend.usbDetach(m_bundle, d.id); !s)
                Q_EMIT problem(tr("Could not remove %1").arg(d.spec.describe()), s.error());
        });
    }
}

void UsbMenu::toggleHost(const Usb::UsbDevice &device, bool on)
{
    if (!on) {
        if (m_redirect && m_redirect->isAttached(device))
            m_redirect->detach(device);
        else
            m_passthrough->detach(device);
        return;
    }
    // SPICE redirection when it can take the device (it also works for a remote viewer's
    // devices); QEMU passthrough otherwise.
    if (m_redirect && m_redirect->canAttach(device))
        m_redirect->attach(device);
    else
        m_passthrough->attach(device);
}

void UsbMenu::plug(const Engine::UsbHotplugSpec &spec)
{
    const auto r = m_backend.usbAttach(m_bundle, spec);
    if (!r)
        Q_EMIT problem(tr("Could not plug in the %1").arg(spec.describe()), r.error());
}

void UsbMenu::plugStick()
{
    const QString path = QFileDialog::getOpenFileName(
        parentWidget(), tr("USB Stick Image"), QString(),
        tr("Disk images (*.img *.raw *.qcow2);;All files (*)"));
    if (path.isEmpty())
        return;
    Engine::UsbHotplugSpec spec;
    spec.kind = Engine::UsbHotplugSpec::Kind::Storage;
    spec.imagePath = QFileInfo(path).absoluteFilePath();
    if (path.endsWith(QLatin1String(".qcow2")))
        spec.format = QStringLiteral("qcow2");
    plug(spec);
}

void UsbMenu::onAttachFinished(const Usb::UsbDevice &device, const Engine::Error &error)
{
    if (error.code != Engine::ErrorCode::None)
        Q_EMIT problem(tr("Could not connect %1").arg(device.displayName()), error);
}

} // namespace App
