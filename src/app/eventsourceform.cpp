// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsourceform.h"

#include "io/csvparser.h"
#include "io/datasetinfo.h"
#include "io/table.h"
#include "io/textencoding.h"
#include "taskrunner.h"
#include "temporal/counttable.h"
#include "util/error.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace bib::app {

namespace {

/// Rows the preview shows.
constexpr std::size_t kPreviewRows = 10;
/// Bytes of a text file the preview reads: enough for the header and the first rows.
constexpr std::size_t kPreviewBytes = 64 * 1024;

bool isSpreadsheet(const std::string& path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".xlsx" || extension == ".ods";
}

bool isText(const std::string& path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".csv" || extension == ".tsv" || extension == ".txt";
}

/// The header and first rows of a CSV text file, read from its first bytes only (a file of
/// millions of events previews at once).
EventFilePreview textPreview(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw core::InputError(path + ": cannot be opened");
    std::string text(kPreviewBytes, '\0');
    file.read(text.data(), static_cast<std::streamsize>(text.size()));
    const bool whole = file.gcount() < static_cast<std::streamsize>(kPreviewBytes);
    text.resize(static_cast<std::size_t>(file.gcount()));
    if (!whole) {
        // Only complete lines: the last one may be cut (even inside a UTF-8 character).
        const std::size_t end = text.find_last_of("\r\n");
        if (end != std::string::npos)
            text.resize(end + 1);
    }
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    if (!core::isValidUtf8(text))
        text = core::windows1252ToUtf8(text);
    const char delimiter = core::detectDelimiter(text);
    core::CsvParser parser(text, delimiter == 0 ? ',' : delimiter, path);
    EventFilePreview preview;
    std::vector<core::CsvCell> cells;
    while (preview.rows.size() < kPreviewRows && parser.next(cells)) {
        std::vector<std::string> row;
        for (const core::CsvCell& cell : cells)
            row.emplace_back(cell.text);
        if (preview.header.empty())
            preview.header = std::move(row);
        else
            preview.rows.push_back(std::move(row));
    }
    return preview;
}

EventFilePreview spreadsheetPreview(const std::string& path, const std::string& sheet,
                                    core::Feedback& feedback)
{
    core::TableReadOptions options;
    options.sheet = sheet;
    const core::Table table = core::readTable(path, options, feedback);
    EventFilePreview preview;
    preview.header = table.columnNames();
    for (std::size_t r = 0; r < table.rowCount && r < kPreviewRows; ++r) {
        std::vector<std::string> row;
        for (const core::TableColumn& column : table.columns)
            row.push_back(column.text[r]);
        preview.rows.push_back(std::move(row));
    }
    return preview;
}

/// A layer (GeoPackage, shapefile, GeoJSON): its fields with their types, as the preview.
EventFilePreview layerPreview(const core::LayerInfo& layer)
{
    EventFilePreview preview;
    preview.header = {EventSourceForm::tr("field").toStdString(), EventSourceForm::tr("type").toStdString()};
    for (const core::FieldInfo& field : layer.fields)
        preview.rows.push_back({field.name, field.type});
    return preview;
}

/// A column name made from a file name: lower case, letters, digits and '_' only.
QString columnStem(const QString& path)
{
    QString stem = QFileInfo(path).completeBaseName().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
    if (stem.isEmpty() || stem.front().isDigit())
        stem.prepend(QStringLiteral("ev_"));
    return stem;
}

int findField(const QComboBox* combo, const QStringList& names)
{
    for (const QString& name : names) {
        const int at = combo->findText(name, Qt::MatchFixedString);
        if (at >= 0)
            return at;
    }
    return -1;
}

} // namespace

