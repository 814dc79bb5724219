// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventsourceform.h"
#include "index/recipe.h"
#include "util/feedback.h"

#include <QWizardPage>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace bib::app {

class NewAnalysisWizard;

/// Step 1: the area layer (a file, or a PostGIS connection string "PG:…"), its layer and the id
/// and name fields, read from the data (core::describeDataset).
class AreaSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AreaSourcePage(NewAnalysisWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void describe(const QString& source);
    void fillFields();

    NewAnalysisWizard* mWizard;
    QLineEdit* mSource;
    QComboBox* mLayer;
    QComboBox* mIdField;
    QComboBox* mNameField;
    std::vector<std::pair<std::string, std::vector<std::string>>> mLayers; ///< layer → fields
};

/// Step 2: optionally one municipality, picked from the values of a field of the layer (CBS's
/// gm_code, shown with gm_naam); becomes the recipe's attribute filter.
class AreaFilterPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AreaFilterPage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void loadValues();

    NewAnalysisWizard* mWizard;
    QComboBox* mField;
    QComboBox* mValue;
    QLabel* mStatus;
    std::string mLoadedFor; ///< source|layer|field the values belong to
};

/// Step 3: indicator tables (CSV, XLSX, ODS) joined by code, each with its join report.
class TablesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TablesPage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void browse();
    void describeTable(const QString& path);
    void addTable();
    void removeTable();
    void showReports();

    NewAnalysisWizard* mWizard;
    QLineEdit* mPath;
    QComboBox* mIdColumn;
    QPushButton* mAddButton;
    QListWidget* mTables;
    QPlainTextEdit* mReport;
    bool mPendingAdd = false;
};

/// Step 4: event files (docs/recipe.md, "Events"): the file, how its events are located (x/y with a
/// CRS, lon/lat, WKT, an area code, or the points of a layer), the time field, the period, and the
/// columns it adds (count over the last periods, peak signal, alarm, forecast). Adding one counts
/// it on the wizard's worker, as `bib compose` will; a file that cannot be counted is not kept and
/// the page says why.
class EventsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EventsPage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    /// The events source as the form describes it now; throws core::InputError saying what is
    /// missing or wrong.
    core::EventSourceSpec sourceFromForm() const;

private:
    void addSource();
    void removeSource();
    void showReports();

    NewAnalysisWizard* mWizard;
    EventSourceForm* mForm;
    QPushButton* mAddButton;
    QListWidget* mSources;
    QPlainTextEdit* mReport;
    bool mPendingAdd = false;
};

/// Step 5: which numeric columns become indicators, and their direction; a search box filters by
/// name, label and unit.
class IndicatorsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IndicatorsPage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void filter(const QString& text);

    NewAnalysisWizard* mWizard;
    QLineEdit* mSearch;
    QTreeWidget* mList;
};

/// Step 6: the recipe's name and file; writing it finishes the wizard.
class SaveRecipePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SaveRecipePage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    NewAnalysisWizard* mWizard;
    QLineEdit* mName;
    QLineEdit* mPath;
};

} // namespace bib::app
