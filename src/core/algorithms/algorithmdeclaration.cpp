// SPDX-License-Identifier: GPL-3.0-or-later
#include "algorithms/algorithmdeclaration.h"

#include "spatial/permutation.h"
#include "temporal/peakdetector.h"
#include "util/error.h"

#include <algorithm>

namespace bib::core {

std::string ParameterDeclaration::cliOption() const
{
    if (!cliName.empty())
        return cliName;
    std::string option = "--" + key;
    std::replace(option.begin(), option.end(), '_', '-');
    return option;
}

const ParameterDeclaration* AlgorithmDeclaration::parameter(std::string_view name) const
{
    for (const auto& p : parameters)
        if (p.key == name)
            return &p;
    return nullptr;
}

namespace {

using Parameters = std::vector<ParameterDeclaration>;

ParameterDeclaration parameter(std::string key, ParameterType type, std::string labelEnglish,
                               std::string labelDutch, std::string helpEnglish, std::string helpDutch,
                               std::string defaultValue = {})
{
    ParameterDeclaration p;
    p.key = std::move(key);
    p.type = type;
    p.labelEnglish = std::move(labelEnglish);
    p.labelDutch = std::move(labelDutch);
    p.helpEnglish = std::move(helpEnglish);
    p.helpDutch = std::move(helpDutch);
    p.defaultValue = std::move(defaultValue);
    return p;
}

ParameterDeclaration optional(ParameterDeclaration p)
{
    p.optional = true;
    return p;
}

ParameterDeclaration ranged(ParameterDeclaration p, std::optional<double> minimum,
                            std::optional<double> maximum)
{
    p.minimum = minimum;
    p.maximum = maximum;
    return p;
}

/// The area layer, its id and name, and the working CRS (`AREAS --id --name --working-crs`).
Parameters areaParameters()
{
    auto input = parameter("input", ParameterType::AreaLayer, "Areas", "Gebieden",
                           "Polygon layer with one feature per area (buurt, wijk, postcode area)",
                           "Vlaklaag met één object per gebied (buurt, wijk, postcodegebied)");
    input.cliName = "AREAS";
    auto name = optional(parameter("name", ParameterType::Field, "Area name field", "Veld met de gebiedsnaam",
                                   "Field with the area name, e.g. bu_naam",
                                   "Veld met de naam van het gebied, bijv. bu_naam"));
    auto crs = parameter("working_crs", ParameterType::Crs, "Working CRS", "Werk-CRS",
                         "CRS to analyse in (metres); the areas are reprojected into it once",
                         "CRS waarin wordt gerekend (meters); de gebieden worden één keer daarheen "
                         "omgezet",
                         "EPSG:28992");
    crs.optional = true;
    return {input,
            parameter("id", ParameterType::Field, "Area id field", "Veld met de gebiedscode",
                      "Field with the area code, unique per area, e.g. bu_code",
                      "Veld met de gebiedscode, uniek per gebied, bijv. bu_code"),
            name, crs};
}

/// The spatial weights (`--weights --snap --style --islands`).
Parameters weightsParameters()
{
    auto style = parameter("style", ParameterType::Choice, "Weight style", "Gewichtenstijl",
                           "W: row-standardised; B: binary (general) weights",
                           "W: per rij gestandaardiseerd; B: binaire (algemene) gewichten", "W");
    style.choices = {"W", "B"};
    auto islands =
        parameter("islands", ParameterType::Choice, "Areas without neighbours", "Gebieden zonder buren",
                  "leave: kept and reported; nearest: linked to the nearest centroid, both ways",
                  "leave: blijven staan en worden gemeld; nearest: verbonden met het "
                  "dichtstbijzijnde zwaartepunt, in beide richtingen",
                  "leave");
    islands.choices = {"leave", "nearest"};
    return {parameter("weights", ParameterType::Text, "Neighbours", "Buren",
                      "queen, rook, knn:K, distance:METRES, inverse:METRES[:POWER] (centroids), or a GeoDa "
                      ".gal/.gwt file",
                      "queen, rook, knn:K, distance:METERS, inverse:METERS[:MACHT] (zwaartepunten), of een "
                      "GeoDa-bestand .gal/.gwt",
                      "queen"),
            ranged(parameter("snap", ParameterType::Number, "Snap distance (m)", "Snapafstand (m)",
                             "Queen/rook: boundary points closer than this many metres count as shared",
                             "Queen/rook: grenspunten die dichter dan zoveel meter bij elkaar liggen gelden "
                             "als gedeeld",
                             "0"),
                   0.0, std::nullopt),
            style, islands};
}

/// `--permutations --seed`, with the core's own defaults.
Parameters permutationParameters()
{
    const PermutationOptions defaults;
    return {ranged(parameter("permutations", ParameterType::Integer, "Permutations", "Permutaties",
                             "Permutations for the pseudo p-value p_sim (0: none)",
                             "Permutaties voor de pseudo-p-waarde p_sim (0: geen)",
                             std::to_string(defaults.permutations)),
                   0.0, 1000000.0),
            parameter("seed", ParameterType::Integer, "Seed", "Startwaarde (seed)",
                      "Seed of the permutations: the same seed gives the same p_sim",
                      "Startwaarde van de permutaties: dezelfde seed geeft dezelfde p_sim",
                      std::to_string(defaults.seed))};
}

/// `--alpha` and the multiple-testing adjustment (`--fdr` or `--bonferroni` on the command line).
Parameters significanceParameters()
{
    auto adjustment = parameter("adjustment", ParameterType::Choice, "Multiple testing", "Meervoudig toetsen",
                                "none, fdr (Benjamini–Hochberg) or bonferroni, over all areas",
                                "none, fdr (Benjamini–Hochberg) of bonferroni, over alle gebieden", "none");
    adjustment.choices = {"none", "fdr", "bonferroni"};
    adjustment.cliFlags = {"--fdr", "--bonferroni"};
    return {
        ranged(parameter("alpha", ParameterType::Number, "Significance level", "Significantieniveau",
                         "Significance level of the classes", "Significantieniveau van de klassen", "0.05"),
               0.0, 1.0),
        adjustment};
}

ParameterDeclaration numericField(std::string key, std::string labelEnglish, std::string labelDutch,
                                  std::string helpEnglish, std::string helpDutch)
{
    return parameter(std::move(key), ParameterType::NumericField, std::move(labelEnglish),
                     std::move(labelDutch), std::move(helpEnglish), std::move(helpDutch));
}

ParameterDeclaration areaOutput(std::string helpEnglish, std::string helpDutch)
{
    return parameter("output", ParameterType::AreaOutput, "Result", "Resultaat", std::move(helpEnglish),
                     std::move(helpDutch));
}

ParameterDeclaration fileParameter(std::string key, ParameterType type, std::string cliName,
                                   std::string labelEnglish, std::string labelDutch, std::string helpEnglish,
                                   std::string helpDutch, std::string fileFilter)
{
    auto p = parameter(std::move(key), type, std::move(labelEnglish), std::move(labelDutch),
                       std::move(helpEnglish), std::move(helpDutch));
    p.cliName = std::move(cliName);
    p.fileFilter = std::move(fileFilter);
    return p;
}

Parameters joined(std::initializer_list<Parameters> groups)
{
    Parameters out;
    for (const auto& group : groups)
        out.insert(out.end(), group.begin(), group.end());
    return out;
}

const std::vector<std::string> kAreaCliOnly = {"--layer", "--filter", "--assume-crs"};

AlgorithmDeclaration compositeIndex()
{
    auto recipe = parameter("recipe", ParameterType::File, "Recipe", "Recept",
                            "Recipe file (*.bib.json): areas, indicator tables, directions, weights, "
                            "normalisation, aggregation, missing-data rule and classes",
                            "Receptbestand (*.bib.json): gebieden, indicatortabellen, richtingen, gewichten, "
                            "normalisatie, aggregatie, regel voor ontbrekende waarden en klassen");
    recipe.cliName = "RECIPE";
    auto robustness = optional(ranged(
        parameter(
            "robustness", ParameterType::Integer, "Robustness draws", "Robuustheidstrekkingen",
            "Uncertainty analysis with N draws (seeded by the recipe): adds rank_median, rank_p05 and "
            "rank_p95; empty: as the recipe says; 0: off",
            "Onzekerheidsanalyse met N trekkingen (seed uit het recept): voegt rank_median, rank_p05 en "
            "rank_p95 toe; leeg: zoals het recept zegt; 0: uit"),
        0.0, 100000.0));
    return {"composite-index",
            "compose",
            "Composite index (recipe)",
            "Samengestelde index (recept)",
            "Index",
            "Index",
            "Computes the composite index of a recipe: per indicator the normalised value (n_) and its "
            "contribution (c_), per domain d_, then index, rank (1 = highest), class and the main drivers. "
            "The result opens with a graduated style of the index classes.",
            "Berekent de samengestelde index van een recept: per indicator de genormaliseerde waarde (n_) "
            "en de bijdrage (c_), per domein d_, en dan index, rang (1 = hoogste), klasse en de "
            "belangrijkste oorzaken. Het resultaat krijgt een stijl met de indexklassen.",
            {recipe, robustness, areaOutput("Areas with the index columns", "Gebieden met de indexkolommen")},
            {}};
}

/// A recipe given as parameters instead of a file: the keys and defaults of the recipe format
/// (docs/recipe.md), checked against the recipe parser by a test; the run builds the recipe text and
/// parses it with the same parser as a file.
AlgorithmDeclaration compositeIndexFromFields()
{
    auto choice = [](std::string key, std::string labelEnglish, std::string labelDutch,
                     std::string helpEnglish, std::string helpDutch, std::vector<std::string> choices) {
        auto p =
            parameter(std::move(key), ParameterType::Choice, std::move(labelEnglish), std::move(labelDutch),
                      std::move(helpEnglish), std::move(helpDutch), choices.front());
        p.choices = std::move(choices);
        return p;
    };
    return {
        "composite-index-fields",
        "",
        "Composite index (fields)",
        "Samengestelde index (velden)",
        "Index",
        "Index",
        "The composite index of numeric fields of the layer, with the settings of a recipe given as "
        "parameters: a direction and a weight per field, the normalisation, aggregation, missing-data rule "
        "and classes. The same computation as a recipe file; save a recipe for other runs and for bib.",
        "De samengestelde index van numerieke velden van de laag, met de instellingen van een recept als "
        "parameters: richting en gewicht per veld, normalisatie, aggregatie, regel voor ontbrekende "
        "waarden en klassen. Dezelfde berekening als met een receptbestand.",
        joined({areaParameters(),
                {parameter("fields", ParameterType::NumericFields, "Indicators", "Indicatoren",
                           "Numeric fields to combine", "Numerieke velden om te combineren"),
                 optional(parameter("directions", ParameterType::Text, "Directions", "Richtingen",
                                    "Per field, comma separated: positive (+, higher = more attention "
                                    "needed) or negative (-); empty: all positive",
                                    "Per veld, met komma's: positive (+, hoger = meer aandacht nodig) of "
                                    "negative (-); leeg: alle positive")),
                 optional(parameter("indicator_weights", ParameterType::Text, "Weights", "Gewichten",
                                    "Per field, comma separated, ≥ 0; empty: all 1",
                                    "Per veld, met komma's, ≥ 0; leeg: alle 1")),
                 choice("normalisation", "Normalisation", "Normalisatie",
                        "zscore, minmax, rank or percentile (recipe key normalisation)",
                        "zscore, minmax, rank of percentile (receptsleutel normalisation)",
                        {"zscore", "minmax", "rank", "percentile"}),
                 choice("aggregation", "Aggregation", "Aggregatie", "arithmetic or geometric mean",
                        "rekenkundig (arithmetic) of meetkundig (geometric) gemiddelde",
                        {"arithmetic", "geometric"}),
                 choice("missing", "Missing values", "Ontbrekende waarden",
                        "exclude (no index), mean, median or reweight",
                        "exclude (geen index), mean, median of reweight",
                        {"exclude", "mean", "median", "reweight"}),
                 choice("classification", "Classification", "Klassenindeling",
                        "quantile, equal-interval, jenks, stddev or headtail",
                        "quantile, equal-interval, jenks, stddev of headtail",
                        {"quantile", "equal-interval", "jenks", "stddev", "headtail"}),
                 ranged(parameter("classes", ParameterType::Integer, "Classes", "Klassen",
                                  "Number of classes", "Aantal klassen", "5"),
                        2.0, 12.0),
                 areaOutput("Areas with the index columns", "Gebieden met de indexkolommen")}}),
        {}};
}

AlgorithmDeclaration spatialWeights()
{
    return {
        "spatial-weights",
        "weights",
        "Spatial weights",
        "Ruimtelijke gewichten",
        "Spatial statistics",
        "Ruimtelijke statistiek",
        "Builds spatial weights (queen/rook contiguity, k nearest, distance band, inverse distance) and "
        "writes them as a GeoDa .gal or .gwt file, for the other tools here, GeoDa, PySAL or spdep. The log "
        "gives the neighbour summary and the islands.",
        "Bouwt ruimtelijke gewichten (queen/rook-aangrenzing, k dichtstbijzijnde, afstandsband, inverse "
        "afstand) en schrijft ze als GeoDa-bestand .gal of .gwt, voor de andere gereedschappen hier, GeoDa, "
        "PySAL of spdep. Het logboek geeft de samenvatting van de buren en de eilanden.",
        joined({areaParameters(),
                weightsParameters(),
                {fileParameter("output", ParameterType::FileOutput, "", "Weights file", "Gewichtenbestand",
                               "Output: .gal (neighbours) or .gwt (weighted links)",
                               "Uitvoer: .gal (buren) of .gwt (gewogen verbindingen)",
                               "GeoDa GAL (*.gal);;GeoDa GWT (*.gwt)")}}),
        kAreaCliOnly};
}

AlgorithmDeclaration moran()
{
    auto field = optional(
        numericField("field", "Field", "Veld", "Numeric field to test", "Numeriek veld om te toetsen"));
    auto events = optional(numericField("events", "Counts (rates)", "Aantallen (cijfers)",
                                        "Rates: field with the counts (e.g. crimes)",
                                        "Cijfers: veld met de aantallen (bijv. misdrijven)"));
    auto population = optional(numericField("population", "Population (rates)", "Bevolking (cijfers)",
                                            "Rates: field with the population at risk (e.g. inhabitants)",
                                            "Cijfers: veld met de bevolking (bijv. inwoners)"));
    return {
        "moran",
        "moran",
        "Global Moran's I",
        "Globale Moran's I",
        "Spatial statistics",
        "Ruimtelijke statistiek",
        "Global Moran's I of a field, or of rates (counts per population, Assunção–Reis empirical "
        "Bayes standardisation), with inference under randomisation and a permutation test, as "
        "spdep's moran.test and moran.mc. Areas without a value are left out and the neighbours "
        "recomputed without them. Outputs: I, E_I, Var_I, Z_I, p_norm, p_sim.",
        "Globale Moran's I van een veld, of van cijfers (aantallen per bevolking, empirisch-Bayes-"
        "standaardisatie van Assunção–Reis), met toetsing onder randomisatie en een permutatietoets, "
        "zoals moran.test en moran.mc van spdep. Gebieden zonder waarde vallen weg en de buren worden "
        "zonder hen opnieuw bepaald. Uitvoer: I, E_I, Var_I, Z_I, p_norm, p_sim.",
        joined({areaParameters(), {field, events, population}, weightsParameters(), permutationParameters()}),
        kAreaCliOnly};
}

AlgorithmDeclaration lisa()
{
    return {"lisa",
            "lisa",
            "Local Moran (LISA)",
            "Lokale Moran (LISA)",
            "Spatial statistics",
            "Ruimtelijke statistiek",
            "Local Moran's I per area as spdep's localmoran: I, E_I, Var_I, Z_I, the normal and permutation "
            "p-values, and the cluster class HH (red), LL (blue), HL (pink), LH (light blue) or ns (grey). "
            "Only the analysed areas are in the result.",
            "Lokale Moran's I per gebied zoals localmoran van spdep: I, E_I, Var_I, Z_I, de normale en de "
            "permutatie-p-waarde, en de clusterklasse HH (rood), LL (blauw), HL (roze), LH (lichtblauw) of "
            "ns (grijs). Alleen de geanalyseerde gebieden staan in het resultaat.",
            joined({areaParameters(),
                    {numericField("field", "Field", "Veld", "Numeric field to analyse",
                                  "Numeriek veld om te analyseren")},
                    weightsParameters(),
                    permutationParameters(),
                    significanceParameters(),
                    {areaOutput("Areas with the LISA columns and cluster class",
                                "Gebieden met de LISA-kolommen en de clusterklasse")}}),
            kAreaCliOnly};
}

AlgorithmDeclaration giStar()
{
    return {"gi-star",
            "gistar",
            "Hot spots (Getis-Ord Gi*)",
            "Hotspots (Getis-Ord Gi*)",
            "Spatial statistics",
            "Ruimtelijke statistiek",
            "Getis-Ord Gi* (or Gi without the area itself) as spdep's localG: the z-value Z, the normal and "
            "permutation p-values, and the class hot (red), cold (blue) or ns (grey).",
            "Getis-Ord Gi* (of Gi zonder het gebied zelf) zoals localG van spdep: de z-waarde Z, de normale "
            "en de permutatie-p-waarde, en de klasse hot (rood), cold (blauw) of ns (grijs).",
            joined({areaParameters(),
                    {numericField("field", "Field", "Veld", "Numeric field to analyse",
                                  "Numeriek veld om te analyseren"),
                     parameter("no_self", ParameterType::Boolean, "Gi (area not its own neighbour)",
                               "Gi (gebied niet zijn eigen buur)", "Gi: the area is not its own neighbour",
                               "Gi: het gebied is niet zijn eigen buur")},
                    weightsParameters(),
                    permutationParameters(),
                    significanceParameters(),
                    {areaOutput("Areas with Z, p_norm, p_sim and the class",
                                "Gebieden met Z, p_norm, p_sim en de klasse")}}),
            kAreaCliOnly};
}

AlgorithmDeclaration ebRate()
{
    return {"eb-rate",
            "ebrate",
            "Empirical Bayes rates",
            "Empirisch-Bayes-cijfers",
            "Spatial statistics",
            "Ruimtelijke statistiek",
            "Rates smoothed towards the overall rate (spdep EBest) or, with 'local', towards each area's "
            "neighbourhood (spdep EBlocal), so small areas do not top the map by chance. Columns raw and "
            "eb. A negative count or a population of 0 or less has no rate and is left out.",
            "Cijfers die naar het totale cijfer (spdep EBest) of, met 'lokaal', naar de omgeving van elk "
            "gebied (spdep EBlocal) worden getrokken, zodat kleine gebieden niet bij toeval bovenaan staan. "
            "Kolommen raw en eb. Een negatief aantal of een bevolking van 0 of minder heeft geen cijfer en "
            "valt weg.",
            joined({areaParameters(),
                    {numericField("events", "Counts", "Aantallen", "Field with the counts (e.g. crimes)",
                                  "Veld met de aantallen (bijv. misdrijven)"),
                     numericField("population", "Population", "Bevolking",
                                  "Field with the population at risk", "Veld met de bevolking"),
                     parameter("local", ParameterType::Boolean, "Local (spatial)", "Lokaal (ruimtelijk)",
                               "Smooth towards each area's neighbourhood (uses the weights)",
                               "Trek naar de omgeving van elk gebied (gebruikt de gewichten)"),
                     ranged(parameter("per", ParameterType::Number, "Per", "Per",
                                      "Multiply the rates, e.g. 1000 for per 1 000 inhabitants",
                                      "Vermenigvuldig de cijfers, bijv. 1000 voor per 1.000 inwoners", "1"),
                            0.0, std::nullopt)},
                    weightsParameters(),
                    {areaOutput("Areas with raw and eb", "Gebieden met raw en eb")}}),
            kAreaCliOnly};
}

/// A default as text without trailing zeros (5 → "5", 0.5 → "0.5").
std::string number(double value)
{
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

AlgorithmDeclaration disclosureControl()
{
    auto layer =
        optional(parameter("layer", ParameterType::Text, "Layer or sheet name", "Laag- of bladnaam",
                           "Layer (GeoPackage) or sheet (XLSX) name; empty: the area layer's, or index",
                           "Naam van de laag (GeoPackage) of het blad (XLSX); leeg: die van de "
                           "gebiedslaag, of index"));
    return {
        "disclosure-control",
        "export",
        "Export with disclosure control",
        "Exporteren met onthullingscontrole",
        "Index",
        "Index",
        "Runs a recipe and writes its result for others with the recipe's privacy rules applied: counts "
        "below the minimum and rates on too few inhabitants are withheld ('onderdrukt'), the index is "
        "classified and ranked again over the published areas only. GeoPackage (opens styled in QGIS), "
        "CSV or XLSX.",
        "Voert een recept uit en schrijft het resultaat voor anderen met de privacyregels van het recept: "
        "aantallen onder het minimum en cijfers op te weinig inwoners worden onderdrukt, de index wordt "
        "opnieuw ingedeeld en gerangschikt over alleen de gepubliceerde gebieden. GeoPackage (opent met "
        "stijl in QGIS), CSV of XLSX.",
        {fileParameter("recipe", ParameterType::File, "RECIPE", "Recipe", "Recept",
                       "Recipe file (*.bib.json)", "Receptbestand (*.bib.json)",
                       "Recepten / recipes (*.bib.json *.json)"),
         layer,
         fileParameter("output", ParameterType::FileOutput, "", "Export", "Export",
                       "Output: .gpkg (map layer with style), .csv or .xlsx (tables)",
                       "Uitvoer: .gpkg (kaartlaag met stijl), .csv of .xlsx (tabellen)",
                       "GeoPackage (*.gpkg);;CSV (*.csv);;Excel (*.xlsx)")},
        {}};
}

AlgorithmDeclaration peaks()
{
    const PeakOptions defaults;
    auto method = parameter(
        "method", ParameterType::Choice, "Method", "Methode",
        "ears-c1, ears-c2, ears-c3 (as R surveillance::earsC) or cusum (Poisson CUSUM)",
        "ears-c1, ears-c2, ears-c3 (zoals R surveillance::earsC) of cusum (Poisson-CUSUM)", "ears-c1");
    method.choices = {"ears-c1", "ears-c2", "ears-c3", "cusum"};
    return {
        "peaks",
        "peaks",
        "Peak detection",
        "Piekdetectie",
        "Time",
        "Tijd",
        "Peaks in time per area in a count table as `bib aggregate` writes it: EARS C1/C2/C3 or a Poisson "
        "CUSUM. Writes count, expected, upper, alarm (1/0), category and score per area and period; the "
        "log names the alarms of the last period in Dutch sentences.",
        "Pieken in de tijd per gebied in een telling zoals `bib aggregate` die schrijft: EARS C1/C2/C3 of "
        "een Poisson-CUSUM. Schrijft aantal, verwacht, bovengrens, alarm (1/0), categorie en score per "
        "gebied en periode; het logboek noemt de alarmen van de laatste periode in zinnen.",
        {fileParameter("counts", ParameterType::File, "COUNTS", "Count table", "Telling",
                       "Count table (CSV): <id>, period_start, category, count",
                       "Telling (CSV): <id>, period_start, category, count", "CSV (*.csv)"),
         method,
         ranged(parameter("baseline", ParameterType::Integer, "Baseline periods", "Referentieperiodes",
                          "Periods in the reference window (≥ 3)", "Periodes in het referentievenster (≥ 3)",
                          std::to_string(defaults.baseline)),
                3.0, 10000.0),
         ranged(parameter("min_count", ParameterType::Number, "Minimum count", "Minimum aantal",
                          "No alarm in a period with fewer events than this; 0 = off",
                          "Geen alarm in een periode met minder gebeurtenissen dan dit; 0 = uit",
                          number(defaults.minimumCount)),
                0.0, std::nullopt),
         optional(ranged(parameter("alpha", ParameterType::Number, "False-alarm rate", "Vals-alarmkans",
                                   "EARS false-alarm rate per period (empty: 0.001 for C1/C2, 0.025 for C3)",
                                   "EARS-kans op vals alarm per periode (leeg: 0,001 voor C1/C2, 0,025 voor "
                                   "C3)"),
                         0.0, 1.0)),
         ranged(parameter("min_sigma", ParameterType::Number, "Minimum sigma", "Minimale sigma",
                          "EARS smallest standard deviation", "Kleinste standaardafwijking voor EARS",
                          number(defaults.minimumSigma)),
                0.0, std::nullopt),
         ranged(parameter("shift", ParameterType::Number, "CUSUM shift", "CUSUM-verschuiving",
                          "CUSUM shift to detect, in standard deviations",
                          "CUSUM: te ontdekken verschuiving, in standaardafwijkingen",
                          number(defaults.shift)),
                0.0, std::nullopt),
         ranged(parameter("decision_interval", ParameterType::Number, "CUSUM decision interval",
                          "CUSUM-beslisgrens", "CUSUM decision interval h, in standard deviations",
                          "CUSUM-beslisgrens h, in standaardafwijkingen", number(defaults.decisionInterval)),
                0.0, std::nullopt),
         parameter("noun", ParameterType::Text, "What is counted", "Wat er geteld wordt",
                   "What is counted, for the sentences", "Wat er geteld wordt, voor de zinnen", "meldingen"),
         fileParameter("output", ParameterType::FileOutput, "", "Alarm table", "Alarmtabel",
                       "Output table (.csv)", "Uitvoertabel (.csv)", "CSV (*.csv)")},
        {}};
}

ParameterDeclaration eventField(std::string key, std::string helpEnglish, std::string helpDutch)
{
    return optional(
        parameter(std::move(key), ParameterType::Text, helpEnglish, helpDutch, helpEnglish, helpDutch));
}

/// QGIS only: the events as a point layer of the project (the CLI reads files).
ParameterDeclaration eventPoints()
{
    auto p = optional(
        parameter("event_points", ParameterType::PointLayer, "Events layer", "Gebeurtenissenlaag",
                  "Events as a point layer (instead of a file); 'selected features only' is honoured; "
                  "the time, category and code fields below are its fields",
                  "Gebeurtenissen als puntlaag (in plaats van een bestand); 'alleen geselecteerde "
                  "objecten' telt; de velden voor tijd, categorie en code hieronder zijn van deze laag"));
    p.qgisOnly = true;
    return p;
}

AlgorithmDeclaration aggregateEvents()
{
    auto period =
        optional(parameter("period", ParameterType::Choice, "Period", "Periode",
                           "Count per day, ISO week, month, quarter or year (empty: over all time)",
                           "Tel per dag, ISO-week, maand, kwartaal of jaar (leeg: over de hele tijd)"));
    period.choices = {"day", "week", "month", "quarter", "year"};
    auto time = eventField("time", "Field with the date and time of each event",
                           "Veld met datum en tijd van elke gebeurtenis");
    time.optional = false;
    return {
        "aggregate-events",
        "aggregate",
        "Aggregate events by area and period",
        "Gebeurtenissen tellen per gebied en periode",
        "Time",
        "Tijd",
        "Counts point events (CSV with x/y, lon/lat, WKT or an area code, or a point layer file) per area, "
        "per period of the Europe/Amsterdam calendar and per category, with rates per 1,000 of an area "
        "field. Events on a border count once, in a fixed area. The log says how many were outside all "
        "areas or unreadable.",
        "Telt puntgebeurtenissen (CSV met x/y, lon/lat, WKT of een gebiedscode, of een puntlaagbestand) per "
        "gebied, per periode van de kalender van Europe/Amsterdam en per categorie, met cijfers per 1.000 "
        "van een gebiedsveld. Een gebeurtenis op een grens telt één keer, in een vast gebied. Het logboek "
        "meldt hoeveel er buiten alle gebieden vielen of onleesbaar waren.",
        joined(
            {areaParameters(),
             {optional(fileParameter("events", ParameterType::File, "", "Events file",
                                     "Gebeurtenissenbestand",
                                     "Events: CSV, or a point layer file (GeoPackage, …)",
                                     "Gebeurtenissen: CSV, of een puntlaagbestand (GeoPackage, …)", "")),
              eventPoints(),
              eventField("events_layer", "Layer of a multi-layer events source (default: the first)",
                         "Laag van een gebeurtenissenbron met meer lagen (standaard: de eerste)"),
              eventField("x", "Field with the x coordinate (needs the events CRS)",
                         "Veld met de x-coördinaat (vraagt de CRS van de gebeurtenissen)"),
              eventField("y", "Field with the y coordinate (needs the events CRS)",
                         "Veld met de y-coördinaat (vraagt de CRS van de gebeurtenissen)"),
              eventField("lon", "Field with the longitude (WGS84 degrees)",
                         "Veld met de lengtegraad (WGS84)"),
              eventField("lat", "Field with the latitude (WGS84 degrees)",
                         "Veld met de breedtegraad (WGS84)"),
              eventField("wkt", "Field with a WKT POINT (needs the events CRS)",
                         "Veld met een WKT-POINT (vraagt de CRS van de gebeurtenissen)"),
              eventField("code", "Field with the area id of each event instead of a position",
                         "Veld met de gebiedscode van elke gebeurtenis in plaats van een positie"),
              eventField("events_crs", "CRS of x/y or WKT, e.g. EPSG:28992",
                         "CRS van x/y of WKT, bijv. EPSG:28992"),
              time,
              eventField("category", "Field to split the counts by", "Veld om de tellingen op te splitsen"),
              period,
              optional(numericField("per1000", "Rate per 1,000 of", "Cijfer per 1.000 van",
                                    "Numeric area field (inhabitants, youths …): add a rate per 1,000 of it",
                                    "Numeriek gebiedsveld (inwoners, jongeren …): voeg een cijfer per "
                                    "1.000 daarvan toe")),
              fileParameter("output", ParameterType::FileOutput, "", "Counts", "Tellingen",
                            "Output CSV with the counts", "Uitvoer-CSV met de tellingen", "CSV (*.csv)")}}),
        kAreaCliOnly};
}

} // namespace

const std::vector<AlgorithmDeclaration>& algorithmDeclarations()
{
    static const std::vector<AlgorithmDeclaration> declarations = {
        compositeIndex(), compositeIndexFromFields(),
        spatialWeights(), moran(),
        lisa(),           giStar(),
        ebRate(),         aggregateEvents(),
        peaks(),          disclosureControl()};
    return declarations;
}

const AlgorithmDeclaration& algorithmDeclaration(std::string_view id)
{
    for (const auto& d : algorithmDeclarations())
        if (d.id == id)
            return d;
    throw InternalError("no algorithm is declared with the id '" + std::string(id) + "'");
}

std::string qgisAlgorithmName(std::string_view id)
{
    std::string name(id);
    name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
    return name;
}

} // namespace bib::core