EventFilePreview previewEventFile(const std::string& path, const std::string& layer, core::Feedback& feedback)
{
    // A table's fields are its header: never read a file of millions of events whole for them.
    if (isText(path) || isSpreadsheet(path)) {
        EventFilePreview preview =
            isText(path) ? textPreview(path) : spreadsheetPreview(path, layer, feedback);
        if (preview.header.empty())
            throw core::InputError(path + ": the file is empty (no header row)");
        preview.fields = preview.header;
        return preview;
    }
    const core::DatasetInfo info = core::describeDataset(path, layer, feedback);
    if (info.layers.empty())
        throw core::InputError(path + ": no layer in the file");
    EventFilePreview preview = layerPreview(info.layers.front());
    for (const core::LayerInfo& each : info.layers)
        preview.layers.push_back(each.name);
    const core::LayerInfo& first = info.layers.front();
    preview.pointLayer = first.geometryType.find("Point") != std::string::npos;
    preview.featureCount = first.featureCount;
    for (const core::FieldInfo& field : first.fields)
        preview.fields.push_back(field.name);
    return preview;
}

EventSourceForm::EventSourceForm(TaskRunner* runner, QWidget* parent)
    : QWidget(parent), mRunner(runner), mPath(new QLineEdit), mLayer(new QComboBox), mLocator(new QComboBox),
      mFirstField(new QComboBox), mSecondField(new QComboBox),
      mCrs(new QLineEdit(QStringLiteral("EPSG:28992"))), mTimeField(new QComboBox), mPeriod(new QComboBox),
      mEnd(new QLineEdit), mCategoryField(new QComboBox), mCategories(new QLineEdit),
      mPreview(new QTableWidget), mError(new QLabel)
{
    const std::pair<QObject*, const char*> names[] = {{mPath, "eventPath"},
                                                      {mLayer, "eventLayer"},
                                                      {mLocator, "eventLocator"},
                                                      {mFirstField, "eventFirstField"},
                                                      {mSecondField, "eventSecondField"},
                                                      {mCrs, "eventCrs"},
                                                      {mTimeField, "eventTimeField"},
                                                      {mPeriod, "eventPeriod"},
                                                      {mEnd, "eventEnd"},
                                                      {mCategoryField, "eventCategoryField"},
                                                      {mCategories, "eventCategories"},
                                                      {mPreview, "eventPreview"},
                                                      {mError, "eventError"}};
    for (const auto& [object, name] : names)
        object->setObjectName(QString::fromLatin1(name));

    mLocator->addItem(tr("x and y coordinates"), QStringLiteral("xy"));
    mLocator->addItem(tr("longitude and latitude (WGS 84)"), QStringLiteral("lonlat"));
    mLocator->addItem(tr("WKT geometry"), QStringLiteral("wkt"));
    mLocator->addItem(tr("area code"), QStringLiteral("code"));
    mLocator->addItem(tr("the points of the layer"), QStringLiteral("geometry"));
    mPeriod->addItem(tr("day"), QStringLiteral("day"));
    mPeriod->addItem(tr("week"), QStringLiteral("week"));
    mPeriod->addItem(tr("month"), QStringLiteral("month"));
    mPeriod->addItem(tr("quarter"), QStringLiteral("quarter"));
    mPeriod->addItem(tr("year"), QStringLiteral("year"));
    mPeriod->setCurrentIndex(1);
    mEnd->setPlaceholderText(tr("period of the last event"));
    mEnd->setToolTip(tr("An ISO date (2025-12-28) inside the last complete period: the reference period"));
    mCategories->setPlaceholderText(tr("all values, or: jeugdoverlast, vernieling"));

    auto* browseButton = new QPushButton(tr("&Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(mLayer);
    pathRow->addWidget(browseButton);
    auto* fieldRow = new QHBoxLayout;
    mFirstLabel = new QLabel;
    mSecondLabel = new QLabel;
    fieldRow->addWidget(mLocator);
    fieldRow->addWidget(mFirstLabel);
    fieldRow->addWidget(mFirstField, 1);
    fieldRow->addWidget(mSecondLabel);
    fieldRow->addWidget(mSecondField, 1);
    fieldRow->addWidget(new QLabel(tr("CRS:")));
    fieldRow->addWidget(mCrs);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(mTimeField, 1);
    timeRow->addWidget(new QLabel(tr("Period:")));
    timeRow->addWidget(mPeriod);
    timeRow->addWidget(new QLabel(tr("Reference date:")));
    timeRow->addWidget(mEnd);
    auto* categoryRow = new QHBoxLayout;
    categoryRow->addWidget(mCategoryField);
    categoryRow->addWidget(mCategories, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Event file:"), pathRow);
    form->addRow(tr("Located by:"), fieldRow);
    form->addRow(tr("Time field:"), timeRow);
    form->addRow(tr("Only categories:"), categoryRow);

    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->verticalHeader()->hide();
    mPreview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    mEnd->setMinimumWidth(fontMetrics().horizontalAdvance(mEnd->placeholderText()) + 16);
    mPreview->setMinimumHeight(110);
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("color: #b2182b;"));
    mError->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(createColumns());
    layout->addWidget(new QLabel(tr("First rows of the file:")));
    layout->addWidget(mPreview, 1);
    layout->addWidget(mError);

    connect(browseButton, &QPushButton::clicked, this, &EventSourceForm::browse);
    connect(mPath, &QLineEdit::textChanged, this, [this](const QString& path) {
        setReady(false);
        if (QFileInfo(path.trimmed()).isFile())
            describe(path.trimmed(), {});
        else
            clearFields();
    });
    connect(mLayer, &QComboBox::activated, this,
            [this] { describe(mPath->text().trimmed(), mLayer->currentText()); });
    connect(mLocator, &QComboBox::currentIndexChanged, this, &EventSourceForm::updateLocator);
    connect(mRunner, &TaskRunner::errorShown, this, [this](const QString& message) {
        if (mDescribing)
            showError(message);
    });
    connect(mRunner, &TaskRunner::finished, this, [this] { mDescribing = false; });
    updateLocator();
}

QWidget* EventSourceForm::createColumns()
{
    auto* columns = new QGroupBox(tr("Columns to add"));
    auto* grid = new QGridLayout(columns);
    auto addMeasure = [&](int row, const QString& text, const char* key, bool periods, int defaultPeriods,
                          const QString& help) {
        Measure measure;
        measure.enabled = new QCheckBox(text);
        measure.enabled->setObjectName(QStringLiteral("event%1").arg(QLatin1String(key)));
        measure.enabled->setToolTip(help);
        measure.name = new QLineEdit;
        measure.name->setObjectName(QStringLiteral("event%1Name").arg(QLatin1String(key)));
        grid->addWidget(measure.enabled, row, 0);
        grid->addWidget(measure.name, row, 1);
        if (periods) {
            measure.periods = new QSpinBox;
            measure.periods->setObjectName(QStringLiteral("event%1Periods").arg(QLatin1String(key)));
            measure.periods->setRange(row == 0 ? 0 : 1, 520);
            measure.periods->setValue(defaultPeriods);
            grid->addWidget(measure.periods, row, 2);
            grid->addWidget(new QLabel(row == 0 ? tr("last periods (0: all)") : tr("periods ahead")), row, 3);
        }
        mMeasures.push_back(measure);
    };
    addMeasure(0, tr("Count"), "Count", true, 12,
               tr("Events in the last periods up to the reference period"));
    addMeasure(1, tr("Signal"), "Signal", false, 0,
               tr("The peak detector's score in the reference period (EARS C2)"));
    addMeasure(2, tr("Alarm"), "Alarm", false, 0,
               tr("1 when the peak detector alarms in the reference period, else 0"));
    addMeasure(3, tr("Forecast"), "Forecast", true, 13,
               tr("Expected events in the periods after the reference period (ETS)"));
    grid->setColumnStretch(1, 1);
    mMeasures[0].enabled->setChecked(true);
    return columns;
}

void EventSourceForm::setReady(bool ready)
{
    if (ready == mReady)
        return;
    mReady = ready;
    emit readyChanged(ready);
}

void EventSourceForm::showError(const QString& message)
{
    mError->setText(message);
    mError->show();
}

void EventSourceForm::hideError()
{
    mError->clear();
    mError->hide();
}

void EventSourceForm::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Event file"), {},
        tr("Events (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp);;All files (*)"));
    if (!path.isEmpty())
        mPath->setText(path);
}

