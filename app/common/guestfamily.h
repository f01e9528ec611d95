// Guest families as the GUI shows them: the translated group name the wizard lists profiles
// under, and the OS icon the VM list draws for each family. Icons are painted (no image
// files), so they scale to any size and need no SVG plugin.
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace App {

class GuestFamily
{
    Q_DECLARE_TR_FUNCTIONS(GuestFamily)
public:
    /// Families in the order the wizard groups them; families a profile names that are not
    /// listed here follow at the end.
    static QStringList order();
    /// "Windows (legacy)", "Linux", ...; an unknown id is shown as it is.
    static QString displayName(const QString &family);
    /// The icon of a family (cached per family).
    static QIcon icon(const QString &family);
    /// The family of a profile id; "other" for an unknown profile.
    static QString ofProfile(const QString &profileId);
};

} // namespace App
