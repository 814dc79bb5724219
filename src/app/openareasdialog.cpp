// SPDX-License-Identifier: GPL-3.0-or-later
#include "openareasdialog.h"

#include "io/datasetinfo.h"
#include "taskrunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace bib::app {

namespace {

QWidget* withBrowse(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

int indexOfGuess(const QComboBox* combo, const QStringList& guesses)
{
    for (const QString& guess : guesses) {
        const int index = combo->findText(guess);
        if (index >= 0)
            return index;
    }
    return -1;
}

} // namespace

OpenAreasDialog::OpenAreasDialog(TaskRunner* runner, QWidget* parent)
    : QDialog(parent), mRunner(runner), mAreasPath(new QLineEdit), mLayer(new QComboBox),
      mIdField(new QComboBox), mNameField(new QComboBox), mTablePath(new QLineEdit), mTableId(new QLineEdit),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Open areas"));
    auto* browseAreasButton = new QPushButton(tr("Browse…"));
    auto* browseTableButton = new QPushButton(tr("Browse…"));
    mAreasPath->setReadOnly(true);
    mTablePath->setPlaceholderText(tr("optional"));
    mTableId->setPlaceholderText(tr("same as the id field"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Areas file:"), withBrowse(mAreasPath, browseAreasButton));
    form->addRow(tr("Layer:"), mLayer);
    form->addRow(tr("Area code field:"), mIdField);
    form->addRow(tr("Area name field:"), mNameField);
    form->addRow(tr("Indicator table:"), withBrowse(mTablePath, browseTableButton));
    form->addRow(tr("Code column in the table:"), mTableId);
    form->addRow(mButtons);
    setMinimumWidth(520);

    connect(browseAreasButton, &QPushButton::clicked, this, &OpenAreasDialog::browseAreas);
    connect(browseTableButton, &QPushButton::clicked, this, &OpenAreasDialog::browseTable);
    connect(mLayer, &QComboBox::currentIndexChanged, this, &OpenAreasDialog::fillFields);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void OpenAreasDialog::browseAreas()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open areas"), {}, tr("Vector data (*.gpkg *.shp *.geojson *.json *.fgb);;All files (*)"));
    if (!path.isEmpty())
        describeAreas(path);
}

void OpenAreasDialog::browseTable()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Indicator table"), {}, tr("Tables (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty())
        mTablePath->setText(path);
}

void OpenAreasDialog::describeAreas(const QString& path)
{
    mRunner->guard(tr("Open areas"), [&] {
        core::SilentFeedback feedback;
        const core::DatasetInfo info = core::describeDataset(path.toStdString(), {}, feedback);
        mLayers.clear();
        for (const core::LayerInfo& layer : info.layers) {
            std::vector<std::string> fields;
            for (const core::FieldInfo& field : layer.fields)
                fields.push_back(field.name);
            mLayers.emplace_back(layer.name, std::move(fields));
        }
        mAreasPath->setText(path);
        const QSignalBlocker blocker(mLayer);
        mLayer->clear();
        for (const auto& [layer, fields] : mLayers)
            mLayer->addItem(QString::fromStdString(layer));
    });
    fillFields();
}

void OpenAreasDialog::fillFields()
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
    // CBS's buurt/wijk/gemeente conventions first.
    mIdField->setCurrentIndex(
        std::max(0, indexOfGuess(mIdField, {QStringLiteral("bu_code"), QStringLiteral("wk_code"),
                                            QStringLiteral("gm_code"), QStringLiteral("code")})));
    mNameField->setCurrentIndex(
        std::max(0, indexOfGuess(mNameField, {QStringLiteral("bu_naam"), QStringLiteral("wk_naam"),
                                              QStringLiteral("gm_naam"), QStringLiteral("naam")})));
    updateOk();
}

void OpenAreasDialog::updateOk()
{
    mButtons->button(QDialogButtonBox::Open)
        ->setEnabled(!mAreasPath->text().isEmpty() && mIdField->count() > 0);
}

LoadRequest OpenAreasDialog::request() const
{
    LoadRequest request;
    request.areas.path = mAreasPath->text().toStdString();
    request.areas.layer = mLayer->currentText().toStdString();
    request.areas.idField = mIdField->currentText().toStdString();
    if (mNameField->currentIndex() > 0)
        request.areas.nameField = mNameField->currentText().toStdString();
    if (!mTablePath->text().isEmpty()) {
        const QString id =
            mTableId->text().trimmed().isEmpty() ? mIdField->currentText() : mTableId->text().trimmed();
        request.table = TableSource{mTablePath->text().toStdString(), id.toStdString()};
    }
    return request;
}

} // namespace bib::app