void EventSourceForm::clearFields()
{
    for (QComboBox* combo : {mFirstField, mSecondField, mTimeField, mCategoryField})
        combo->clear();
    mLayer->clear();
    mLayer->hide();
    mPreview->clear();
    mPreview->setRowCount(0);
    mPreview->setColumnCount(0);
}

void EventSourceForm::describe(const QString& path, const QString& layer)
{
    TaskRunner* runner = mRunner;
    if (runner->busy()) {
        // One task at a time: read the file once the running task is done.
        QTimer::singleShot(50, this, [this, path, layer] {
            if (mPath->text().trimmed() == path)
                describe(path, layer);
        });
        return;
    }
    hideError();
    mDescribing = true;
    const std::string file = path.toStdString();
    const std::string layerName = layer.toStdString();
    runner->run<EventFilePreview>(
        tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [file, layerName](core::Feedback& feedback) { return previewEventFile(file, layerName, feedback); },
        [this, path](EventFilePreview& preview) {
            if (mPath->text().trimmed() == path)
                showPreview(preview);
        });
}

void EventSourceForm::showPreview(const EventFilePreview& preview)
{
    const QString layer = mLayer->currentText();
    clearFields();
    for (const std::string& name : preview.layers)
        mLayer->addItem(QString::fromStdString(name));
    mLayer->setVisible(preview.layers.size() > 1);
    if (!layer.isEmpty() && mLayer->findText(layer) >= 0)
        mLayer->setCurrentIndex(mLayer->findText(layer));
    mCategoryField->addItem(tr("(all events)"));
    for (const std::string& field : preview.fields) {
        const QString name = QString::fromStdString(field);
        for (QComboBox* combo : {mFirstField, mSecondField, mTimeField, mCategoryField})
            combo->addItem(name);
    }
    mPreview->setColumnCount(static_cast<int>(preview.header.size()));
    QStringList header;
    for (const std::string& name : preview.header)
        header << QString::fromStdString(name);
    mPreview->setHorizontalHeaderLabels(header);
    mPreview->setRowCount(static_cast<int>(preview.rows.size()));
    for (std::size_t r = 0; r < preview.rows.size(); ++r)
        for (std::size_t c = 0; c < preview.rows[r].size() && c < preview.header.size(); ++c)
            mPreview->setItem(static_cast<int>(r), static_cast<int>(c),
                              new QTableWidgetItem(QString::fromStdString(preview.rows[r][c])));
    mPreview->resizeColumnsToContents();
    guessFields(preview);
    const QString stem = columnStem(mPath->text());
    const char* const suffixes[] = {"_aantal", "_signaal", "_alarm", "_prognose"};
    for (std::size_t m = 0; m < mMeasures.size(); ++m)
        mMeasures[m].name->setText(stem + QLatin1String(suffixes[m]));
    setReady(!preview.fields.empty() || preview.pointLayer);
}

