<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>EventAnalysis</name>
    <message>
        <source>%1 per %2, reference period %3</source>
        <translation>%1 per %2, referentieperiode %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows counted, %4 outside the areas, %5 with a code that is no area, %6 without a readable position or time; columns %7</source>
        <translation>%1: %2 van %3 rijen geteld, %4 buiten de gebieden, %5 met een code die geen gebied is, %6 zonder leesbare plaats of tijd; kolommen %7</translation>
    </message>
</context>
<context>
    <name>bib::app::AnalysisActions</name>
    <message>
        <source>Hot spots (local Moran / &amp;LISA)…</source>
        <translation>Hotspots (lokale Moran / &amp;LISA)…</translation>
    </message>
    <message>
        <source>Clusters of high and low values and outliers, per area</source>
        <translation>Clusters van hoge en lage waarden en uitschieters, per gebied</translation>
    </message>
    <message>
        <source>Hot and cold spots (&amp;Gi*)…</source>
        <translation>Hot- en coldspots (&amp;Gi*)…</translation>
    </message>
    <message>
        <source>Areas whose neighbourhood has significantly high or low values</source>
        <translation>Gebieden waarvan de omgeving significant hoge of lage waarden heeft</translation>
    </message>
    <message>
        <source>Moran&apos;s I (&amp;global)…</source>
        <translation>Moran&apos;s I (&amp;globaal)…</translation>
    </message>
    <message>
        <source>Whether similar values cluster on the map as a whole</source>
        <translation>Of gelijke waarden over de hele kaart samenklonteren</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Map a numeric indicator first</source>
        <translation>Toon eerst een numerieke indicator op de kaart</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 van %2…</translation>
    </message>
    <message>
        <source>&amp;Rank intervals (uncertainty)</source>
        <translation>&amp;Onzekerheid van de rangnummers</translation>
    </message>
    <message>
        <source>How sure each rank is: the ranks again with other weights and methods</source>
        <translation>Hoe zeker elk rangnummer is: de rangorde opnieuw met andere gewichten en methoden</translation>
    </message>
    <message>
        <source>Rank intervals…</source>
        <translation>Onzekerheid van de rangnummers…</translation>
    </message>
    <message>
        <source>Rank intervals added: rank_p05 and rank_p95 (the ranking shows them)</source>
        <translation>Onzekerheid toegevoegd: rank_p05 en rank_p95 (de rangorde toont ze)</translation>
    </message>
    <message>
        <source>Analyse &amp;events…</source>
        <translation>Gebeurt&amp;enissen analyseren…</translation>
    </message>
    <message>
        <source>Count dated events per area and period: counts, peaks (alarms) and forecasts as new columns</source>
        <translation>Gedateerde gebeurtenissen tellen per gebied en periode: aantallen, pieken (alarmen) en prognoses als nieuwe kolommen</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>%1 analyseren…</translation>
    </message>
    <message>
        <source>Events are analysed within a recipe, so that its disclosure rules protect the counts in every export. Open a recipe or make one first (File → New analysis).</source>
        <translation>Gebeurtenissen worden binnen een recept geanalyseerd, zodat de privacyregels van het recept de aantallen in elke export beschermen. Open eerst een recept of maak er een (Bestand → Nieuwe analyse).</translation>
    </message>
    <message>
        <source>Analyse events</source>
        <translation>Gebeurtenissen analyseren</translation>
    </message>
</context>
<context>
    <name>bib::app::AnalysisDialog</name>
    <message>
        <source>Analyses &lt;b&gt;%1&lt;/b&gt;. Areas without a value are left out.</source>
        <translation>Analyseert &lt;b&gt;%1&lt;/b&gt;. Gebieden zonder waarde worden weggelaten.</translation>
    </message>
    <message>
        <source>Queen (shared border or corner)</source>
        <translation>Queen (gedeelde grens of hoek)</translation>
    </message>
    <message>
        <source>Rook (shared border)</source>
        <translation>Rook (gedeelde grens)</translation>
    </message>
    <message>
        <source>K nearest neighbours</source>
        <translation>K dichtstbijzijnde buren</translation>
    </message>
    <message>
        <source>Distance band</source>
        <translation>Afstandsband</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>W: row-standardised</source>
        <translation>W: rijgestandaardiseerd</translation>
    </message>
    <message>
        <source>B: binary</source>
        <translation>B: binair</translation>
    </message>
    <message>
        <source>0: p-values from the normal approximation only</source>
        <translation>0: p-waarden alleen uit de normale benadering</translation>
    </message>
    <message>
        <source>Correct for multiple testing (false discovery rate)</source>
        <translation>Corrigeer voor meervoudig toetsen (false discovery rate)</translation>
    </message>
    <message>
        <source>The same seed gives the same p-values</source>
        <translation>Dezelfde seed geeft dezelfde p-waarden</translation>
    </message>
    <message>
        <source>&amp;Neighbours:</source>
        <translation>&amp;Buren:</translation>
    </message>
    <message>
        <source>&amp;Number of neighbours (k):</source>
        <translation>&amp;Aantal buren (k):</translation>
    </message>
    <message>
        <source>&amp;Distance:</source>
        <translation>&amp;Afstand:</translation>
    </message>
    <message>
        <source>Weight &amp;style:</source>
        <translation>&amp;Gewichtsstijl:</translation>
    </message>
    <message>
        <source>&amp;Permutations:</source>
        <translation>&amp;Permutaties:</translation>
    </message>
    <message>
        <source>&amp;Significance level (alpha):</source>
        <translation>&amp;Significantieniveau (alfa):</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
