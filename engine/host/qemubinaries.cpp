#include "engine/host/qemubinaries.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace Engine::QemuBinaries {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QemuBinaries)
};

Result<QString> locate(const char *envVar, const QString &program, const QString &package)
{
    const QString overridden = qEnvironmentVariable(envVar);
    if (!overridden.isEmpty()) {
        const QFileInfo fi(overridden);
        if (fi.isFile() && fi.isExecutable())
            return fi.absoluteFilePath();
        return Error(ErrorCode::ProcessStart,
                     Tr::tr("%1 is set to %2, which is not an executable program. Fix or unset "
                            "the variable.")
                         .arg(QString::fromLatin1(envVar), overridden));
    }
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty()) {
        return Error(ErrorCode::ProcessStart,
                     Tr::tr("%1 was not found. Install the Debian package %2.").arg(program, package));
    }
    return found;
}
} // namespace

Result<QString> system()
{
    return locate("EMANON_QEMU_SYSTEM", QStringLiteral("qemu-system-x86_64"),
                  QStringLiteral("qemu-system-x86"));
}

Result<QString> img()
{
    return locate("EMANON_QEMU_IMG", QStringLiteral("qemu-img"), QStringLiteral("qemu-utils"));
}

} // namespace Engine::QemuBinaries