void EventSourceForm::guessFields(const EventFilePreview& preview)
{
    // The usual names of Dutch exports first; the locator follows what the file has.
    const int x =
        findField(mFirstField, {QStringLiteral("x"), QStringLiteral("x_rd"), QStringLiteral("rd_x")});
    const int y =
        findField(mSecondField, {QStringLiteral("y"), QStringLiteral("y_rd"), QStringLiteral("rd_y")});
    const int lon =
        findField(mFirstField, {QStringLiteral("lon"), QStringLiteral("longitude"), QStringLiteral("lng")});
    const int lat = findField(mSecondField, {QStringLiteral("lat"), QStringLiteral("latitude")});
    const int wkt =
        findField(mFirstField, {QStringLiteral("wkt"), QStringLiteral("geometry"), QStringLiteral("geom")});
    const int code = findField(mFirstField, {QString::fromStdString(mAreaIdField), QStringLiteral("bu_code"),
                                             QStringLiteral("buurtcode")});
    QString locator = QStringLiteral("xy");
    if (preview.pointLayer)
        locator = QStringLiteral("geometry");
    else if (x >= 0 && y >= 0)
        locator = QStringLiteral("xy");
    else if (lon >= 0 && lat >= 0)
        locator = QStringLiteral("lonlat");
    else if (wkt >= 0)
        locator = QStringLiteral("wkt");
    else if (code >= 0)
        locator = QStringLiteral("code");
    mLocator->setCurrentIndex(mLocator->findData(locator));
    if (locator == QLatin1String("xy")) {
        mFirstField->setCurrentIndex(std::max(x, 0));
        mSecondField->setCurrentIndex(std::max(y, 0));
    } else if (locator == QLatin1String("lonlat")) {
        mFirstField->setCurrentIndex(lon);
        mSecondField->setCurrentIndex(lat);
    } else if (locator == QLatin1String("wkt")) {
        mFirstField->setCurrentIndex(wkt);
    } else if (locator == QLatin1String("code")) {
        mFirstField->setCurrentIndex(code);
    }
    const int time =
        findField(mTimeField, {QStringLiteral("tijdstip"), QStringLiteral("datum"), QStringLiteral("date"),
                               QStringLiteral("time"), QStringLiteral("timestamp"),
                               QStringLiteral("week_start"), QStringLiteral("datum_tijd")});
    mTimeField->setCurrentIndex(std::max(time, 0));
}

