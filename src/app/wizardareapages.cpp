// SPDX-License-Identifier: GPL-3.0-or-later
// The first two steps of the new-analysis wizard: the area layer and the municipality filter.
#include "io/arealoader.h"
#include "io/datasetinfo.h"
#include "newanalysiswizard.h"
#include "taskrunner.h"
#include "wizardpages.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <cmath>
#include <filesystem>
#include <map>

namespace bib::app {

namespace {

int indexOfGuess(const QComboBox* combo, const QStringList& guesses)
{
    for (const QString& guess : guesses) {
        const int index = combo->findText(guess);
        if (index >= 0)
            return index;
    }
    return -1;
}

bool isPostgis(const QString& source)
{
    return source.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

/// An OGR SQL attribute filter `"field" = 'value'` (quotes in either doubled).
std::string equalsFilter(const std::string& field, const std::string& value)
{
    std::string quotedField;
    for (char c : field)
        quotedField += c == '"' ? std::string("\"\"") : std::string(1, c);
    std::string quotedValue;
    for (char c : value)
        quotedValue += c == '\'' ? std::string("''") : std::string(1, c);
    return '"' + quotedField + "\" = '" + quotedValue + '\'';
}

/// The name field that goes with a code field by CBS's convention: gm_code → gm_naam.
std::string companionName(const std::string& codeField)
{
    const std::size_t at = codeField.rfind("_code");
    if (at == std::string::npos || at + 5 != codeField.size())
        return {};
    return codeField.substr(0, at) + "_naam";
}

using Municipalities = std::map<std::string, std::string>; ///< value → name (may be empty)

/// The distinct values of `field` over all areas of the layer, with their names where a
/// companion name field exists. Reads the whole layer (on the worker).
Municipalities distinctValues(core::AreaSource source, const std::string& field, core::Feedback& feedback)
{
    source.filter.clear();
    const core::AreaSet areas = core::loadAreas(source, feedback);
    Municipalities values;
    const core::TextColumn* names = areas.textColumn(companionName(field));
    if (const core::TextColumn* text = areas.textColumn(field)) {
        for (std::size_t row = 0; row < areas.size(); ++row)
            if (!text->values[row].empty())
                values.emplace(text->values[row], names ? names->values[row] : std::string());
    } else if (const core::Column* numbers = areas.column(field)) {
        for (std::size_t row = 0; row < areas.size(); ++row)
            if (!std::isnan(numbers->values[row]))
                values.emplace(QString::number(numbers->values[row], 'g', 15).toStdString(),
                               names ? names->values[row] : std::string());
    }
    return values;
}

} // namespace

AreaSourcePage::AreaSourcePage(NewAnalysisWizard* wizard)
    : mWizard(wizard), mSource(new QLineEdit), mLayer(new QComboBox), mIdField(new QComboBox),
      mNameField(new QComboBox)
{
    setTitle(tr("Areas"));
    setSubTitle(tr("The layer with the buurten or wijken: a file, or a PostGIS connection string "
                   "(PG:host=… dbname=… user=…)."));
    mSource->setObjectName(QStringLiteral("areaSource"));
    mSource->setPlaceholderText(tr("file, or PG:host=… dbname=…"));
    mLayer->setObjectName(QStringLiteral("areaLayer"));
    mIdField->setObjectName(QStringLiteral("areaIdField"));
    mNameField->setObjectName(QStringLiteral("areaNameField"));
    auto* browseButton = new QPushButton(tr("&Browse…"));
    auto* readButton = new QPushButton(tr("&Read layers"));
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(mSource, 1);
    sourceRow->addWidget(browseButton);
    sourceRow->addWidget(readButton);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Area layer:"), sourceRow);
    form->addRow(tr("Layer:"), mLayer);
    form->addRow(tr("Area code field:"), mIdField);
    form->addRow(tr("Area name field:"), mNameField);

    connect(browseButton, &QPushButton::clicked, this, &AreaSourcePage::browse);
    connect(readButton, &QPushButton::clicked, this, [this] { describe(mSource->text().trimmed()); });
    // A file is read as soon as it exists; a connection string only on request.
    connect(mSource, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!isPostgis(text) && QFileInfo(text).isFile())
            describe(text);
    });
    connect(mLayer, &QComboBox::currentIndexChanged, this, &AreaSourcePage::fillFields);
    connect(mIdField, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
}

void AreaSourcePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Area layer"), {}, tr("Vector data (*.gpkg *.shp *.geojson *.json *.fgb);;All files (*)"));
    if (!path.isEmpty())
        mSource->setText(path);
}

void AreaSourcePage::describe(const QString& source)
{
    mLayers.clear();
    mWizard->taskRunner()->guard(tr("Read the area layer"), [&] {
        core::SilentFeedback feedback;
        const core::DatasetInfo info = core::describeDataset(source.toStdString(), {}, feedback);
        for (const core::LayerInfo& layer : info.layers) {
            std::vector<std::string> fields;
            for (const core::FieldInfo& field : layer.fields)
                fields.push_back(field.name);
            mLayers.emplace_back(layer.name, std::move(fields));
        }
    });
    {
        const QSignalBlocker blocker(mLayer);
        mLayer->clear();
        for (const auto& [layer, fields] : mLayers)
            mLayer->addItem(QString::fromStdString(layer));
    }
    fillFields();
}