</context>
<context>
    <name>bib::app::AreaFilterPage</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Analyse the whole layer, or only the areas of one municipality.</source>
        <translation>Analyseer de hele laag, of alleen de gebieden van één gemeente.</translation>
    </message>
    <message>
        <source>Municipality field:</source>
        <translation>Gemeenteveld:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <source>(whole layer)</source>
        <translation>(hele laag)</translation>
    </message>
    <message>
        <source>Reading the municipalities…</source>
        <translation>Gemeenten inlezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n gemeente</numerusform>
            <numerusform>%n gemeenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bib::app::AreaSourcePage</name>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>The layer with the buurten or wijken: a file, or a PostGIS connection string (PG:host=… dbname=… user=…).</source>
        <translation>De laag met de buurten of wijken: een bestand, of een PostGIS-verbinding (PG:host=… dbname=… user=…).</translation>
    </message>
    <message>
        <source>file, or PG:host=… dbname=…</source>
        <translation>bestand, of PG:host=… dbname=…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Read layers</source>
        <translation>Lagen &amp;inlezen</translation>
    </message>
    <message>
        <source>Area layer:</source>
        <translation>Gebiedenlaag:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Laag:</translation>
    </message>
    <message>
        <source>Area code field:</source>
        <translation>Veld met gebiedscode:</translation>
    </message>
    <message>
        <source>Area name field:</source>
        <translation>Veld met gebiedsnaam:</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Gebiedenlaag</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb);;All files (*)</source>
        <translation>Vectordata (*.gpkg *.shp *.geojson *.json *.fgb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Read the area layer</source>
        <translation>Gebiedenlaag inlezen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>bib::app::AreaTableModel</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, uit %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>bib::app::AreaTablePanel</name>
    <message>
        <source>Search code or name</source>
        <translation>Zoek op code of naam</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Rijen &amp;kopiëren</translation>
    </message>
    <message>
        <source>E&amp;xport shown rows to CSV…</source>
        <translation>Getoonde rijen e&amp;xporteren naar CSV…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>Export shown rows</source>
        <translation>Getoonde rijen exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>bib::app::ChangeAggregation</name>
    <message>
        <source>aggregation</source>
        <translation>aggregatie</translation>
    </message>
</context>
<context>
    <name>bib::app::ChangeDomainWeight</name>
    <message>
        <source>weight of domain %1</source>
        <translation>gewicht van domein %1</translation>
    </message>
</context>
<context>
    <name>bib::app::ChangeIndicatorDirection</name>
    <message>
        <source>direction of %1</source>
        <translation>richting van %1</translation>
    </message>
</context>
<context>
    <name>bib::app::ChangeIndicatorNormalisation</name>
    <message>
        <source>normalisation of %1</source>
        <translation>normalisatie van %1</translation>
    </message>
</context>
<context>
    <name>bib::app::ChangeIndicatorWeight</name>
    <message>
        <source>weight of %1</source>
        <translation>gewicht van %1</translation>
    </message>
</context>
<context>
    <name>bib::app::ChangeMissingRule</name>
    <message>
        <source>missing-data rule</source>
        <translation>regel voor ontbrekende gegevens</translation>
    </message>
</context>
<context>
    <name>bib::app::EventAnalysisDialog</name>
    <message>
        <source>Analyse events</source>
        <translation>Gebeurtenissen analyseren</translation>
    </message>
    <message>
        <source>Dated events (reports, registrations, messages) are counted per area and period of the open areas; the columns you tick are added to the table and the map, and the Tijdreeks shows the series of the selected area.</source>
        <translation>Gedateerde gebeurtenissen (meldingen, registraties, berichten) worden per gebied en periode van de geopende gebieden geteld; de aangevinkte kolommen komen in de tabel en op de kaart, en de Tijdreeks toont de reeks van het geselecteerde gebied.</translation>
    </message>
    <message>
        <source>The source is added to the recipe &quot;%1&quot;: save the recipe to keep it. Exports and briefings apply the recipe&apos;s disclosure rules to the new count and forecast columns.</source>
        <translation>De bron wordt aan het recept &quot;%1&quot; toegevoegd: sla het recept op om haar te bewaren. Exports en briefings passen de geheimhoudingsregels van het recept toe op de nieuwe aantal- en prognosekolommen.</translation>
    </message>
    <message>
        <source>No recipe is open: the Tijdreeks applies the default disclosure rules, but exports of the table and the map do not protect the new columns. Add the event file to a recipe (File → New analysis) before sharing results.</source>
        <translation>Er is geen recept geopend: de Tijdreeks past de standaard geheimhoudingsregels toe, maar exports van de tabel en de kaart beschermen de nieuwe kolommen niet. Neem het gebeurtenissenbestand op in een recept (Bestand → Nieuwe analyse) voordat u resultaten deelt.</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyseren</translation>
    </message>
</context>
<context>
    <name>bib::app::EventSourceForm</name>
    <message>
        <source>field</source>
        <translation>veld</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>x and y coordinates</source>
        <translation>x- en y-coördinaten</translation>
    </message>
    <message>
        <source>longitude and latitude (WGS 84)</source>
        <translation>lengte- en breedtegraad (WGS 84)</translation>
    </message>
    <message>
        <source>WKT geometry</source>
        <translation>WKT-geometrie</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>gebiedscode</translation>
    </message>
    <message>
        <source>the points of the layer</source>
        <translation>de punten van de laag</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>period of the last event</source>
        <translation>periode van de laatste gebeurtenis</translation>
    </message>
    <message>
        <source>An ISO date (2025-12-28) inside the last complete period: the reference period</source>
        <translation>Een ISO-datum (2025-12-28) in de laatste volledige periode: de referentieperiode</translation>
    </message>
    <message>
        <source>all values, or: jeugdoverlast, vernieling</source>
        <translation>alle waarden, of: jeugdoverlast, vernieling</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation>CRS:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Reference date:</source>
        <translation>Referentiedatum:</translation>
    </message>
    <message>
        <source>Event file:</source>
        <translation>Gebeurtenissenbestand:</translation>
    </message>
    <message>
        <source>Located by:</source>
        <translation>Plaats uit:</translation>
    </message>
    <message>
        <source>Time field:</source>
        <translation>Tijdveld:</translation>
    </message>
    <message>
        <source>Only categories:</source>
        <translation>Alleen categorieën:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Eerste rijen van het bestand:</translation>
    </message>
    <message>
        <source>Columns to add</source>
        <translation>Toe te voegen kolommen</translation>
    </message>
    <message>
        <source>last periods (0: all)</source>
        <translation>laatste perioden (0: alle)</translation>
    </message>
    <message>
        <source>periods ahead</source>
        <translation>perioden vooruit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Events in the last periods up to the reference period</source>
        <translation>Gebeurtenissen in de laatste perioden tot en met de referentieperiode</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>The peak detector&apos;s score in the reference period (EARS C2)</source>
        <translation>De score van de piekdetector in de referentieperiode (EARS C2)</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>1 when the peak detector alarms in the reference period, else 0</source>
        <translation>1 als de piekdetector in de referentieperiode alarm geeft, anders 0</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Expected events in the periods after the reference period (ETS)</source>
        <translation>Verwachte gebeurtenissen in de perioden na de referentieperiode (ETS)</translation>
    </message>
    <message>
        <source>Event file</source>
        <translation>Gebeurtenissenbestand</translation>
    </message>
    <message>
        <source>Events (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp);;All files (*)</source>
        <translation>Gebeurtenissen (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>(all events)</source>
        <translation>(alle gebeurtenissen)</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>lon:</source>
        <translation>lengte:</translation>
    </message>
    <message>
        <source>WKT:</source>
        <translation>WKT:</translation>
    </message>
    <message>
        <source>code:</source>
        <translation>code:</translation>
    </message>
    <message>
        <source>lat:</source>
        <translation>breedte:</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <source>Choose the field that locates the events.</source>
        <translation>Kies het veld dat de plaats van de gebeurtenissen geeft.</translation>
    </message>
    <message>
        <source>Choose two different fields for x and y.</source>
        <translation>Kies twee verschillende velden voor x en y.</translation>
    </message>
    <message>
        <source>Give the CRS of the x and y coordinates (EPSG:28992 for RD New).</source>
        <translation>Geef het CRS van de x- en y-coördinaten (EPSG:28992 voor RD New).</translation>
    </message>
    <message>
        <source>Choose two different fields for longitude and latitude.</source>
        <translation>Kies twee verschillende velden voor lengte- en breedtegraad.</translation>
    </message>
    <message>
        <source>Give the CRS of the WKT geometries.</source>
        <translation>Geef het CRS van de WKT-geometrieën.</translation>
    </message>
    <message>
        <source>Choose the field with the date and time of the events.</source>
        <translation>Kies het veld met de datum en tijd van de gebeurtenissen.</translation>
    </message>
    <message>
        <source>The reference date must be an ISO date such as 2025-12-28, or empty.</source>
        <translation>De referentiedatum moet een ISO-datum zijn, zoals 2025-12-28, of leeg.</translation>
    </message>
    <message>
        <source>Give the column &quot;%1&quot; a name.</source>
        <translation>Geef de kolom &quot;%1&quot; een naam.</translation>
    </message>
    <message>
        <source>There is already a column &quot;%1&quot;: choose another name.</source>
        <translation>Er is al een kolom &quot;%1&quot;: kies een andere naam.</translation>
    </message>
    <message>
        <source>Tick at least one column to add (count, signal, alarm or forecast).</source>
        <translation>Vink ten minste één toe te voegen kolom aan (aantal, signaal, alarm of prognose).</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 counted</source>
        <translation>%1: %2 rijen gelezen, %3 geteld</translation>
    </message>
    <message>
        <source>  outside every area: %1</source>
        <translation>  buiten alle gebieden: %1</translation>
    </message>
    <message>
        <source>  with a code that is no area: %1</source>
        <translation>  met een code die geen gebied is: %1</translation>
    </message>
    <message>
        <source>  without a readable position: %1</source>
        <translation>  zonder leesbare plaats: %1</translation>
    </message>
    <message>
        <source>  without a readable time: %1</source>
        <translation>  zonder leesbaar tijdstip: %1</translation>
    </message>
    <message>
        <source>  %1 periods (%2) from %3 to the reference period %4</source>
        <translation>  %1 perioden (%2) van %3 tot de referentieperiode %4</translation>
    </message>
    <message>
        <source>  columns: %1</source>
        <translation>  kolommen: %1</translation>
    </message>
</context>
<context>
    <name>bib::app::EventsPage</name>
    <message>
        <source>&amp;Add event file</source>
        <translation>Gebeurtenissenbestand &amp;toevoegen</translation>
    </message>
    <message>
        <source>Event files</source>
        <translation>Gebeurtenissenbestanden</translation>
    </message>
    <message>
        <source>Dated events (reports, registrations, messages) counted per area and period; each file adds columns the indicators can use. Optional.</source>
        <translation>Gedateerde gebeurtenissen (meldingen, registraties, berichten) geteld per gebied en periode; elk bestand voegt kolommen toe die de indicatoren kunnen gebruiken. Optioneel.</translation>
    </message>
    <message>
        <source>&amp;Remove event file</source>
        <translation>Gebeurtenissenbestand &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>bib::app::HeadlessExport</name>
    <message>
        <source>Synthetic demo data: not a real place, not real figures</source>
        <translation>Synthetische demogegevens: geen echte plaats, geen echte cijfers</translation>
    </message>
    <message>
        <source>Composite index</source>
        <translation>Samengestelde index</translation>
    </message>
    <message>
        <source>Higher index = more attention needed</source>
        <translation>Hogere index = meer aandacht nodig</translation>
    </message>
    <message>
        <source>recipe sha256 %1</source>
        <translation>recept sha256 %1</translation>
    </message>
    <message>
        <source>synthetic demo data</source>
        <translation>synthetische demogegevens</translation>
    </message>
    <message>
        <source>Recipe: %1, sha256 %2</source>
        <translation>Recept: %1, sha256 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>composite index</source>
        <translation>samengestelde index</translation>
    </message>
    <message>
        <source>recipe sha256 %1, weights changed (not saved)</source>
        <translation>recept sha256 %1, weging gewijzigd (niet opgeslagen)</translation>
    </message>
    <message>
        <source>Recipe: %1, sha256 %2, weights changed (not saved)</source>
        <translation>Recept: %1, sha256 %2, weging gewijzigd (niet opgeslagen)</translation>
    </message>
</context>
<context>
    <name>bib::app::HistogramChart</name>
    <message>
        <source>Histogram: map a numeric column</source>
        <translation>Histogram: kies een numerieke kolom voor de kaart</translation>
    </message>
</context>
<context>
    <name>bib::app::IndicatorsPage</name>
    <message>
        <source>higher = more attention</source>
        <translation>hoger = meer aandacht</translation>
    </message>
    <message>
        <source>lower = more attention</source>
        <translation>lager = meer aandacht</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Tick the columns that make up the index and say which way each one points.</source>
        <translation>Vink de kolommen aan waaruit de index bestaat en geef bij elke kolom de richting aan.</translation>
    </message>
    <message>
        <source>Search name, label or unit</source>
        <translation>Zoek op naam, omschrijving of eenheid</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabele</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>bib::app::IssuesPanel</name>
    <message>
        <source>Issue</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Click to zoom to %1</source>
        <translation>Klik om in te zoomen op %1</translation>
    </message>
    <message>
        <source>Warnings from loading and joining (%1)</source>
        <translation>Waarschuwingen bij inlezen en koppelen (%1)</translation>
    </message>
    <message>
        <source>Areas without a row in %1 (%2)</source>
        <translation>Gebieden zonder rij in %1 (%2)</translation>
    </message>
    <message>
        <source>No row in %1: its indicators are missing</source>
        <translation>Geen rij in %1: de indicatoren ontbreken</translation>
    </message>
</context>
<context>
    <name>bib::app::LaunchOptionsParser</name>
    <message>
        <source>Buurt in Beeld: where youth problems concentrate, per neighbourhood.</source>
        <translation>Buurt in Beeld: waar jeugdproblemen zich concentreren, per buurt.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Toon de versie.</translation>
    </message>
    <message>
        <source>Write OUTDIR/kaart.png and OUTDIR/tabel.csv without a window.</source>
        <translation>Schrijf OUTDIR/kaart.png en OUTDIR/tabel.csv zonder venster.</translation>
    </message>
    <message>
        <source>Field with the area code (required with AREAS).</source>
        <translation>Veld met de gebiedscode (verplicht bij AREAS).</translation>
    </message>
    <message>
        <source>Field with the area name.</source>
        <translation>Veld met de gebiedsnaam.</translation>
    </message>
    <message>
        <source>Layer of AREAS (default: the first).</source>
        <translation>Laag van AREAS (standaard: de eerste).</translation>
    </message>
    <message>
        <source>Indicator table to join (CSV).</source>
        <translation>Indicatorentabel om te koppelen (CSV).</translation>
    </message>
    <message>
        <source>Column of the table with the area code.</source>
        <translation>Kolom van de tabel met de gebiedscode.</translation>
    </message>
    <message>
        <source>Numeric column to map.</source>
        <translation>Numerieke kolom om op de kaart te tonen.</translation>
    </message>
    <message>
        <source>Areas to open: GeoPackage, shapefile, GeoJSON. Without it the bundled demo opens.</source>
        <translation>Te openen gebieden: GeoPackage, shapefile, GeoJSON. Zonder dit opent de meegeleverde demo.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use nl or en.</source>
        <translation>Onbekende taal &apos;%1&apos;: gebruik nl of en.</translation>
    </message>
    <message>
        <source>Only one AREAS file can be opened.</source>
        <translation>Er kan maar één AREAS-bestand worden geopend.</translation>
    </message>
    <message>
        <source>--id, --layer and --table need an AREAS file.</source>
        <translation>--id, --layer en --table vragen om een AREAS-bestand.</translation>
    </message>
    <message>
        <source>AREAS needs --id FIELD.</source>
        <translation>AREAS vraagt om --id VELD.</translation>
    </message>
    <message>
        <source>--table and --table-id go together.</source>
        <translation>--table en --table-id horen bij elkaar.</translation>
    </message>
    <message>
        <source>A recipe names its own areas and tables: --id, --layer and --table do not apply.</source>
        <translation>Een recept noemt zijn eigen gebieden en tabellen: --id, --layer en --table gelden dan niet.</translation>
    </message>
    <message>
        <source>With --headless: run lisa (local Moran) or gistar (Getis-Ord Gi*) on the mapped column and map its classes.</source>
        <translation>Met --headless: voer lisa (lokale Moran) of gistar (Getis-Ord Gi*) uit op de getoonde kolom en toon de klassen op de kaart.</translation>
    </message>
    <message>
        <source>Unknown analysis &apos;%1&apos;: use lisa or gistar.</source>
        <translation>Onbekende analyse &apos;%1&apos;: gebruik lisa of gistar.</translation>
    </message>
    <message>
        <source>--analyse needs --headless OUTDIR.</source>
        <translation>--analyse vraagt om --headless OUTDIR.</translation>
    </message>
    <message>
        <source>Interface language: nl or en (default: Dutch for a Dutch locale, else English).</source>
        <translation>Taal van de interface: nl of en (standaard Nederlands bij een Nederlandse locale, anders Engels).</translation>
    </message>
</context>
<context>
    <name>bib::app::LinkedViews</name>
    <message>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Spreidingsdiagram</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Area profile</source>
        <translation>Totaalbeeld</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Tijdreeks</translation>
    </message>
</context>
<context>
    <name>bib::app::MainWindow</name>
    <message>
        <source>&amp;Open areas…</source>
        <translation>Gebieden &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>&amp;Kaart exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>&amp;Tabel exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom to &amp;all</source>
        <translation>&amp;Zoom naar alles</translation>
    </message>
    <message>
        <source>&amp;About Buurt in Beeld</source>
        <translation>&amp;Over Buurt in Beeld</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panelen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>X %1  Y %2 m</source>
        <translation>X %1  Y %2 m</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 laden…</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>Demo laden…</translation>
    </message>
    <message>
        <source>%1 areas loaded from %2</source>
        <translation>%1 gebieden geladen uit %2</translation>
    </message>
    <message>
        <source>%1 of %2 matched in %3</source>
        <translation>%1 van %2 gekoppeld aan %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Uit %1</translation>
    </message>
    <message>
        <source>Show column</source>
        <translation>Kolom tonen</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Kaart exporteren</translation>
    </message>
    <message>
        <source>Exporting the map…</source>
        <translation>Kaart exporteren…</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Kaart geschreven naar %1</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>CSV-tabel (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>Tabel exporteren…</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabel geschreven naar %1</translation>
    </message>
    <message>
        <source>About Buurt in Beeld</source>
        <translation>Over Buurt in Beeld</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Buurt in Beeld %1&lt;/h3&gt;&lt;p&gt;Combines neighbourhood sources into one picture of where youth problems concentrate, so teams know where to act first.&lt;/p&gt;&lt;p&gt;Colour schemes: ColorBrewer 2.0, Cynthia Brewer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Buurt in Beeld %1&lt;/h3&gt;&lt;p&gt;Combineert bronnen per buurt tot één beeld van waar jeugdproblemen zich concentreren, zodat teams weten waar ze eerst moeten handelen.&lt;/p&gt;&lt;p&gt;Kleurenschema&apos;s: ColorBrewer 2.0, Cynthia Brewer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recipe: %1 · %2 of %3 areas have an index</source>
        <translation>Recept: %1 · %2 van %3 gebieden hebben een index</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Indelen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Recipe saved to %1</source>
        <translation>Recept opgeslagen in %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>PDF-document (*.pdf);;SVG-tekening (*.svg);;PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 staand</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 staand</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Papierformaat:</translation>
    </message>
    <message>
        <source>&amp;New analysis…</source>
        <translation>&amp;Nieuwe analyse…</translation>
    </message>
    <message>
        <source>Open &amp;recipe…</source>
        <translation>&amp;Recept openen…</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomen naar &amp;selectie</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Open recipe</source>
        <translation>Recept openen</translation>
    </message>
    <message>
        <source>Recipes (*.bib.json);;All files (*)</source>
        <translation>Recepten (*.bib.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Meldingen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n areas selected</source>
        <translation>
            <numerusform>%n gebied geselecteerd</numerusform>
            <numerusform>%n gebieden geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV table (*.csv);;GeoPackage (*.gpkg);;Excel workbook (*.xlsx)</source>
        <translation>CSV-tabel (*.csv);;GeoPackage (*.gpkg);;Excel-werkmap (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>bib::app::MapCanvas</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>No areas loaded</source>
        <translation>Geen gebieden geladen</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>rang %1 van %2</translation>
    </message>
    <message>
        <source>(90% interval: rank %1 to %2)</source>
        <translation>(90%-interval: rang %1 tot %2)</translation>
    </message>
</context>
<context>
    <name>bib::app::NewAnalysisWizard</name>
    <message>
        <source>New analysis</source>
        <translation>Nieuwe analyse</translation>
    </message>
    <message>
        <source>Joining the tables…</source>
        <translation>Tabellen koppelen…</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Recept opslaan</translation>
    </message>
    <message>
        <source>Joining the tables and counting the events…</source>
        <translation>Tabellen koppelen en gebeurtenissen tellen…</translation>
    </message>
</context>
<context>
    <name>bib::app::OpenAreasDialog</name>
    <message>
        <source>Open areas</source>
        <translation>Gebieden openen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>same as the id field</source>
        <translation>gelijk aan het codeveld</translation>
    </message>
    <message>
        <source>Areas file:</source>
        <translation>Gebiedenbestand:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Laag:</translation>
    </message>
    <message>
        <source>Area code field:</source>
        <translation>Veld met gebiedscode:</translation>
    </message>
    <message>
        <source>Area name field:</source>
        <translation>Veld met gebiedsnaam:</translation>
    </message>
    <message>
        <source>Indicator table:</source>
        <translation>Indicatorentabel:</translation>
    </message>
    <message>
        <source>Code column in the table:</source>
        <translation>Codekolom in de tabel:</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb);;All files (*)</source>
        <translation>Vectordata (*.gpkg *.shp *.geojson *.json *.fgb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Indicator table</source>
        <translation>Indicatorentabel</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.ods);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>bib::app::ProfileChart</name>
    <message>
        <source>Select an area to see its profile.</source>
        <translation>Selecteer een gebied om het totaalbeeld te zien.</translation>
    </message>
    <message>
        <source>%1 (%2) against the average of all %3 areas</source>
        <translation>%1 (%2) tegen het gemiddelde van alle %3 gebieden</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domein %1</translation>
    </message>
    <message>
        <source>this area</source>
        <translation>dit gebied</translation>
    </message>
    <message>
        <source>normalised score (higher = more attention)</source>
        <translation>genormaliseerde score (hoger = meer aandacht)</translation>
    </message>
    <message>
        <source>Drivers: %1</source>
        <translation>Wat de score bepaalt: %1</translation>
    </message>
    <message>
        <source>mean of the selected areas</source>
        <translation>gemiddelde van de geselecteerde gebieden</translation>
    </message>
    <message>
        <source>average of all areas</source>
        <translation>gemiddelde van alle gebieden</translation>
    </message>
    <message>
        <source>Mean of the %1 selected areas against the average of all %2 areas</source>
        <translation>Gemiddelde van de %1 geselecteerde gebieden tegen het gemiddelde van alle %2 gebieden</translation>
    </message>
    <message>
        <source>%1: its figure on the same scale (indicators only)</source>
        <translation>%1: het cijfer op dezelfde schaal (alleen indicatoren)</translation>
    </message>
    <message>
        <source>Select one area to see what drives its index.</source>
        <translation>Selecteer één gebied om te zien wat de index bepaalt.</translation>
    </message>
</context>
<context>
    <name>bib::app::RankIntervalUpdater</name>
    <message numerus="yes">
        <source>Rank intervals updated (%n draws)</source>
        <translation>
            <numerusform>Rangintervallen bijgewerkt (%n trekking)</numerusform>
            <numerusform>Rangintervallen bijgewerkt (%n trekkingen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bib::app::RankingChart</name>
    <message>
        <source>Top %1 by rank</source>
        <translation>Top %1 op rangnummer</translation>
    </message>
    <message>
        <source>Ranking: open a recipe</source>
        <translation>Rangorde: open een recept</translation>
    </message>
    <message>
        <source>rank (whiskers: 5–95% of the draws)</source>
        <translation>rangnummer (snorharen: 5–95% van de trekkingen)</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rangnummer</translation>
    </message>
</context>
<context>
    <name>bib::app::RecentRecipes</name>
    <message>
        <source>&amp;Recent recipes</source>
        <translation>&amp;Recente recepten</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
</context>
<context>
    <name>bib::app::RecipeAutosave</name>
    <message>
        <source>Autosave</source>
        <translation>Automatisch opslaan</translation>
    </message>
    <message>
        <source>Buurt in Beeld stopped while a recipe had unsaved changes. Open the recovered recipe?</source>
        <translation>Buurt in Beeld stopte terwijl een recept niet-opgeslagen wijzigingen had. Het herstelde recept openen?</translation>
    </message>
    <message>
        <source>Buurt in Beeld stopped while %1 had unsaved changes. Open the recovered recipe?</source>
        <translation>Buurt in Beeld stopte terwijl %1 niet-opgeslagen wijzigingen had. Het herstelde recept openen?</translation>
    </message>
    <message>
        <source>Recover recipe</source>
        <translation>Recept herstellen</translation>
    </message>
</context>
<context>
    <name>bib::app::RecipeEditor</name>
    <message>
        <source>Weights</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>Reset to &amp;recipe</source>
        <translation>Terug naar &amp;recept</translation>
    </message>
    <message>
        <source>Every weight and setting back to the recipe as it was opened or last saved</source>
        <translation>Alle gewichten en instellingen terug naar het recept zoals het geopend of laatst opgeslagen is</translation>
    </message>
    <message>
        <source>&amp;Save recipe</source>
        <translation>Recept op&amp;slaan</translation>
    </message>
    <message>
        <source>Save recipe &amp;as…</source>
        <translation>Recept opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Opnieuw: %1</translation>
    </message>
    <message>
        <source>Open a recipe to weight its indicators.</source>
        <translation>Open een recept om de indicatoren te wegen.</translation>
    </message>
    <message>
        <source>Weighting is not possible for this recipe: %1</source>
        <translation>Wegen is voor dit recept niet mogelijk: %1</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Recept opslaan</translation>
    </message>
    <message>
        <source>Buurt in Beeld recipe (*.bib.json)</source>
        <translation>Buurt in Beeld-recept (*.bib.json)</translation>
    </message>
    <message>
        <source>Unsaved weights</source>
        <translation>Weging niet opgeslagen</translation>
    </message>
    <message>
        <source>The weights of &quot;%1&quot; have changed. Save the recipe first?</source>
        <translation>De weging van &quot;%1&quot; is gewijzigd. Eerst het recept opslaan?</translation>
    </message>
</context>
<context>
    <name>bib::app::ResetToRecipe</name>
    <message>
        <source>reset to recipe</source>
        <translation>terug naar recept</translation>
    </message>
</context>
<context>
    <name>bib::app::SaveRecipePage</name>
    <message>
        <source>Save the recipe</source>
        <translation>Recept opslaan</translation>
    </message>
    <message>
        <source>The recipe holds the whole analysis; the workstation opens it when you finish.</source>
        <translation>Het recept legt de hele analyse vast; het werkstation opent het als u klaar bent.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Recipe file:</source>
        <translation>Receptbestand:</translation>
    </message>
    <message>
        <source>Recipes (*.bib.json)</source>
        <translation>Recepten (*.bib.json)</translation>
    </message>
    <message>
        <source>New analysis</source>
        <translation>Nieuwe analyse</translation>
    </message>
</context>
<context>
    <name>bib::app::ScatterChart</name>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontaal:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Verticaal:</translation>
    </message>
</context>
<context>
    <name>bib::app::SpatialAnalysis</name>
    <message>
        <source>queen contiguity</source>
        <translation>queen-nabuurschap</translation>
    </message>
    <message>
        <source>rook contiguity</source>
        <translation>rook-nabuurschap</translation>
    </message>
    <message>
        <source>%1 nearest neighbours</source>
        <translation>%1 dichtstbijzijnde buren</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>binnen %1 m</translation>
    </message>
    <message numerus="yes">
        <source>%n permutations</source>
        <translation>
            <numerusform>%n permutatie</numerusform>
            <numerusform>%n permutaties</numerusform>
        </translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation>normale benadering</translation>
    </message>
    <message>
        <source>Moran&apos;s I = %1 (z = %2; %3; %4)</source>
        <translation>Moran&apos;s I = %1 (z = %2; %3; %4)</translation>
    </message>
    <message>
        <source>LISA of %1: %2 HH, %3 LL, %4 HL, %5 LH, %6 not significant</source>
        <translation>LISA van %1: %2 HH, %3 LL, %4 HL, %5 LH, %6 niet significant</translation>
    </message>
    <message>
        <source>Gi* of %1: %2 hot spots, %3 cold spots, %4 not significant</source>
        <translation>Gi* van %1: %2 hotspots, %3 coldspots, %4 niet significant</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) without a value left out</source>
        <translation>
            <numerusform>%n gebied zonder waarde weggelaten</numerusform>
            <numerusform>%n gebieden zonder waarde weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <source>(FDR)</source>
        <translation>(FDR)</translation>
    </message>
    <message>
        <source>Local Moran (LISA)</source>
        <translation>Lokale Moran (LISA)</translation>
    </message>
    <message>
        <source>Getis-Ord Gi*</source>
        <translation>Getis-Ord Gi*</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I</source>
        <translation>Globale Moran&apos;s I</translation>
    </message>
    <message>
        <source>LISA clusters</source>
        <translation>LISA-clusters</translation>
    </message>
    <message>
        <source>Hot and cold spots (Gi*)</source>
        <translation>Hot- en coldspots (Gi*)</translation>
    </message>
</context>
<context>
    <name>bib::app::StyleMenu</name>
    <message>
        <source>&amp;Classification</source>
        <translation>&amp;Klassenindeling</translation>
    </message>
    <message>
        <source>&amp;Quantiles (equal counts)</source>
        <translation>&amp;Kwantielen (even veel gebieden)</translation>
    </message>
    <message>
        <source>&amp;Equal intervals</source>
        <translation>&amp;Gelijke intervallen</translation>
    </message>
    <message>
        <source>&amp;Natural breaks (Jenks)</source>
        <translation>&amp;Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <source>&amp;Standard deviations</source>
        <translation>&amp;Standaarddeviaties</translation>
    </message>
    <message>
        <source>&amp;Head/tail breaks</source>
        <translation>Ko&amp;p/staart-grenzen</translation>
    </message>
    <message>
        <source>&amp;Manual breaks (from the recipe)</source>
        <translation>&amp;Handmatige grenzen (uit het recept)</translation>
    </message>
    <message>
        <source>&amp;Number of classes</source>
        <translation>&amp;Aantal klassen</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 klassen</translation>
    </message>
    <message>
        <source>Colour &amp;ramp</source>
        <translation>K&amp;leurenschaal</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>divergerend</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>oplopend</translation>
    </message>
</context>
<context>
    <name>bib::app::TablesPage</name>
    <message>
        <source>%1 (code column %2): %3 of %4 areas matched, %5 rows</source>
        <translation>%1 (codekolom %2): %3 van %4 gebieden gekoppeld, %5 rijen</translation>
    </message>
    <message>
        <source>  areas without a row (%1): %2</source>
        <translation>  gebieden zonder rij (%1): %2</translation>
    </message>
    <message>
        <source>  rows without an area (%1): %2</source>
        <translation>  rijen zonder gebied (%1): %2</translation>
    </message>
    <message>
        <source>  codes that occur more than once (the first row is used): %1</source>
        <translation>  codes die vaker voorkomen (de eerste rij telt): %1</translation>
    </message>
    <message>
        <source>  codes matched only after trimming spaces or ignoring case: %1</source>
        <translation>  codes pas gekoppeld na weglaten van spaties of negeren van hoofdletters: %1</translation>
    </message>
    <message>
        <source>  numeric columns joined: %1</source>
        <translation>  numerieke kolommen gekoppeld: %1</translation>
    </message>
    <message>
        <source>  columns not joined (text, or the name is taken): %1</source>
        <translation>  kolommen niet gekoppeld (tekst, of de naam bestaat al): %1</translation>
    </message>
    <message>
        <source>&amp;Add table</source>
        <translation>Tabel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Indicator tables</source>
        <translation>Indicatorentabellen</translation>
    </message>
    <message>
        <source>Tables (CSV, XLSX, ODS) with one row per area, joined to the areas by their code.</source>
        <translation>Tabellen (CSV, XLSX, ODS) met één rij per gebied, op gebiedscode gekoppeld.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Remove table</source>
        <translation>Tabel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>Code column in the table:</source>
        <translation>Codekolom in de tabel:</translation>
    </message>
    <message>
        <source>Indicator table</source>
        <translation>Indicatorentabel</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.ods);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Read the table</source>
        <translation>Tabel inlezen</translation>
    </message>
</context>
<context>
    <name>bib::app::TaskRunner</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>De bewerking is geannuleerd.</translation>
    </message>
    <message>
        <source>Problem with the coordinate reference system:
%1</source>
        <translation>Probleem met het coördinaatreferentiesysteem:
%1</translation>
    </message>
    <message>
        <source>The input cannot be used:
%1</source>
        <translation>De invoer is niet bruikbaar:
%1</translation>
    </message>
    <message>
        <source>Internal error (please report this):
%1</source>
        <translation>Interne fout (meld dit alstublieft):
%1</translation>
    </message>
    <message>
        <source>Not enough memory to finish the operation.</source>
        <translation>Onvoldoende geheugen om de bewerking af te maken.</translation>
    </message>
    <message>
        <source>Unexpected error:
%1</source>
        <translation>Onverwachte fout:
%1</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Onbekende fout.</translation>
    </message>
</context>
<context>
    <name>bib::app::TimeSeriesChart</name>
    <message>
        <source>No events in the recipe</source>
        <translation>Geen gebeurtenissen in het recept</translation>
    </message>
    <message>
        <source>Select an area</source>
        <translation>Selecteer een gebied</translation>
    </message>
    <message>
        <source>No events series for this area</source>
        <translation>Geen gebeurtenissenreeks voor dit gebied</translation>
    </message>
    <message>
        <source>%1 (%2): events of %3</source>
        <translation>%1 (%2): gebeurtenissen uit %3</translation>
    </message>
    <message numerus="yes">
        <source>(the first of %n selected areas)</source>
        <translation>
            <numerusform>(het eerste van %n geselecteerd gebied)</numerusform>
            <numerusform>(het eerste van %n geselecteerde gebieden)</numerusform>
        </translation>
    </message>
    <message>
        <source>events per period</source>
        <translation>gebeurtenissen per periode</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80%-interval</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>verwacht</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>drempel</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>waargenomen</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prognose</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>onderdrukt</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week van %1</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>kwartaal %1 van %2</translation>
    </message>
    <message>
        <source>observed: %1</source>
        <translation>waargenomen: %1</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>verwacht: %1</translation>
    </message>
    <message>
        <source>threshold: %1</source>
        <translation>drempel: %1</translation>
    </message>
    <message>
        <source>%1 (forecast)</source>
        <translation>%1 (prognose)</translation>
    </message>
    <message>
        <source>forecast: %1</source>
        <translation>prognose: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>80% interval: %1</source>
        <translation>80%-interval: %1</translation>
    </message>
    <message>
        <source>95% interval: %1</source>
        <translation>95%-interval: %1</translation>
    </message>
    <message>
        <source>The series cannot be shown: %1</source>
        <translation>De reeks kan niet worden getoond: %1</translation>
    </message>
</context>
<context>
    <name>bib::app::WeightsPanel</name>
    <message>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <source>min–max (0–1)</source>
        <translation>min–max (0–1)</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rangnummer</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>percentiel</translation>
    </message>
    <message>
        <source>goalposts %1–%2</source>
        <translation>doelpalen %1–%2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>drempel %1</translation>
    </message>
    <message>
        <source>A higher value means more attention is needed. Click to reverse.</source>
        <translation>Een hogere waarde betekent dat er meer aandacht nodig is. Klik om om te keren.</translation>
    </message>
    <message>
        <source>A higher value means less attention is needed. Click to reverse.</source>
        <translation>Een hogere waarde betekent dat er minder aandacht nodig is. Klik om om te keren.</translation>
    </message>
    <message>
        <source>Open a recipe to weight its indicators.</source>
        <translation>Open een recept om de indicatoren te wegen.</translation>
    </message>
    <message>
        <source>Arithmetic mean</source>
        <translation>Rekenkundig gemiddelde</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>Meetkundig gemiddelde</translation>
    </message>
    <message>
        <source>How the normalised indicators and the domain scores are combined</source>
        <translation>Hoe de genormaliseerde indicatoren en de domeinscores worden gecombineerd</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregatie</translation>
    </message>
    <message>
        <source>No index for the area</source>
        <translation>Geen index voor het gebied</translation>
    </message>
    <message>
        <source>Fill in the mean</source>
        <translation>Gemiddelde invullen</translation>
    </message>
    <message>
        <source>Fill in the median</source>
        <translation>Mediaan invullen</translation>
    </message>
    <message>
        <source>Reweight the indicators present</source>
        <translation>Aanwezige indicatoren herwegen</translation>
    </message>
    <message>
        <source>What happens when an area lacks a value of an indicator. Reweighting needs the indicators present to carry at least two thirds of the weight.</source>
        <translation>Wat er gebeurt als een gebied geen waarde heeft voor een indicator. Herwegen vraagt dat de aanwezige indicatoren samen minstens twee derde van het gewicht dragen.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Ontbrekende gegevens</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Weight of the domain in the index</source>
        <translation>Gewicht van het domein in de index</translation>
    </message>
    <message>
        <source>Domain weight</source>
        <translation>Domeingewicht</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Veld: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Eenheid: %1</translation>
    </message>
    <message>
        <source>Transform: %1</source>
        <translation>Transformatie: %1</translation>
    </message>
    <message>
        <source>How the values are put on one scale before weighting</source>
        <translation>Hoe de waarden vóór het wegen op één schaal worden gebracht</translation>
    </message>
    <message>
        <source>Weight (0 leaves the indicator out)</source>
        <translation>Gewicht (0 laat de indicator weg)</translation>
    </message>
    <message>
        <source>Share in the index: the domain&apos;s share times the share within the domain</source>
        <translation>Aandeel in de index: het aandeel van het domein maal het aandeel binnen het domein</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelaten: %1</translation>
    </message>
    <message>
        <source>%1 of %2 areas have an index</source>
        <translation>%1 van %2 gebieden hebben een index</translation>
    </message>
</context>
<context>
    <name>bib::render::Choropleth</name>
    <message>
        <source>quantiles</source>
        <translation>kwantielen</translation>
    </message>
    <message>
        <source>equal intervals</source>
        <translation>gelijke intervallen</translation>
    </message>
    <message>
        <source>natural breaks (Jenks)</source>
        <translation>natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <source>standard deviations</source>
        <translation>standaarddeviaties</translation>
    </message>
    <message>
        <source>head/tail breaks</source>
        <translation>kop/staart-grenzen</translation>
    </message>
    <message>
        <source>manual breaks</source>
        <translation>handmatige grenzen</translation>
    </message>
</context>
<context>
    <name>bib::render::MapDecorations</name>
    <message>
        <source>N</source>
        <comment>north arrow letter</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>bib::render::MapPainter</name>
    <message>
        <source>Classification: %1, %2 classes</source>
        <translation>Indeling: %1, %2 klassen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Buurt in Beeld</source>
        <translation>Buurt in Beeld</translation>
    </message>
</context>
</TS>