void EventSourceForm::updateLocator()
{
    const QString locator = mLocator->currentData().toString();
    const bool two = locator == QLatin1String("xy") || locator == QLatin1String("lonlat");
    const bool one = locator != QLatin1String("geometry");
    mFirstLabel->setText(locator == QLatin1String("xy")       ? tr("x:")
                         : locator == QLatin1String("lonlat") ? tr("lon:")
                         : locator == QLatin1String("wkt")    ? tr("WKT:")
                                                              : tr("code:"));
    mFirstLabel->setVisible(one);
    mFirstField->setVisible(one);
    mSecondLabel->setText(locator == QLatin1String("lonlat") ? tr("lat:") : tr("y:"));
    mSecondLabel->setVisible(two);
    mSecondField->setVisible(two);
    mCrs->setEnabled(locator == QLatin1String("xy") || locator == QLatin1String("wkt"));
}

core::EventSourceSpec EventSourceForm::sourceFromForm(const std::set<std::string>& taken) const
{
    const std::string path =
        std::filesystem::absolute(mPath->text().trimmed().toStdString()).lexically_normal().string();
    core::EventSourceSpec spec;
    spec.path = path;
    if (mLayer->count() > 1)
        spec.layer = mLayer->currentText().toStdString();
    const QString locator = mLocator->currentData().toString();
    const std::string first = mFirstField->currentText().toStdString();
    const std::string second = mSecondField->currentText().toStdString();
    auto need = [](bool ok, const QString& message) {
        if (!ok)
            throw core::InputError(message.toStdString());
    };
    need(locator == QLatin1String("geometry") || !first.empty(),
         tr("Choose the field that locates the events."));
    if (locator == QLatin1String("xy")) {
        need(!second.empty() && first != second, tr("Choose two different fields for x and y."));
        need(!mCrs->text().trimmed().isEmpty(),
             tr("Give the CRS of the x and y coordinates (EPSG:28992 for RD New)."));
        spec.x = first;
        spec.y = second;
        spec.crs = mCrs->text().trimmed().toStdString();
    } else if (locator == QLatin1String("lonlat")) {
        need(!second.empty() && first != second,
             tr("Choose two different fields for longitude and latitude."));
        spec.lon = first;
        spec.lat = second;
    } else if (locator == QLatin1String("wkt")) {
        need(!mCrs->text().trimmed().isEmpty(), tr("Give the CRS of the WKT geometries."));
        spec.wkt = first;
        spec.crs = mCrs->text().trimmed().toStdString();
    } else if (locator == QLatin1String("code")) {
        spec.code = first;
    }
    spec.time = mTimeField->currentText().toStdString();
    need(!spec.time.empty(), tr("Choose the field with the date and time of the events."));
    // The items of mPeriod, in this order.
    const core::Period periods[] = {core::Period::Day, core::Period::Week, core::Period::Month,
                                    core::Period::Quarter, core::Period::Year};
    spec.period = periods[std::clamp(mPeriod->currentIndex(), 0, 4)];
    const QString end = mEnd->text().trimmed();
    need(end.isEmpty() || QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(end).hasMatch(),
         tr("The reference date must be an ISO date such as 2025-12-28, or empty."));
    spec.end = end.toStdString();
    if (mCategoryField->currentIndex() > 0) {
        spec.category = mCategoryField->currentText().toStdString();
        for (const QString& value : mCategories->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!value.trimmed().isEmpty())
                spec.categories.push_back(value.trimmed().toStdString());
    }

    std::set<std::string> names = taken;
    const core::EventMeasure kinds[] = {core::EventMeasure::Count, core::EventMeasure::Signal,
                                        core::EventMeasure::Alarm, core::EventMeasure::Forecast};
    for (std::size_t m = 0; m < mMeasures.size(); ++m) {
        const Measure& measure = mMeasures[m];
        if (!measure.enabled->isChecked())
            continue;
        core::EventColumnSpec column;
        column.name = measure.name->text().trimmed().toStdString();
        column.measure = kinds[m];
        if (measure.periods)
            column.periods = static_cast<std::size_t>(measure.periods->value());
        need(!column.name.empty(), tr("Give the column \"%1\" a name.").arg(measure.enabled->text()));
        need(names.insert(column.name).second, tr("There is already a column \"%1\": choose another name.")
                                                   .arg(QString::fromStdString(column.name)));
        spec.columns.push_back(column);
    }
    need(!spec.columns.empty(), tr("Tick at least one column to add (count, signal, alarm or forecast)."));
    return spec;
}

