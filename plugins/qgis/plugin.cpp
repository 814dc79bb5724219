// SPDX-License-Identifier: GPL-3.0-or-later
// The library's only exported symbols: QGIS's C++ plugin entry points (desktop QGIS) and
// bib_register_provider / bib_unregister_provider for the Python shim that qgis_process loads.
// Nothing runs at load time: every QGIS process dlopens the libraries in its plugin folder.
#include "provider.h"

#include <qgis.h>
#include <qgisplugin.h>
#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QPointer>

namespace {

const QString kName = QStringLiteral("Buurt in Beeld");
const QString kDescription = QStringLiteral(
    "Processing-algoritmen van Buurt in Beeld / Buurt in Beeld Processing algorithms: composite "
    "index, spatial weights, Moran's I, LISA, Gi*, empirical Bayes rates, event counts, peaks, "
    "disclosure control");
const QString kCategory = QStringLiteral("Analysis");
const QString kVersion = QStringLiteral(BIB_VERSION);

/// The provider this library added; QGIS's registry owns it.
QPointer<bib::qgis::Provider>& registered()
{
    static QPointer<bib::qgis::Provider> provider;
    return provider;
}

bool registerProvider()
{
    QgsProcessingRegistry* registry = QgsApplication::processingRegistry();
    if (!registry || registry->providerById(QStringLiteral("bib")))
        return false;
    auto* provider = new bib::qgis::Provider();
    if (!registry->addProvider(provider))
        return false; // the registry deleted it
    registered() = provider;
    return true;
}

void unregisterProvider()
{
    if (registered() && QgsApplication::processingRegistry())
        QgsApplication::processingRegistry()->removeProvider(registered());
    registered() = nullptr;
}

/// The desktop plugin: adds the provider when QGIS starts it, removes it when unloaded.
class DesktopPlugin : public QgisPlugin
{
public:
    DesktopPlugin() : QgisPlugin(kName, kDescription, kCategory, kVersion, QgisPlugin::UI) {}
    void initGui() override { registerProvider(); }
    void unload() override { unregisterProvider(); }
};

} // namespace

QGISEXTERN QgisPlugin* classFactory(QgisInterface*)
{
    return new DesktopPlugin();
}

QGISEXTERN const QString* name()
{
    return &kName;
}

QGISEXTERN const QString* description()
{
    return &kDescription;
}

QGISEXTERN const QString* category()
{
    return &kCategory;
}

QGISEXTERN const QString* version()
{
    return &kVersion;
}

QGISEXTERN int type()
{
    return QgisPlugin::UI;
}

QGISEXTERN void unload(QgisPlugin* plugin)
{
    delete plugin;
}

/// For the Python shim: 1 when the provider was added, 0 when it was there already.
QGISEXTERN int bib_register_provider()
{
    return registerProvider() ? 1 : 0;
}

QGISEXTERN void bib_unregister_provider()
{
    unregisterProvider();
}