void AreaSourcePage::fillFields()
{
    mIdField->clear();
    mNameField->clear();
    mNameField->addItem(tr("(none)"));
    const int layer = mLayer->currentIndex();
    if (layer >= 0 && static_cast<std::size_t>(layer) < mLayers.size()) {
        for (const std::string& field : mLayers[static_cast<std::size_t>(layer)].second) {
            mIdField->addItem(QString::fromStdString(field));
            mNameField->addItem(QString::fromStdString(field));
        }
    }
    // CBS's buurt/wijk conventions first.
    mIdField->setCurrentIndex(
        std::max(0, indexOfGuess(mIdField, {QStringLiteral("bu_code"), QStringLiteral("wk_code"),
                                            QStringLiteral("code")})));
    mNameField->setCurrentIndex(
        std::max(0, indexOfGuess(mNameField, {QStringLiteral("bu_naam"), QStringLiteral("wk_naam"),
                                              QStringLiteral("naam")})));
    emit completeChanged();
}

bool AreaSourcePage::isComplete() const
{
    return !mLayers.empty() && mIdField->currentIndex() >= 0;
}

bool AreaSourcePage::validatePage()
{
    core::AreaSpec& areas = mWizard->draft().areas;
    const QString source = mSource->text().trimmed();
    areas.path = isPostgis(source)
                     ? source.toStdString()
                     : std::filesystem::absolute(source.toStdString()).lexically_normal().string();
    areas.layer = mLayer->currentText().toStdString();
    areas.id = mIdField->currentText().toStdString();
    areas.name = mNameField->currentIndex() > 0 ? mNameField->currentText().toStdString() : std::string();
    return true;
}

AreaFilterPage::AreaFilterPage(NewAnalysisWizard* wizard)
    : mWizard(wizard), mField(new QComboBox), mValue(new QComboBox), mStatus(new QLabel)
{
    setTitle(tr("Municipality"));
    setSubTitle(tr("Analyse the whole layer, or only the areas of one municipality."));
    mField->setObjectName(QStringLiteral("filterField"));
    mValue->setObjectName(QStringLiteral("filterValue"));
    mValue->setEditable(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Municipality field:"), mField);
    form->addRow(tr("Municipality:"), mValue);
    form->addRow(mStatus);
    connect(mField, &QComboBox::currentIndexChanged, this, &AreaFilterPage::loadValues);
}

void AreaFilterPage::initializePage()
{
    const core::AreaSpec& areas = mWizard->draft().areas;
    const std::string key = areas.path + '|' + areas.layer;
    if (mLoadedFor.rfind(key + '|', 0) == 0)
        return;
    const QSignalBlocker blocker(mField);
    mField->clear();
    mField->addItem(tr("(whole layer)"));
    const auto* sourcePage = qobject_cast<AreaSourcePage*>(mWizard->page(NewAnalysisWizard::AreasPage));
    const auto* nameCombo =
        sourcePage ? sourcePage->findChild<QComboBox*>(QStringLiteral("areaNameField")) : nullptr;
    // The fields of the layer are those of the name combo, after its "(none)".
    for (int i = 1; nameCombo && i < nameCombo->count(); ++i)
        if (QString::fromStdString(areas.id) != nameCombo->itemText(i))
            mField->addItem(nameCombo->itemText(i));
    mField->setCurrentIndex(std::max(0, indexOfGuess(mField, {QStringLiteral("gm_code")})));
    mValue->clear();
    mLoadedFor.clear();
    loadValues();
}

void AreaFilterPage::loadValues()
{
    mValue->clear();
    mStatus->clear();
    if (mField->currentIndex() <= 0)
        return;
    const core::AreaSpec& spec = mWizard->draft().areas;
    core::AreaSource source{spec.path, spec.layer, spec.id, spec.name, {}, spec.assumeCrs};
    const std::string field = mField->currentText().toStdString();
    mLoadedFor = spec.path + '|' + spec.layer + '|' + field;
    mStatus->setText(tr("Reading the municipalities…"));
    mWizard->taskRunner()->run<Municipalities>(
        tr("Reading the municipalities…"),
        [source, field](core::Feedback& feedback) { return distinctValues(source, field, feedback); },
        [this](Municipalities& values) {
            mValue->clear();
            for (const auto& [value, name] : values) {
                const QString code = QString::fromStdString(value);
                mValue->addItem(
                    name.empty() ? code : QStringLiteral("%1 — %2").arg(code, QString::fromStdString(name)),
                    code);
            }
            mStatus->setText(tr("%n municipalities", nullptr, static_cast<int>(values.size())));
        });
}

bool AreaFilterPage::validatePage()
{
    std::string& filter = mWizard->draft().areas.filter;
    filter.clear();
    if (mField->currentIndex() > 0 && mValue->currentIndex() >= 0)
        filter =
            equalsFilter(mField->currentText().toStdString(), mValue->currentData().toString().toStdString());
    return true;
}

} // namespace bib::app
