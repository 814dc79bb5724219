// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qgsprocessingprovider.h>

namespace bib::qgis {

/// The Processing provider "Buurt in Beeld", id `bib` (public API: models and scripts call
/// `bib:lisa`, `bib:compositeindex`, …).
class Provider : public QgsProcessingProvider
{
public:
    QString id() const override;
    QString name() const override;
    QString longName() const override;
    QString versionInfo() const override;
    QIcon icon() const override;

protected:
    void loadAlgorithms() override;
};

} // namespace bib::qgis
