// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include "algorithms.h"

#include <qgsapplication.h>

namespace bib::qgis {

QString Provider::id() const
{
    return QStringLiteral("bib");
}

QString Provider::name() const
{
    return QStringLiteral("Buurt in Beeld");
}

QString Provider::longName() const
{
    return QStringLiteral("Buurt in Beeld %1").arg(versionInfo());
}

QString Provider::versionInfo() const
{
    return QStringLiteral(BIB_VERSION);
}

QIcon Provider::icon() const
{
    return QgsApplication::getThemeIcon(QStringLiteral("/processingAlgorithm.svg"));
}

void Provider::loadAlgorithms()
{
    for (auto& algorithm : createAlgorithms())
        addAlgorithm(algorithm.release());
}

} // namespace bib::qgis