QString EventSourceForm::describeReport(const core::EventColumnsReport& report)
{
    QStringList lines;
    lines << EventSourceForm::tr("%1: %2 rows read, %3 counted")
                 .arg(QString::fromStdString(displayName(report.path)))
                 .arg(static_cast<qulonglong>(report.rowsRead))
                 .arg(static_cast<qulonglong>(report.counted));
    if (report.outside > 0)
        lines << EventSourceForm::tr("  outside every area: %1").arg(static_cast<qulonglong>(report.outside));
    if (report.unmatched > 0)
        lines << EventSourceForm::tr("  with a code that is no area: %1")
                     .arg(static_cast<qulonglong>(report.unmatched));
    if (report.badPosition > 0)
        lines << EventSourceForm::tr("  without a readable position: %1")
                     .arg(static_cast<qulonglong>(report.badPosition));
    if (report.badTime > 0)
        lines << EventSourceForm::tr("  without a readable time: %1")
                     .arg(static_cast<qulonglong>(report.badTime));
    lines << EventSourceForm::tr("  %1 periods (%2) from %3 to the reference period %4")
                 .arg(static_cast<qulonglong>(report.periods))
                 .arg(QString::fromStdString(core::toString(report.period)),
                      QString::fromStdString(report.firstPeriod),
                      QString::fromStdString(report.referencePeriod));
    QStringList columns;
    for (const std::string& column : report.columns)
        columns << QString::fromStdString(column);
    lines << EventSourceForm::tr("  columns: %1").arg(columns.join(QStringLiteral(", ")));
    for (const std::string& note : report.notes)
        lines << QStringLiteral("  ") + QString::fromStdString(note);
    return lines.join(QLatin1Char('\n'));
}

} // namespace bib::app
